package org.fiscaldisclosure.platform.validation;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.platform.xlsx.FormulaText;

/**
 * Findings as CSV (RFC 4180), one row a finding, UTF-8 with a header row. Text a spreadsheet would run as a formula
 * gets a single quote in front ({@link FormulaText}); the numbers are numbers.
 */
public final class FindingsCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "rule_id,severity,part,table,row,column,provided,expected,difference,message";

    private FindingsCsv() {
    }

    public static String write(List<Finding> findings) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (Finding f : findings) {
            sb.append(String.join(",", cell(f.ruleId()), cell(f.severity().name()), cell(f.part()), cell(f.table()),
                    cell(f.row()), cell(f.column()), number(f.provided()), number(f.expected()),
                    number(f.difference()), cell(f.message()))).append("\r\n");
        }
        return sb.toString();
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        String s = FormulaText.csv(text);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
