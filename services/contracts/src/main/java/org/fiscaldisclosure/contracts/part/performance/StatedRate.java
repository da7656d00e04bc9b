package org.fiscaldisclosure.contracts.part.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An 执行率 exactly as a table prints it: a number, with or without its "%" ("100%" or, as two of the seed's tables
 * print it, a bare "100"). The number is always read as a percentage; a missing unit is reported by a rule.
 */
@Schema(type = SchemaType.STRING, pattern = StatedRate.PATTERN, description = "执行率，照表填写，如 \"100%\"；漏写 % 的照录（如 \"100\"）",
        examples = "100%")
public record StatedRate(String text) {

    public static final String PATTERN = "^[0-9]{1,6}(\\.[0-9]{1,4})?\\s*%?$";
    private static final Pattern FORM = Pattern.compile("([0-9]{1,6}(?:\\.[0-9]{1,4})?)\\s*(%?)");

    public StatedRate {
        Objects.requireNonNull(text, "rate");
        text = text.trim();
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("执行率应为数字加 %，如 100%");
        }
    }

    @JsonCreator
    public static StatedRate of(String text) {
        return new StatedRate(text);
    }

    /** The stated percentage, as many decimals as printed. */
    public BigDecimal percent() {
        Matcher m = FORM.matcher(text);
        m.matches();
        return new BigDecimal(m.group(1));
    }

    /** Whether the table printed the "%". */
    public boolean hasUnit() {
        return text.endsWith("%");
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
