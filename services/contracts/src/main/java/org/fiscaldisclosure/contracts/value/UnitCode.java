package org.fiscaldisclosure.contracts.value;


import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.regex.Pattern;

/**
 * A budget unit's code: the six-digit administrative region code (行政区划代码) of the unit's government, a hyphen,
 * and the unit's own code in capitals and digits, e.g. {@code 110102-SWD}.
 */
@Schema(type = SchemaType.STRING, pattern = UnitCode.PATTERN, description = "单位编码：6位行政区划代码-单位代码", examples = "110102-SWD")
public record UnitCode(String value) {

    public static final String PATTERN = "^[0-9]{6}-[0-9A-Z]{1,24}$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
        if (!COMPILED.matcher(value).matches()) {
            throw new IllegalArgumentException("单位编码格式应为6位行政区划代码-单位代码（大写字母或数字），如 110102-SWD");
        }
    }

    @JsonCreator
    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** The administrative region code the unit belongs to. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
