package org.fiscaldisclosure.platform.messaging;

import java.io.Serializable;

/** Identity of a part: unit and year. */
public record PartKey(String unitCode, int fiscalYear) implements Serializable {

    public PartKey() {
        this(null, 0);
    }
}
