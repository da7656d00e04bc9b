package org.fiscaldisclosure.contracts.disclosure;

/** How many findings of each severity a published version carries, and how many WARNINGs are explained. */
public record FindingCounts(int fatal, int warning, int info, int explained) {
}
