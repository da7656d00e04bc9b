package org.fiscaldisclosure.disclosure.publication;

import java.time.Instant;

/**
 * One step in the history of a disclosure: an explanation written, a content approved, a version published.
 *
 * @param contentHash the approved or published hash (null for an explanation)
 * @param version     the published version (PUBLISHED only)
 */
public record HistoryEntry(Instant at, Action action, String by, String contentHash, Integer version, String detail) {

    /** What happened. */
    public enum Action { EXPLAINED, APPROVED, PUBLISHED }
}
