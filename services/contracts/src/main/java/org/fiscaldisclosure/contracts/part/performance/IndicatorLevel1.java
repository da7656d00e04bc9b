package org.fiscaldisclosure.contracts.part.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 一级指标 of a 单位自评 table. */
@Schema(enumeration = {"OUTPUT", "EFFECT", "SATISFACTION"},
        description = "一级指标：OUTPUT 产出指标，EFFECT 效益指标，SATISFACTION 满意度指标（也接受中文名）")
public enum IndicatorLevel1 {
    OUTPUT("产出指标"), EFFECT("效益指标"), SATISFACTION("满意度指标");

    private final String label;

    IndicatorLevel1(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String code() {
        return name();
    }

    /** Reads the code (OUTPUT) or the published name (产出指标, 产出). */
    @JsonCreator
    public static IndicatorLevel1 of(String value) {
        for (IndicatorLevel1 l : values()) {
            if (l.name().equals(value) || l.label.equals(value) || l.label.replace("指标", "").equals(value)) {
                return l;
            }
        }
        throw new IllegalArgumentException("一级指标应为 " + Arrays.stream(values())
                .map(l -> l.name() + "（" + l.label + "）").collect(Collectors.joining("、")));
    }
}
