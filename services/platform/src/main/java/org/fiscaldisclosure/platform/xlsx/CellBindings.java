package org.fiscaldisclosure.platform.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Remembers which cell each field of the object read from a workbook came from (by JSON Pointer), so that what
 * Bean Validation finds wrong with the object is reported at the cell, like every other workbook problem.
 */
public final class CellBindings {

    private record Origin(LocatedCell cell, String label) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    /** The field at {@code pointer} (e.g. {@code /procurement/goods}) came from {@code cell}, blank or not. */
    public void bind(String pointer, LocatedCell cell, String label) {
        origins.put(pointer, new Origin(cell, label));
    }

    /**
     * Runs a validation that may throw a field-located {@link ProblemException} and rethrows its errors as workbook
     * problems at their cells (a field without a known cell keeps its pointer).
     */
    public <T> void validate(T value, Consumer<T> validation) {
        try {
            validation.accept(value);
        } catch (ProblemException e) {
            throw WorkbookProblems.invalid(relocate(e.problem().errors()));
        }
    }

    List<FieldError> relocate(List<FieldError> errors) {
        WorkbookProblems located = new WorkbookProblems();
        for (FieldError error : errors) {
            Origin origin = origins.get(error.field());
            if (origin == null) {
                located.add(error);
            } else {
                located.at(origin.cell(), origin.label(), error.message());
            }
        }
        return located.errors();
    }
}
