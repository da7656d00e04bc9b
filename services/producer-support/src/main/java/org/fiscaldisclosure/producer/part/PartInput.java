package org.fiscaldisclosure.producer.part;

import java.util.List;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Reading a submitted part the same way whatever it came by (REST or Kafka): strict JSON, constraints, layout. */
public final class PartInput {

    private PartInput() {
    }

    /** The part, or a {@link ProblemException} (400/422) listing what is wrong. */
    public static <T> T read(JsonBodies bodies, PartDefinition<T> definition, FiscalYear year, byte[] body) {
        T part = bodies.read(body, definition.type());
        List<FieldError> structural = definition.structuralErrors(year, part);
        if (!structural.isEmpty()) {
            throw ProblemException.invalid(structural.size() + " 处内容与版式不符", structural);
        }
        return part;
    }
}
