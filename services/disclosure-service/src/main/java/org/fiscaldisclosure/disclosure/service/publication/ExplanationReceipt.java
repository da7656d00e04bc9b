package org.fiscaldisclosure.disclosure.service.publication;

import org.fiscaldisclosure.disclosure.service.findings.ExplanationView;

/** The explanation as recorded, and the content hash it leads to (an approval must name the new hash). */
public record ExplanationReceipt(ExplanationView explanation, String contentHash) {
}
