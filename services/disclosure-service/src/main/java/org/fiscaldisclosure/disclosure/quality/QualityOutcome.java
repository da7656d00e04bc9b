package org.fiscaldisclosure.disclosure.quality;

/** The outcome of a check: met, not met, or not applicable (nothing to judge: no data of that kind, not yet due). */
public enum QualityOutcome {
    PASS("符合"), FAIL("不符合"), NOT_APPLICABLE("不适用");

    private final String label;

    QualityOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
