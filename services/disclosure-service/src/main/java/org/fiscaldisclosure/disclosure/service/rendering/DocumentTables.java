package org.fiscaldisclosure.disclosure.service.rendering;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.BlockKind;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.disclosure.service.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.service.document.OutlinePart;
import org.fiscaldisclosure.disclosure.service.document.OutlineSection;

/**
 * Every table of the document in document order, numbered 表1, 表2, … (so 第一部分's tables keep the Beijing
 * numbers 表1-表12), with the section it stands in. The workbook and the data package list tables this way.
 */
final class DocumentTables {

    /** A table in its place: its running number and its section. */
    record Placed(int number, OutlineSection section, DocumentTable table) {
    }

    private DocumentTables() {
    }

    static List<Placed> of(DocumentOutline outline) {
        List<Placed> tables = new ArrayList<>();
        for (OutlinePart p : outline.parts()) {
            for (OutlineSection s : p.sections()) {
                for (Block b : s.section().blocks()) {
                    if (b.kind() == BlockKind.TABLE && b.table() != null) {
                        tables.add(new Placed(tables.size() + 1, s, b.table()));
                    }
                }
            }
        }
        return tables;
    }
}
