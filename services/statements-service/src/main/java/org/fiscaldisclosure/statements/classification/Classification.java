package org.fiscaldisclosure.statements.classification;

/**
 * An entry of a classification scheme: {@code func} 支出功能分类, {@code econ_dept} 部门预算支出经济分类,
 * {@code econ_gov} 政府预算支出经济分类. {@code verified} is false where the source data marks the code unconfirmed.
 */
public record Classification(String scheme, String code, String name, String level, String parent, boolean verified,
                             String note) {
}
