package org.fiscaldisclosure.contracts.event;

import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;

/** The three parts of a disclosure, each owned by one producing service. */
public enum PartKind {
    STATEMENTS("final-accounts", Topics.STATEMENTS, "fiscal.statements.part.revised.v1", "/statements-service",
            FinalAccounts.class),
    PROCUREMENT("procurement", Topics.PROCUREMENT, "fiscal.procurement.part.revised.v1", "/procurement-service",
            Procurement.class),
    PERFORMANCE("performance", Topics.PERFORMANCE, "fiscal.performance.part.revised.v1", "/performance-service",
            Performance.class);

    private final String path;
    private final String topic;
    private final String eventType;
    private final String source;
    private final Class<?> contentType;

    PartKind(String path, String topic, String eventType, String source, Class<?> contentType) {
        this.path = path;
        this.topic = topic;
        this.eventType = eventType;
        this.source = source;
        this.contentType = contentType;
    }

    /** The type of the {@code part} field of this part's {@link PartRevision} payload. */
    public Class<?> contentType() {
        return contentType;
    }

    /** The name of the part inside an assembled disclosure. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The REST path segment, {@code /api/v1/{path}/...}. */
    public String path() {
        return path;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code type} of a revision of this part. */
    public String eventType() {
        return eventType;
    }

    /** The CloudEvents {@code type} of a budget platform's submission of this part on its topic ({@link Topics#inbound}). */
    public String submittedType() {
        return eventType.replace(".revised.", ".submitted.");
    }

    /** The CloudEvents {@code source} of the owning service. */
    public String source() {
        return source;
    }

    public static PartKind ofEventType(String type) {
        for (PartKind k : values()) {
            if (k.eventType.equals(type)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event type " + type);
    }
}
