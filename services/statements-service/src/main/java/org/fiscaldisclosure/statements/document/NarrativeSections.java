package org.fiscaldisclosure.statements.document;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Chart;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.Charts;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative.Paragraph;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative.Section;

/**
 * The narrative's sections in the document: part 2 sections in {@link Slot#EXPLANATION}, the statement sections of
 * part 3 in their own slots by section id; section ids {@code P2-…}/{@code P3-…}; titles without their numbering
 * (the disclosure numbers sections); text paragraphs, sub-headings and charts (the chart's SVG drawn from the same
 * figures, its caption as in the narrative) as they are.
 */
final class NarrativeSections {

    private static final Map<String, Slot> PART3_SLOTS = Map.of("three-public", Slot.THREE_PUBLIC,
            "office-operating-cost", Slot.OPERATING_COSTS, "assets", Slot.STATE_ASSETS, "glossary", Slot.TERMS);
    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、\\s*");

    private NarrativeSections() {
    }

    static List<DocumentSection> of(StatementsContext ctx, List<Section> narrative) {
        return narrative.stream().map(s -> new DocumentSection(slot(s), "P" + s.part() + "-" + s.id(),
                NUMBERING.matcher(s.title()).replaceFirst(""), s.paragraphs().stream().map(p -> block(ctx, p)).toList()))
                .toList();
    }

    private static Slot slot(Section s) {
        if (s.part() == 2) {
            return Slot.EXPLANATION;
        }
        Slot slot = PART3_SLOTS.get(s.id());
        if (slot == null) {
            throw new IllegalStateException("no slot for narrative section " + s.id());
        }
        return slot;
    }

    private static Block block(StatementsContext ctx, Paragraph p) {
        return switch (p.kind()) {
            case Paragraph.HEADING -> Block.heading(p.text());
            case Paragraph.CHART -> Block.chart(new Chart(p.chart(), p.text(), Charts.svg(p.chart(), ctx)
                    .orElseThrow(() -> new IllegalStateException("no chart " + p.chart()))));
            default -> Block.paragraph(p.text());
        };
    }
}
