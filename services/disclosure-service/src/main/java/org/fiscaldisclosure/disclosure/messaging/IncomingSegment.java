package org.fiscaldisclosure.disclosure.messaging;

/**
 * A segment of a part revision as received ({@link org.fiscaldisclosure.platform.messaging.Segments}): its unit and
 * year, its SHA-256 (checked against the content) and its JSON.
 */
public record IncomingSegment(String unitCode, int fiscalYear, String hash, byte[] json) {
}
