package org.fiscaldisclosure.contracts.validation;

import java.util.List;

/** Counts by severity and the findings themselves. */
public record ValidationSummary(int fatal, int warning, int info, List<Finding> findings) {

    public ValidationSummary {
        findings = List.copyOf(findings);
    }

    public static ValidationSummary of(List<Finding> findings) {
        int fatal = 0;
        int warning = 0;
        int info = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case FATAL -> fatal++;
                case WARNING -> warning++;
                case INFO -> info++;
            }
        }
        return new ValidationSummary(fatal, warning, info, findings);
    }
}
