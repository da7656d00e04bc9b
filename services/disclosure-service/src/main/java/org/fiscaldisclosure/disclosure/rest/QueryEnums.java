package org.fiscaldisclosure.disclosure.rest;

import java.util.List;
import java.util.Locale;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** An optional query parameter naming an enum constant (any case); a 400 at the parameter otherwise. */
final class QueryEnums {

    private QueryEnums() {
    }

    static <E extends Enum<E>> E parse(String value, Class<E> type, String parameter, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError(parameter, message)));
        }
    }
}
