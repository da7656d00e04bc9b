package org.fiscaldisclosure.disclosure.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;

/**
 * The whole 部门决算公开 in the Beijing 2024 order, assembled from the parts' documents: 第一部分 the tables,
 * 第二部分 决算说明, 第三部分 其他重要事项, 第四部分 绩效评价. Sections are ordered by {@link Slot}, the producer's order
 * kept inside a slot, and numbered per part (一、二、…); the 目录 is {@link #parts()} with their sections' headings.
 * It adds no wording of its own beyond the part titles and the numbers.
 *
 * @param title the document's title, {@code {单位}{年度}年度部门决算公开}
 */
public record DocumentOutline(String title, int fiscalYear, List<OutlinePart> parts) {

    private static final String[] PART_NAMES = {"第一部分", "第二部分", "第三部分", "第四部分"};

    /** The title of document part {@code n} (1-4) for a year. */
    public static String partTitle(int n, int year) {
        return PART_NAMES[n - 1] + " " + year + switch (n) {
            case 1 -> "年度部门决算报表";
            case 2 -> "年度部门决算说明";
            case 3 -> "年度其他重要事项的情况说明";
            default -> "年度部门绩效评价情况";
        };
    }

    /**
     * Assembles the outline.
     *
     * @param documents the received parts' documents by part key ({@code statements}, …); a part not received is
     *                  absent, and the document parts it fills list it in {@link OutlinePart#missingOwners()}
     */
    public static DocumentOutline assemble(String unitName, int year, Map<String, PartDocument> documents) {
        List<OutlinePart> parts = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            final int partNumber = n;
            List<Placed> placed = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            for (Slot slot : Slot.values()) {
                if (slot.part() != partNumber) {
                    continue;
                }
                PartDocument doc = documents.get(slot.owner());
                if (doc == null) {
                    missing.add(slot.owner());
                    continue;
                }
                for (DocumentSection s : doc.sections()) {
                    if (s.slot() == slot) {
                        placed.add(new Placed(slot.owner(), s));
                    }
                }
            }
            placed.sort(Comparator.comparingInt(p -> p.section().slot().ordinal()));
            List<OutlineSection> sections = new ArrayList<>();
            int i = 1;
            for (Placed p : placed) {
                String number = ChineseNumerals.of(i++);
                sections.add(new OutlineSection(number, number + "、" + p.section().title(),
                        "s-" + p.owner() + "-" + p.section().id(), p.owner(), p.section()));
            }
            parts.add(new OutlinePart(partNumber, partTitle(partNumber, year), List.copyOf(sections), List.copyOf(missing)));
        }
        return new DocumentOutline((unitName == null ? "" : unitName) + year + "年度部门决算公开", year, List.copyOf(parts));
    }

    private record Placed(String owner, DocumentSection section) {
    }
}
