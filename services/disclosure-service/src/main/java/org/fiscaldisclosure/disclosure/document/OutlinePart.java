package org.fiscaldisclosure.disclosure.document;

import java.util.List;

/**
 * One of the four parts of the document ({@code 第一部分 2024年度部门决算报表}), with its sections in place and the
 * owners whose content it still lacks.
 */
public record OutlinePart(int number, String title, List<OutlineSection> sections, List<String> missingOwners) {
}
