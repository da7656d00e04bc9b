package org.fiscaldisclosure.statements.classification;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entry of a classification scheme: {@code func} 支出功能分类, {@code econ_dept} 部门预算支出经济分类,
 * {@code econ_gov} 政府预算支出经济分类. {@code verified} is false where the shipped data marks the code unconfirmed;
 * {@code source} names where the entry comes from (a shipped entry's official notice or published disclosure, or the
 * loaded edition: 第n版 and its source).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassificationEntry(String scheme, String code, String name, String level, String parent, boolean verified,
                             String source) {
}
