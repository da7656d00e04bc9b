package org.fiscaldisclosure.disclosure.publication;

import org.fiscaldisclosure.disclosure.findings.ExplanationView;

/** The explanation as recorded, and the content hash it leads to (an approval must name the new hash). */
public record ExplanationReceipt(ExplanationView explanation, String contentHash) {
}
