package org.fiscaldisclosure.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the five renderings of a published version back and compares every figure with the version's parity report
 * ({@code …/versions/{v}/parity}): the page's tables as text (jsoup: the k-th table's {@code td.num} cells), the
 * PDF's text (PDFBox: every figure among the words of the whole text, as many times as the tables state it), the
 * workbook's k-th sheet (POI: its numeric cells), the JSON at each figure's pointer, and the data package's CSV lines
 * (read from the zip). The page and the workbook are compared table by table as multisets of figures (two-sided tables
 * are shown side by side, so cell positions differ from the model's); the JSON and the CSVs figure by figure. Answers
 * every difference; none when all five state the same figures.
 */
public final class ParityReadBack {

    /** One difference: the format, the cell id (or the table when the figure cannot be told apart), what was expected and found. */
    public record Mismatch(String format, String cellId, String expected, String found) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParityReadBack() {
    }

    /** @param files the version's files by format: html, pdf, xlsx, json, datapackage (the zip) */
    public static List<Mismatch> check(JsonNode report, Map<String, byte[]> files) {
        List<Mismatch> out = new ArrayList<>();
        List<JsonNode> tables = new ArrayList<>();
        report.path("tables").forEach(tables::add);
        html(tables, files.get("html"), out);
        pdf(tables, files.get("pdf"), out);
        xlsx(tables, files.get("xlsx"), out);
        json(tables, files.get("json"), out);
        datapackage(tables, files.get("datapackage"), out);
        return out;
    }

    private static void html(List<JsonNode> tables, byte[] html, List<Mismatch> out) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Elements shown = page.select("div.table-block table");
        for (JsonNode t : tables) {
            int k = t.path("index").asInt();
            List<String> found = new ArrayList<>();
            if (k < shown.size()) {
                for (Element td : shown.get(k).select("td.num")) {
                    found.add(td.text().strip());
                }
            }
            compare("html", t, found, s -> s, out);
        }
    }

    private static void pdf(List<JsonNode> tables, byte[] pdf, List<Mismatch> out) {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> tokens = List.of(text.split("\\s+"));
        // the whole document's figures: a table's rows may break over pages, so its figures are looked for in all of them
        Map<String, Integer> available = counts(tokens);
        for (JsonNode t : tables) {
            for (JsonNode f : t.path("figures")) {
                String v = f.path("values").path("pdf").asText();
                int left = available.getOrDefault(v, 0);
                if (left == 0) {
                    out.add(new Mismatch("pdf", f.path("cellId").asText(), v, "absent from the PDF text"));
                } else {
                    available.put(v, left - 1);
                }
            }
        }
    }

    private static void xlsx(List<JsonNode> tables, byte[] xlsx, List<Mismatch> out) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (JsonNode t : tables) {
                int k = t.path("index").asInt();
                List<String> found = new ArrayList<>();
                if (k < wb.getNumberOfSheets()) {
                    XSSFSheet sheet = wb.getSheetAt(k);
                    for (Row row : sheet) {
                        row.forEach(c -> {
                            if (c.getCellType() == CellType.NUMERIC) {
                                found.add(((XSSFCell) c).getCTCell().getV());
                            }
                        });
                    }
                }
                compare("xlsx", t, found, ParityReadBack::number, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(List<JsonNode> tables, byte[] json, List<Mismatch> out) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode t : tables) {
            for (JsonNode f : t.path("figures")) {
                String expected = f.path("values").path("json").asText();
                JsonNode at = root.at(f.path("jsonPointer").asText());
                String found = at.isNumber() ? at.decimalValue().toPlainString() : at.isTextual() ? at.asText() : String.valueOf(at);
                if (!sameNumber(expected, found)) {
                    out.add(new Mismatch("json", f.path("cellId").asText(), expected, found));
                }
            }
        }
    }

    private static void datapackage(List<JsonNode> tables, byte[] zip, List<Mismatch> out) {
        Map<String, List<Map<String, String>>> csvs = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".csv")) {
                    csvs.put(e.getName(), CsvRecords.byHeader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode t : tables) {
            for (JsonNode f : t.path("figures")) {
                JsonNode place = f.path("csv");
                if (place.isMissingNode() || place.isNull()) {
                    continue;
                }
                String expected = f.path("values").path("datapackage").asText();
                List<Map<String, String>> lines = csvs.get(place.path("file").asText());
                int line = place.path("line").asInt();
                String found = lines == null || line < 1 || line > lines.size() ? "no such line"
                        : lines.get(line - 1).getOrDefault(place.path("field").asText(), "no such field");
                if (!expected.equals(found)) {
                    out.add(new Mismatch("datapackage", f.path("cellId").asText(), expected, found));
                }
            }
        }
    }

    /** A table's figures as one format shows them against what the report expects, as multisets. */
    private static void compare(String format, JsonNode table, List<String> found, java.util.function.UnaryOperator<String> normal,
                                List<Mismatch> out) {
        Map<String, Integer> left = counts(found.stream().map(normal).toList());
        for (JsonNode f : table.path("figures")) {
            String v = normal.apply(f.path("values").path(format).asText());
            int n = left.getOrDefault(v, 0);
            if (n == 0) {
                out.add(new Mismatch(format, f.path("cellId").asText(), f.path("values").path(format).asText(),
                        "absent from table " + table.path("number").asText()));
            } else {
                left.put(v, n - 1);
            }
        }
        left.forEach((v, n) -> {
            for (int i = 0; i < n; i++) {
                out.add(new Mismatch(format, table.path("part").asText() + "/" + table.path("tableId").asText(), "no such figure", v));
            }
        });
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> m = new LinkedHashMap<>();
        values.forEach(v -> m.merge(v, 1, Integer::sum));
        return m;
    }

    private static String number(String s) {
        try {
            BigDecimal d = new BigDecimal(s.strip()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

}
