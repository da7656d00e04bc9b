package org.fiscaldisclosure.statements.classification;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.catalogue.CatalogueEdition;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.xlsx.LocatedCell;
import org.fiscaldisclosure.platform.xlsx.SheetCells;
import org.fiscaldisclosure.platform.xlsx.WorkbookProblems;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;

/**
 * Reads a catalogue file in the official layout: a header row with 科目编码 and 科目名称 (and, where a code replaces
 * one of the year before, 上年科目编码), then one row per entry; as CSV (UTF-8) or as the first sheet of an XLSX
 * workbook. Every problem is located: a CSV line and column ({@code 第5行/科目编码}) or a cell ({@code Sheet1!A5}).
 */
public final class CatalogueFiles {

    public static final String CODE = "科目编码";
    public static final String NAME = "科目名称";
    public static final String PREVIOUS = "上年科目编码";
    private static final Pattern ENTRY = Pattern.compile("/entries/(\\d+)/code");
    private static final Pattern CHANGE = Pattern.compile("/changes/(\\d+)/(previousCode|code)");

    private CatalogueFiles() {
    }

    /** One row of the file and where it is. */
    private record Row(String code, String name, String previous, String codeAt, String nameAt, String previousAt) {
    }

    public static CatalogueEdition csv(byte[] body, int year, ClassificationScheme scheme, boolean complete, String source) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("不是有效的 CSV 文件", List.of(new FieldError("", "无法读取 CSV：" + e.getMessage())));
        }
        List<FieldError> errors = new ArrayList<>();
        int header = -1;
        int code = -1;
        int name = -1;
        int previous = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            List<String> cells = trimmed(lines.get(i));
            if (cells.contains(CODE) && cells.contains(NAME)) {
                header = i;
                code = cells.indexOf(CODE);
                name = cells.indexOf(NAME);
                previous = cells.indexOf(PREVIOUS);
            }
        }
        if (header < 0) {
            throw ProblemException.invalid("CSV 文件缺少表头", List.of(new FieldError("第1行", "找不到含“" + CODE + "”和“" + NAME + "”的表头行")));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            List<String> cells = trimmed(lines.get(i));
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String line = "第" + (i + 1) + "行/";
            rows.add(new Row(cell(cells, code), cell(cells, name), previous < 0 ? "" : cell(cells, previous),
                    line + CODE, line + NAME, line + PREVIOUS));
        }
        return edition(rows, errors, year, scheme, complete, source);
    }

    public static CatalogueEdition xlsx(byte[] body, long maxBytes, int year, ClassificationScheme scheme, boolean complete,
                                        String source) {
        WorkbookReader workbook = WorkbookReader.read(body, maxBytes);
        SheetCells sheet = workbook.optionalSheet(workbook.sheetNames().isEmpty() ? "" : workbook.sheetNames().get(0))
                .orElseThrow(() -> WorkbookProblems.notAWorkbook("工作簿没有工作表"));
        WorkbookProblems problems = workbook.problems();
        Optional<SheetCells.Header> header = sheet.header(List.of(CODE, NAME), problems);
        problems.throwIfAny();
        int code = header.get().column(CODE);
        int name = header.get().column(NAME);
        Optional<LocatedCell> prevHeader = sheet.find(PREVIOUS).filter(c -> c.row() == header.get().row());
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int r = header.get().row() + 1; r <= sheet.lastRow(); r++) {
            LocatedCell c = sheet.at(r, code);
            LocatedCell n = sheet.at(r, name);
            LocatedCell p = prevHeader.isPresent() ? sheet.at(r, prevHeader.get().column()) : null;
            if (c.isBlank() && n.isBlank() && (p == null || p.isBlank())) {
                continue;
            }
            rows.add(new Row(text(c), text(n), p == null ? "" : text(p), c.field(), n.field(), p == null ? "" : p.field()));
        }
        return edition(rows, errors, year, scheme, complete, source);
    }

    private static CatalogueEdition edition(List<Row> rows, List<FieldError> errors, int year, ClassificationScheme scheme,
                                            boolean complete, String source) {
        List<CatalogueEdition.Entry> entries = new ArrayList<>();
        List<Row> entryRows = new ArrayList<>();
        List<CatalogueEdition.Change> changes = new ArrayList<>();
        List<Row> changeRows = new ArrayList<>();
        for (Row r : rows) {
            boolean ok = true;
            if (!r.code().matches("[0-9]+")) {
                errors.add(new FieldError(r.codeAt(), r.code().isEmpty() ? "缺少科目编码" : "科目编码“" + r.code() + "”应为数字"));
                ok = false;
            }
            if (r.name().isEmpty()) {
                errors.add(new FieldError(r.nameAt(), "缺少科目名称"));
                ok = false;
            } else if (r.name().length() > 200) {
                errors.add(new FieldError(r.nameAt(), "科目名称超过 200 字"));
                ok = false;
            }
            if (!r.previous().isEmpty() && !r.previous().matches("[0-9]+")) {
                errors.add(new FieldError(r.previousAt(), "上年科目编码“" + r.previous() + "”应为数字"));
                ok = false;
            }
            if (!ok) {
                continue;
            }
            entries.add(new CatalogueEdition.Entry(r.code(), r.name()));
            entryRows.add(r);
            if (!r.previous().isEmpty()) {
                changes.add(new CatalogueEdition.Change(r.previous(), r.code()));
                changeRows.add(r);
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError(CODE, "文件中没有科目"));
        }
        CatalogueEdition edition = new CatalogueEdition(year, scheme, complete, source, entries, changes);
        for (FieldError e : CatalogueStore.errors(edition)) {
            errors.add(relocate(e, entryRows, changeRows));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " 处目录内容不符合要求，未载入任何内容", errors);
        }
        return edition;
    }

    private static FieldError relocate(FieldError e, List<Row> entryRows, List<Row> changeRows) {
        Matcher m = ENTRY.matcher(e.field());
        if (m.matches()) {
            return new FieldError(entryRows.get(Integer.parseInt(m.group(1))).codeAt(), e.message());
        }
        m = CHANGE.matcher(e.field());
        if (m.matches()) {
            Row r = changeRows.get(Integer.parseInt(m.group(1)));
            return new FieldError("code".equals(m.group(2)) ? r.codeAt() : r.previousAt(), e.message());
        }
        return e;
    }

    private static String text(LocatedCell c) {
        if (c.isBlank()) {
            return "";
        }
        String t = c.text().strip();
        // a code typed as a number (e.g. 2050101) reads as "2050101" or "2050101.0"
        return c.kind() == LocatedCell.Kind.NUMBER && t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }

    private static List<String> trimmed(String[] cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c == null ? "" : c.replace('\u3000', ' ').strip());
        }
        return out;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    private static String utf8(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("请求体为空", List.of(new FieldError("", "请求体为空")));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("CSV 文件不是 UTF-8 编码", List.of(new FieldError("",
                    "CSV 文件应为 UTF-8 编码（GBK 等编码请另存为 UTF-8）")));
        }
    }
}
