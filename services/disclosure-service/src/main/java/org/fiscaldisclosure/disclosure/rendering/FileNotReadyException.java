package org.fiscaldisclosure.disclosure.rendering;

import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;

/** A file of a published version asked for before it is rendered (PENDING), or whose rendering failed (FAILED). */
public class FileNotReadyException extends RuntimeException {

    private final String format;
    private final RenderingTaskEntity.State state;
    private final String reason;

    public FileNotReadyException(String format, RenderingTaskEntity.State state, String reason) {
        super(format + " " + state);
        this.format = format;
        this.state = state;
        this.reason = reason;
    }

    public String format() {
        return format;
    }

    public RenderingTaskEntity.State state() {
        return state;
    }

    /** Why it failed; null while pending. */
    public String reason() {
        return reason;
    }
}
