package org.fiscaldisclosure.contracts.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * The classification schemes of 《政府收支分类科目》 a 部门决算 uses, with the code lengths of their levels:
 * 支出功能分类 类/款/项 (3/5/7 digits), 政府预算支出经济分类 and 部门预算支出经济分类 类/款 (3/5 digits).
 */
public enum ClassificationScheme {
    FUNC("func", "支出功能分类科目", List.of(3, 5, 7)),
    ECON_GOV("econ_gov", "政府预算支出经济分类科目", List.of(3, 5)),
    ECON_DEPT("econ_dept", "部门预算支出经济分类科目", List.of(3, 5));

    private final String key;
    private final String title;
    private final List<Integer> lengths;

    ClassificationScheme(String key, String title, List<Integer> lengths) {
        this.key = key;
        this.title = title;
        this.lengths = lengths;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The code lengths of the scheme's levels, outermost first. */
    public List<Integer> lengths() {
        return lengths;
    }

    /** The level name (类, 款, 项) of a well-formed code, or null when the code is not well-formed for the scheme. */
    public String level(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int i = lengths.indexOf(code.length());
        return i < 0 ? null : List.of("类", "款", "项").get(i);
    }

    /** The parent code of a well-formed code (null for a 类). */
    public String parent(String code) {
        int i = lengths.indexOf(code.length());
        return i <= 0 ? null : code.substring(0, lengths.get(i - 1));
    }

    @JsonCreator
    public static ClassificationScheme of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("应为 func、econ_gov、econ_dept 之一"));
    }
}
