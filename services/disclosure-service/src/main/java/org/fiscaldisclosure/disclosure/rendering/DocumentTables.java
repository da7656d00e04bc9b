package org.fiscaldisclosure.disclosure.rendering;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.BlockKind;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.disclosure.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.document.OutlinePart;
import org.fiscaldisclosure.disclosure.document.OutlineSection;

/**
 * Every table of the document in document order, with where it stands: its number {@code part-section} (1-2 for
 * 第一部分 二、支出决算表; {@code part-section-k} when a section holds several tables, e.g. 4-2-1) and its title as the
 * page heads it. The workbook and the data package list tables this way.
 */
final class DocumentTables {

    /**
     * A table in its place.
     *
     * @param number     {@code 1-2}, {@code 4-2-1}
     * @param title      the page's heading for it: the section heading ({@code 二、支出决算表}), followed by the
     *                   table's own title when the section holds more than the one table of that name
     * @param shortTitle the table's own title (the section's when it has none)
     */
    record Placed(String number, String title, String shortTitle, OutlineSection section, DocumentTable table) {
    }

    private DocumentTables() {
    }

    static List<Placed> of(DocumentOutline outline) {
        List<Placed> tables = new ArrayList<>();
        for (OutlinePart p : outline.parts()) {
            int sectionIndex = 0;
            for (OutlineSection s : p.sections()) {
                sectionIndex++;
                List<DocumentTable> inSection = s.section().blocks().stream()
                        .filter(b -> b.kind() == BlockKind.TABLE && b.table() != null).map(Block::table).toList();
                for (int k = 0; k < inSection.size(); k++) {
                    DocumentTable t = inSection.get(k);
                    String number = p.number() + "-" + sectionIndex + (inSection.size() > 1 ? "-" + (k + 1) : "");
                    boolean own = t.title() != null && !t.title().isBlank() && !t.title().equals(s.section().title());
                    tables.add(new Placed(number, own ? s.heading() + "：" + t.title() : s.heading(),
                            own ? t.title() : s.section().title(), s, t));
                }
            }
        }
        return tables;
    }
}
