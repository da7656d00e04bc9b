package org.fiscaldisclosure.contracts.event;

/** Kafka topics of the suite (ARCHITECTURE §3). Keys are {@code unitCode:fiscalYear}. */
public final class Topics {

    public static final String STATEMENTS = "fiscal.statements.v1";
    public static final String PROCUREMENT = "fiscal.procurement.v1";
    public static final String PERFORMANCE = "fiscal.performance.v1";
    public static final String DISCLOSURES = "fiscal.disclosures.v1";
    public static final String INBOUND = "fiscal.inbound.v1";

    private Topics() {
    }
}
