package org.fiscaldisclosure.platform.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The problems found in one uploaded workbook, each located at a sheet and cell ({@code 表11!C5}) or at a sheet
 * alone. Reading goes on after a problem so that one answer lists them all; {@link #throwIfAny()} then refuses the
 * workbook with a 422 problem, before anything is stored.
 */
public final class WorkbookProblems {

    public static final String NOT_A_WORKBOOK = "not-a-workbook";
    public static final String INVALID_WORKBOOK = "invalid-workbook";

    private final List<FieldError> errors = new ArrayList<>();

    /** A problem with one cell; {@code label} says what the cell should hold, e.g. 政府采购货物支出. */
    public void at(LocatedCell cell, String label, String reason) {
        errors.add(new FieldError(cell.field(), "工作表「" + cell.sheet() + "」单元格 " + cell.ref()
                + (label == null || label.isEmpty() ? "" : "（" + label + "）") + "：" + reason));
    }

    /** A problem with a sheet as a whole (missing, or without the expected header). */
    public void atSheet(String sheet, String reason) {
        errors.add(new FieldError(sheet, "工作表「" + sheet + "」：" + reason));
    }

    /** A problem already located (e.g. a field error relocated onto its cell). */
    public void add(FieldError error) {
        errors.add(error);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    /** 422: the file is a workbook, but cells or sheets are wrong. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(Problem.of(422, INVALID_WORKBOOK, "工作簿内容不符合要求",
                "工作簿有 " + errors.size() + " 处错误，未保存任何内容", errors));
    }

    /** 400: the body is not a readable xlsx workbook at all. */
    public static ProblemException notAWorkbook(String reason) {
        return new ProblemException(Problem.of(400, NOT_A_WORKBOOK, "不是有效的 xlsx 工作簿",
                reason + "，未保存任何内容", List.of(new FieldError("", reason))));
    }
}
