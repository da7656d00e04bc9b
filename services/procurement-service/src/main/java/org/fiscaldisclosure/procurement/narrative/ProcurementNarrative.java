package org.fiscaldisclosure.procurement.narrative;

import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/** The generated text of 第三部分 §三 and §五 for one revision, as sections of paragraphs. */
@Schema(description = "第三部分 三、政府采购支出情况 与 五、政府购买服务支出说明 的生成文字")
public record ProcurementNarrative(UnitCode unitCode, FiscalYear fiscalYear, long revision, List<Section> sections) {

    public ProcurementNarrative {
        sections = List.copyOf(sections);
    }

    /** One numbered section: 三、政府采购支出情况. */
    public record Section(@Schema(description = "序号，如 三") String number, String title, List<Paragraph> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }

        public String heading() {
            return number + "、" + title;
        }
    }

    /** A paragraph and every figure it states, each traced to its table. */
    public record Paragraph(String text, List<NarrativeFigure> figures) {

        public Paragraph {
            figures = List.copyOf(figures);
        }
    }

    /** The text as published: each heading on its own line, then its paragraphs. */
    public String plainText() {
        return sections.stream()
                .map(s -> s.heading() + "\n" + s.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
