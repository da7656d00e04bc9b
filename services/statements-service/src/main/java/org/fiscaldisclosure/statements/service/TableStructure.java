package org.fiscaldisclosure.statements.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.statements.tableset.RowGroup;
import org.fiscaldisclosure.statements.tableset.TableLayout;
import org.fiscaldisclosure.statements.tableset.TableSet;
import org.fiscaldisclosure.statements.tableset.TableSets;

/**
 * Checks a part against its table set: a table, row or column the layout does not have is malformed input (422,
 * nothing stored). A classification code of a valid form that the catalogue lacks is not malformed: it is a finding.
 */
public final class TableStructure {

    private TableStructure() {
    }

    public static List<FieldError> errors(FinalAccounts part, TableSets sets) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TableSet> set = sets.get(part.tableSet());
        if (set.isEmpty()) {
            errors.add(new FieldError("/tableSet", "未知的报表版式 " + part.tableSet() + "，可用：" + TableSets.KNOWN));
            return errors;
        }
        for (Map.Entry<String, StatementTable> e : part.tables().entrySet()) {
            String base = "/tables/" + e.getKey();
            Optional<TableLayout> layout = set.get().table(e.getKey());
            if (layout.isEmpty()) {
                errors.add(new FieldError(base, "版式 " + part.tableSet() + " 中没有表 " + e.getKey()));
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<StatementRow> rows = e.getValue().rows();
            for (int i = 0; i < rows.size(); i++) {
                StatementRow row = rows.get(i);
                String at = base + "/rows/" + i;
                if (!seen.add(row.code())) {
                    errors.add(new FieldError(at + "/code", "行 " + row.code() + " 重复"));
                }
                Optional<RowGroup> group = layout.get().groupOf(row.code());
                if (group.isEmpty()) {
                    errors.add(new FieldError(at + "/code", "表" + layout.get().number() + " " + layout.get().title()
                            + " 没有行 " + row.code()));
                    continue;
                }
                for (String column : row.values().keySet()) {
                    if (!group.get().hasColumn(column)) {
                        errors.add(new FieldError(at + "/values/" + column, "该行没有列 " + column + "，可用："
                                + group.get().columns().stream().map(c -> c.key()).toList()));
                    }
                }
            }
        }
        return errors;
    }
}
