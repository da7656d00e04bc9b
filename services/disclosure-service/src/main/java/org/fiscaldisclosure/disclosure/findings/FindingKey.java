package org.fiscaldisclosure.disclosure.findings;

import java.util.Comparator;

/** How a finding is addressed by an explanation: its rule id and its location. */
public record FindingKey(String ruleId, String location) implements Comparable<FindingKey> {

    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::ruleId)
            .thenComparing(FindingKey::location);

    @Override
    public int compareTo(FindingKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return ruleId + " @ " + location;
    }
}
