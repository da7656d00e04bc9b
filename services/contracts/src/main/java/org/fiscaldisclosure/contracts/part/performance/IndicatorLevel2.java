package org.fiscaldisclosure.contracts.part.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 二级指标, each belonging to one 一级指标 (财预〔2020〕10号 附件). */
@Schema(enumeration = {"QUANTITY", "QUALITY", "TIMELINESS", "COST", "ECONOMIC", "SOCIAL", "ECOLOGICAL",
        "SUSTAINABILITY", "SATISFACTION"},
        description = "二级指标：QUANTITY 数量，QUALITY 质量，TIMELINESS 时效，COST 成本（属产出）；ECONOMIC 经济效益，"
                + "SOCIAL 社会效益，ECOLOGICAL 生态效益，SUSTAINABILITY 可持续影响（属效益）；SATISFACTION 服务对象满意度"
                + "（属满意度）。也接受中文名")
public enum IndicatorLevel2 {
    QUANTITY("数量指标", IndicatorLevel1.OUTPUT),
    QUALITY("质量指标", IndicatorLevel1.OUTPUT),
    TIMELINESS("时效指标", IndicatorLevel1.OUTPUT),
    COST("成本指标", IndicatorLevel1.OUTPUT),
    ECONOMIC("经济效益指标", IndicatorLevel1.EFFECT),
    SOCIAL("社会效益指标", IndicatorLevel1.EFFECT),
    ECOLOGICAL("生态效益指标", IndicatorLevel1.EFFECT),
    SUSTAINABILITY("可持续影响指标", IndicatorLevel1.EFFECT),
    SATISFACTION("服务对象满意度指标", IndicatorLevel1.SATISFACTION);

    private final String label;
    private final IndicatorLevel1 parent;

    IndicatorLevel2(String label, IndicatorLevel1 parent) {
        this.label = label;
        this.parent = parent;
    }

    public String label() {
        return label;
    }

    /** The 一级指标 this 二级指标 belongs under. */
    public IndicatorLevel1 parent() {
        return parent;
    }

    @JsonValue
    public String code() {
        return name();
    }

    /** Reads the code (SOCIAL) or the published name (社会效益指标, 社会效益). */
    @JsonCreator
    public static IndicatorLevel2 of(String value) {
        for (IndicatorLevel2 l : values()) {
            if (l.name().equals(value) || l.label.equals(value) || l.label.replace("指标", "").equals(value)) {
                return l;
            }
        }
        throw new IllegalArgumentException("二级指标应为 " + Arrays.stream(values())
                .map(l -> l.name() + "（" + l.label + "）").collect(Collectors.joining("、")));
    }
}
