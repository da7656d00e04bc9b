package org.fiscaldisclosure.platform.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DateUtil;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * Typed reading of located cells. Every read answers empty for a blank cell (the caller decides whether that is
 * allowed) and, for a cell that holds the wrong thing, records a problem naming the sheet, the cell, what it should
 * hold and what it holds, and answers empty; reading then goes on so that one answer lists every problem.
 */
public final class CellReader {

    private static final List<DateTimeFormatter> DATE_TEXT = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final WorkbookProblems problems;

    public CellReader(WorkbookProblems problems) {
        this.problems = problems;
    }

    public WorkbookProblems problems() {
        return problems;
    }

    /** An amount in a 万元 cell, exact to the 分 (see {@link WanYuanCells}). */
    public Optional<Amount> wanYuan(LocatedCell cell, String label) {
        if (!isNumber(cell, label, "数字（万元）")) {
            return Optional.empty();
        }
        try {
            return Optional.of(WanYuanCells.amount(cell.text()));
        } catch (IllegalArgumentException e) {
            problems.at(cell, label, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A percentage with at most two decimals, 0 to 100: a number formatted as a percentage (1 shows as 100%) or a
     * text such as {@code 100%}. A bare number is refused: 100 could mean 100% or 10000%.
     */
    public Optional<BigDecimal> percent(LocatedCell cell, String label) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value;
        if (cell.kind() == LocatedCell.Kind.NUMBER && cell.percentFormatted()) {
            value = new BigDecimal(cell.text()).movePointRight(2);
        } else if (cell.kind() == LocatedCell.Kind.TEXT && cell.text().endsWith("%")) {
            try {
                value = new BigDecimal(cell.text().substring(0, cell.text().length() - 1).strip());
            } catch (NumberFormatException e) {
                problems.at(cell, label, "应为百分比，如 100%，实为「" + cell.text() + "」");
                return Optional.empty();
            }
        } else {
            problems.at(cell, label, "应为百分比格式的数字或带 % 的文本（如 100%），实为" + describe(cell));
            return Optional.empty();
        }
        value = value.stripTrailingZeros();
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.at(cell, label, "百分比应在 0% 至 100% 之间，实为 " + value.toPlainString() + "%");
            return Optional.empty();
        }
        if (value.scale() > 2) {
            problems.at(cell, label, "百分比最多两位小数，实为 " + value.toPlainString() + "%");
            return Optional.empty();
        }
        return Optional.of(value.setScale(2));
    }

    /** A text; a number is read as the text it shows (a code typed as a number, e.g. 2024001). */
    public Optional<String> text(LocatedCell cell, String label) {
        return switch (cell.kind()) {
            case BLANK -> Optional.empty();
            case TEXT -> cell.text().isEmpty() ? Optional.empty() : Optional.of(cell.text());
            case NUMBER -> Optional.of(new BigDecimal(cell.text()).stripTrailingZeros().toPlainString());
            default -> {
                problems.at(cell, label, "应为文本，实为" + describe(cell));
                yield Optional.empty();
            }
        };
    }

    /** A date: a number formatted as a date, or a text such as 2024-05-20, 2024/5/20 or 2024年5月20日. */
    public Optional<LocalDate> date(LocatedCell cell, String label) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.kind() == LocatedCell.Kind.NUMBER && cell.dateFormatted()) {
            BigDecimal serial = new BigDecimal(cell.text());
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2958465)) <= 0) {
                return Optional.of(DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate());
            }
        }
        if (cell.kind() == LocatedCell.Kind.TEXT) {
            for (DateTimeFormatter f : DATE_TEXT) {
                try {
                    return Optional.of(LocalDate.parse(cell.text(), f));
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        problems.at(cell, label, "应为日期（如 2024-05-20），实为" + describe(cell));
        return Optional.empty();
    }

    /** One of a fixed set of labelled values, e.g. 货物/工程/服务. */
    public <E> Optional<E> choice(LocatedCell cell, String label, Map<String, E> byLabel) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        E value = cell.kind() == LocatedCell.Kind.TEXT ? byLabel.get(SheetCells.normalize(cell.text())) : null;
        if (value == null) {
            problems.at(cell, label, "应为" + String.join("、", byLabel.keySet()) + "之一，实为" + describe(cell));
        }
        return Optional.ofNullable(value);
    }

    /** The labels of an enum's values, for {@link #choice}. */
    public static <E extends Enum<E>> Map<String, E> labels(Class<E> type, Function<E, String> label) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        Arrays.stream(type.getEnumConstants()).forEach(e -> byLabel.put(SheetCells.normalize(label.apply(e)), e));
        return byLabel;
    }

    private boolean isNumber(LocatedCell cell, String label, String expected) {
        if (cell.isBlank()) {
            return false;
        }
        if (cell.kind() == LocatedCell.Kind.NUMBER) {
            return true;
        }
        problems.at(cell, label, "应为" + expected + "，实为" + describe(cell));
        return false;
    }

    static String describe(LocatedCell cell) {
        return switch (cell.kind()) {
            case TEXT -> "文本「" + cell.text() + "」";
            case NUMBER -> (cell.dateFormatted() ? "日期格式的数字 " : "数字 ") + cell.text();
            case BOOLEAN -> "逻辑值 " + cell.text();
            case ERROR -> "错误值 " + cell.text();
            case FORMULA_WITHOUT_RESULT -> "没有计算结果的公式（请在电子表格程序中重新计算并保存）";
            case BLANK -> "空白";
        };
    }
}
