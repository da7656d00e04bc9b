package org.fiscaldisclosure.contracts.event;

/** Kafka topics of the suite (api-specs/events.asyncapi.yaml). Keys are {@code unitCode:fiscalYear}. */
public final class Topics {

    public static final String STATEMENTS = "fiscal.statements.v1";
    public static final String PROCUREMENT = "fiscal.procurement.v1";
    public static final String PERFORMANCE = "fiscal.performance.v1";
    public static final String DISCLOSURES = "fiscal.disclosures.v1";
    /** Answers to submissions on the platforms' topics ({@link #inbound}): accepted (with the revision) or rejected (with problem details). */
    public static final String INBOUND_REPLIES = "fiscal.inbound.replies.v1";
    public static final String INBOUND_ACCEPTED = "fiscal.inbound.accepted.v1";
    public static final String INBOUND_REJECTED = "fiscal.inbound.rejected.v1";
    /** Editions of the classification catalogues from the budget platform ({@code contracts.catalogue.CatalogueEdition}). */
    public static final String CATALOGUES = "fiscal.catalogues.v1";
    public static final String CATALOGUE_EDITION = "fiscal.catalogue.edition.v1";

    /**
     * A budget platform's inbound topic, {@code fiscal.inbound.<platform>.v1}: only that platform's Kafka principal may
     * write it (an ACL), so the topic a submission arrived on, not anything in it, says which platform sent it.
     */
    public static String inbound(String platform) {
        return "fiscal.inbound." + platform + ".v1";
    }

    private Topics() {
    }
}
