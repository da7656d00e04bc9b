package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * A statement table as data: its rows; the columns and row kinds come from the year's table set. Its classification
 * rows roll up as the published tables mean them: a row that is not entered is the sum of its children
 * (类 = Σ款 = Σ项), and the 类 of a table are those entered or implied by the codes entered.
 */
public record StatementTable(
        @Schema(description = "表内各行") @NotNull @Size(max = 5000) List<@NotNull @Valid StatementRow> rows) {

    public Optional<StatementRow> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A classification row's amount in a column: as entered, or the sum of its children. */
    public Amount rolledUp(String code, String column) {
        Optional<StatementRow> row = row(code);
        if (row.isPresent()) {
            return row.get().value(column);
        }
        return Amount.sum(childrenOf(code).stream().map(c -> rolledUp(c, column)).toList());
    }

    /** The child codes entered under a code: 款 of a 类 (or its 项 when no 款 is entered), 项 of a 款. */
    public List<String> childrenOf(String code) {
        List<String> all = classificationCodes();
        for (int len = code.length() + 2; len <= 7; len += 2) {
            int l = len;
            List<String> found = all.stream().filter(c -> c.length() == l && c.startsWith(code)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Every classification code entered, sorted, once. */
    public List<String> classificationCodes() {
        return rows.stream().map(StatementRow::code).filter(StatementTable::allDigits).sorted().distinct().toList();
    }

    /** Whether every char is a digit (a plain loop: the stream it replaced showed in the write profile). */
    private static boolean allDigits(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The 类 (first three digits) entered or implied by the codes entered, sorted. */
    public List<String> classCodes() {
        TreeSet<String> classes = new TreeSet<>();
        classificationCodes().forEach(c -> classes.add(c.substring(0, Math.min(3, c.length()))));
        return new ArrayList<>(classes);
    }
}
