package org.fiscaldisclosure.disclosure.findings;

import java.time.Instant;

/** A written explanation of a WARNING finding, addressed by the finding's rule id and location. */
public record ExplanationView(String ruleId, String location, String text, String author, Instant explainedAt) {

    /** The address of the finding it explains. */
    public FindingKey key() {
        return new FindingKey(ruleId, location);
    }
}
