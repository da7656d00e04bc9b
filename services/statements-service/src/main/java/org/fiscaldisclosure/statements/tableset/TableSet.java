package org.fiscaldisclosure.statements.tableset;

import java.util.List;
import java.util.Optional;

/**
 * A year's set of statement tables (版式) as data: which tables there are, their numbers and titles, and each
 * table's row groups and columns. The Beijing 2024 set has tables 1-10 here (11 and 12 belong to the procurement
 * part); the 2023 set had one more table.
 */
public record TableSet(String id, String description, List<TableLayout> tables) {

    public Optional<TableLayout> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** "T3" for the table whose number is 3 in this set; the key itself when the set lacks the table. */
    public String label(String key) {
        return table(key).map(t -> "T" + t.number()).orElse(key);
    }
}
