package org.fiscaldisclosure.contracts.document;

import java.util.List;

/**
 * One section of the published document.
 *
 * @param slot   where it goes in the outline
 * @param id     stable id, unique within the part document (a table id such as {@code T3}, {@code P2-income},
 *               {@code P4-project-11010224T000001}); used for anchors and links
 * @param title  the title without its number (the disclosure numbers sections per part), e.g. {@code 收入决算表}
 * @param blocks the content, in order
 */
public record DocumentSection(Slot slot, String id, String title, List<Block> blocks) {

    public DocumentSection {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
