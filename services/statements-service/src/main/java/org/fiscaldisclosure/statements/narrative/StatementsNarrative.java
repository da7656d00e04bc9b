package org.fiscaldisclosure.statements.narrative;

import java.util.List;

/**
 * Generated text of the statements part: 第二部分 决算说明 and the statement sections of 第三部分, as structured
 * sections of paragraphs. A paragraph is text (kind {@code text}), a sub-heading inside its section (kind
 * {@code heading}, e.g. {@code （一）收入决算说明}), or a chart reference (kind {@code chart}, its id and caption).
 */
public record StatementsNarrative(String unitCode, int fiscalYear, long revision, List<Section> sections) {

    /** A titled section of a part of the disclosure ({@code part} 2 or 3). */
    public record Section(int part, String id, String title, List<Paragraph> paragraphs) {
    }

    /** A paragraph: {@code text}, a {@code heading}, or a {@code chart} with the chart's id and its caption as text. */
    public record Paragraph(String kind, String text, String chart) {

        public static final String TEXT = "text";
        public static final String HEADING = "heading";
        public static final String CHART = "chart";

        static Paragraph text(String text) {
            return new Paragraph(TEXT, text, null);
        }

        static Paragraph heading(String text) {
            return new Paragraph(HEADING, text, null);
        }

        static Paragraph chart(String id, String caption) {
            return new Paragraph(CHART, caption, id);
        }
    }

    /** The narrative as plain text: part headings, section titles and paragraphs, one per line. */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder();
        int part = 0;
        for (Section s : sections) {
            if (s.part() != part) {
                part = s.part();
                sb.append(part == 2 ? "第二部分 " + fiscalYear + "年度部门决算说明" : "第三部分 " + fiscalYear + "年度其他重要事项的情况说明")
                        .append('\n');
            }
            sb.append(s.title()).append('\n');
            for (Paragraph p : s.paragraphs()) {
                sb.append(p.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
