package org.fiscaldisclosure.statements.tableset;

import java.util.List;
import java.util.Optional;

/** One table of a set: its key (its role), number, title and row groups. */
public record TableLayout(String key, int number, String title, List<RowGroup> rowGroups) {

    /** The group a row code belongs to: a fixed row key, or a classification code of an allowed level. */
    public Optional<RowGroup> groupOf(String code) {
        return rowGroups.stream().filter(g -> g.accepts(code)).findFirst();
    }
}
