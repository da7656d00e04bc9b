package org.fiscaldisclosure.platform.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Reads an uploaded xlsx workbook into located cells. A body that is not a workbook at all (empty, not a ZIP, an old
 * binary .xls, encrypted, damaged) is refused at once with a 400 problem; a missing sheet is recorded in
 * {@link #problems()} so that all problems of the workbook are reported together. The workbook is read fully into
 * memory and closed before this returns; nothing is written anywhere.
 */
public final class WorkbookReader {

    private final List<String> sheetNames;
    private final List<SheetCells> sheets;
    private final WorkbookProblems problems = new WorkbookProblems();

    private WorkbookReader(List<SheetCells> sheets) {
        this.sheets = sheets;
        this.sheetNames = sheets.stream().map(SheetCells::name).toList();
    }

    /**
     * Opens a workbook; {@code maxBytes} bounds the body, {@link WorkbookLimits} what it unpacks to and its cells (413
     * beyond them, before the workbook is parsed).
     */
    public static WorkbookReader read(byte[] body, long maxBytes) {
        if (body == null || body.length == 0) {
            throw WorkbookProblems.notAWorkbook("请求体为空");
        }
        if (body.length > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        FileMagic magic = magic(body);
        if (magic == FileMagic.OLE2) {
            throw WorkbookProblems.notAWorkbook("文件是旧版 .xls 格式或已加密，请另存为未加密的 .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw WorkbookProblems.notAWorkbook("不是 xlsx 文件（不是 ZIP 格式）");
        }
        WorkbookLimits.check(body);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            List<SheetCells> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(cells(wb.getSheetAt(i)));
            }
            return new WorkbookReader(sheets);
        } catch (IOException | RuntimeException e) {
            throw WorkbookProblems.notAWorkbook("无法读取 xlsx 工作簿（" + reason(e) + "）");
        }
    }

    private static FileMagic magic(byte[] body) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(body))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    public WorkbookProblems problems() {
        return problems;
    }

    public List<String> sheetNames() {
        return sheetNames;
    }

    /** A sheet that may be absent. */
    public Optional<SheetCells> optionalSheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A sheet that must be there; when it is not, a problem is recorded and the answer is empty. */
    public Optional<SheetCells> sheet(String name) {
        Optional<SheetCells> s = optionalSheet(name);
        if (s.isEmpty()) {
            problems.atSheet(name, "缺少工作表（工作簿中有：" + String.join("、", sheetNames) + "）");
        }
        return s;
    }

    private static SheetCells cells(XSSFSheet sheet) {
        List<LocatedCell> located = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                located.add(locate(sheet.getSheetName(), (XSSFCell) cell));
            }
        }
        return new SheetCells(sheet.getSheetName(), located);
    }

    private static LocatedCell locate(String sheet, XSSFCell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> {
                String raw = cell.getRawValue();
                if (raw == null || raw.isBlank()) {
                    yield new LocatedCell(sheet, row, column, LocatedCell.Kind.FORMULA_WITHOUT_RESULT, "", false, false);
                }
                String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
                yield new LocatedCell(sheet, row, column, LocatedCell.Kind.NUMBER, raw.trim(),
                        DateUtil.isCellDateFormatted(cell), format != null && format.contains("%"));
            }
            case STRING -> new LocatedCell(sheet, row, column, LocatedCell.Kind.TEXT,
                    cell.getStringCellValue().strip(), false, false);
            case BOOLEAN -> new LocatedCell(sheet, row, column, LocatedCell.Kind.BOOLEAN,
                    String.valueOf(cell.getBooleanCellValue()), false, false);
            case ERROR -> new LocatedCell(sheet, row, column, LocatedCell.Kind.ERROR, cell.getErrorCellString(), false, false);
            default -> LocatedCell.blank(sheet, row, column);
        };
    }
}
