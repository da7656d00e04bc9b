package org.fiscaldisclosure.platform.audit;

/** What an audit entry records. */
public enum AuditAction {
    /** A part stored a new revision (REST PUT, XLSX import, project replaced, inbound submission). */
    REVISED,
    /**
     * The system derived a revision's findings and published form again, without a new revision, because something
     * the part reads changed (the previous year's part); the summary gives the reason.
     */
    REEVALUATED,
    /** A WARNING of a disclosure was explained. */
    EXPLAINED,
    /** A disclosure's content (by its hash) was approved. */
    APPROVED,
    /** A disclosure's approved content was published as a version. */
    PUBLISHED
}
