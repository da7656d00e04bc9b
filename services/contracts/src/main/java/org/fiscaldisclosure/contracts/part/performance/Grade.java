package org.fiscaldisclosure.contracts.part.performance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 评价等级 (财预〔2020〕10号: 优 90-100, 良 80-90, 中 60-80, 差 below 60; the thresholds live in the scoring profile). */
@Schema(enumeration = {"优", "良", "中", "差"}, description = "评价等级")
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** Reads the label (优) or the constant name (EXCELLENT). */
    @JsonCreator
    public static Grade of(String value) {
        for (Grade g : values()) {
            if (g.label.equals(value) || g.name().equals(value)) {
                return g;
            }
        }
        throw new IllegalArgumentException("评价等级应为 " + Arrays.stream(values()).map(Grade::label)
                .collect(Collectors.joining("、")));
    }
}
