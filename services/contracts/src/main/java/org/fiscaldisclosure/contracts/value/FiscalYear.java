package org.fiscaldisclosure.contracts.value;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fiscal (calendar) year of final accounts, 2000 to 2100. */
@Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100", description = "决算年度", examples = "2024")
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    public FiscalYear {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("年度应在 " + MIN + " 至 " + MAX + " 之间");
        }
    }

    @JsonCreator
    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /** Parses a path segment such as {@code 2024}. */
    public static FiscalYear parse(String text) {
        if (text == null || !text.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("年度应为四位数字，如 2024");
        }
        return of(Integer.parseInt(text));
    }

    public FiscalYear previous() {
        return of(value - 1);
    }

    @JsonValue
    @Override
    public int value() {
        return value;
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
