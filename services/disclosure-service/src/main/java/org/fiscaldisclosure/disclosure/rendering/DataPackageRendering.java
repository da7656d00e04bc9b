package org.fiscaldisclosure.disclosure.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.part.procurement.FundingSource;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * The open-data package of a version: a Frictionless Tabular Data Package that is also a Fiscal Data Package (v1.0:
 * {@code countryCode} CN, {@code fiscalPeriod}, a {@code model} of measures in 元 and classification dimensions),
 * served as a zip ({@code format=datapackage}) and file by file ({@code …/files/datapackage.json}, {@code …/files/T3.csv}).
 * It holds:
 * <ul>
 *   <li>{@code table-<id>.csv}: every table of the document (表1-表12 and the tables of Part 4) as published, one
 *       line per row with its code, level and side, every column (both sides of 表1 and 表4) with amounts exact in 元;
 *       the table's notes (the statement of an empty table among them) are the resource's description;</li>
 *   <li>{@code <id>.csv}: the leaf rows of each table classified by 功能分类 or 经济分类, with the codes and names of
 *       every level, the measures of the fiscal model;</li>
 *   <li>{@code procurement-by-kind.csv} (政府采购 货物/工程/服务), {@code purchased-services.csv} (the items of
 *       政府购买服务), {@code projects.csv} (the 项目支出绩效自评 scores) and {@code department-evaluation.csv}
 *       (the 部门整体绩效评价 score and grade) when the parts hold them;</li>
 *   <li>{@code data-dictionary.csv}: every field of every resource with its Chinese name, type and unit.</li>
 * </ul>
 * Every CSV is UTF-8 with a byte order mark ({@link OpenDataResource}). The descriptor's {@code profile} is
 * {@code tabular-data-package}, the value the published Fiscal Data Package schema requires, and
 * {@code fiscalDataPackage} names the version of that specification it follows; {@code licenses} is configured.
 */
@ApplicationScoped
public class DataPackageRendering implements Rendering {

    static final String DESCRIPTOR = "datapackage.json";
    static final String CSV = "text/csv; charset=utf-8";
    static final String PROJECTS = "projects.csv";
    static final String DICTIONARY = "data-dictionary.csv";
    /** The Fiscal Data Package version the descriptor follows. */
    public static final String FDP_VERSION = "1.0";

    private final ObjectMapper mapper;
    private final License license;

    /** The licence the package states: an Open Definition identifier, its title and where its text is. */
    public record License(String name, String title, String path) {
    }

    @Inject
    public DataPackageRendering(ObjectMapper mapper,
                                @ConfigProperty(name = "fiscal.open-data.license.name", defaultValue = "CC-BY-4.0") String licenseName,
                                @ConfigProperty(name = "fiscal.open-data.license.title", defaultValue = "Creative Commons Attribution 4.0")
                                String licenseTitle,
                                @ConfigProperty(name = "fiscal.open-data.license.path", defaultValue = "https://creativecommons.org/licenses/by/4.0/")
                                String licensePath) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.license = new License(licenseName, licenseTitle, licensePath);
    }

    /** With the default licence (CC-BY-4.0). */
    public DataPackageRendering(ObjectMapper mapper) {
        this(mapper, "CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/");
    }

    @Override
    public String format() {
        return "datapackage";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public byte[] render(RenderInput input) {
        return zip(members(input), input.document());
    }

    @Override
    public List<RenderedMember> members(RenderInput input) {
        PublishedDocument d = input.document();
        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("profile", "tabular-data-package");
        pkg.putObject("fiscalDataPackage").put("version", FDP_VERSION)
                .put("specification", "https://specs.frictionlessdata.io/fiscal-data-package/");
        pkg.put("name", (d.unitCode() + "-" + d.fiscalYear() + "-final-accounts-v" + d.version()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-"));
        pkg.put("title", input.outline().title() + "（第" + d.version() + "版）");
        pkg.put("description", "部门决算公开的全部表格与明细数据。金额单位：元（精确到分）；CSV 为带 BOM 的 UTF-8 编码。");
        pkg.put("version", String.valueOf(d.version()));
        pkg.put("created", d.publishedAt().toString());
        pkg.put("countryCode", "CN");
        pkg.put("currency", "CNY");
        pkg.putObject("fiscalPeriod").put("start", d.fiscalYear() + "-01-01").put("end", d.fiscalYear() + "-12-31");
        pkg.put("granularity", "aggregated");
        pkg.putArray("keywords").add("部门决算").add("决算公开").add(d.unitCode());
        ArrayNode licenses = pkg.putArray("licenses");
        licenses.addObject().put("name", license.name()).put("title", license.title()).put("path", license.path());
        ObjectNode model = pkg.putObject("model");
        ObjectNode measures = model.putObject("measures");
        ObjectNode dimensions = model.putObject("dimensions");

        List<OpenDataResource> resources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DocumentTables.Placed placed : DocumentTables.of(input.outline())) {
            String id = placed.table().id().replaceAll("[^A-Za-z0-9._-]", "-");
            resources.add(wholeTable(placed, unique("table-" + id, names)));
        }
        for (DocumentTables.Placed placed : DocumentTables.of(input.outline())) {
            ClassifiedTable t = ClassifiedTable.of(placed.table());
            if (t == null) {
                continue;
            }
            String stem = unique(placed.table().id().replaceAll("[^A-Za-z0-9._-]", "-"), names);
            OpenDataResource r = classified(placed, t, stem);
            resources.add(r);
            int first = t.levels().size() * 2;
            for (int i = 0; i < t.measures().size(); i++) {
                Column c = t.measures().get(i);
                String field = r.fields.get(first + i).name();
                measure(measures, r.name, field, placed.title() + " " + label(c), direction(c, placed.table().title()), "executed");
            }
            dimension(dimensions, t.classification());
        }
        JsonNode procurement = part(input, "procurement");
        addIfAny(resources, procurementByKind(procurement.path("procurement")), measures);
        addIfAny(resources, purchasedServices(procurement.path("purchasedServices")), measures);
        JsonNode performance = part(input, "performance");
        addIfAny(resources, projects(performance.path("projects")), measures);
        addIfAny(resources, department(performance.path("department")), measures);
        resources.add(dictionary(resources));

        ArrayNode descriptors = pkg.putArray("resources");
        List<RenderedMember> csvs = new ArrayList<>();
        for (OpenDataResource r : resources) {
            byte[] csv = r.csv();
            csvs.add(new RenderedMember(r.path, CSV, csv));
            descriptors.add(descriptor(r, csv));
        }
        List<RenderedMember> all = new ArrayList<>();
        all.add(new RenderedMember(DESCRIPTOR, "application/json", json(pkg)));
        all.addAll(csvs);
        return all;
    }

    private static void addIfAny(List<OpenDataResource> resources, OpenDataResource r, ObjectNode measures) {
        if (r == null) {
            return;
        }
        resources.add(r);
        for (OpenDataResource.Field f : r.fields) {
            if ("元".equals(f.unit())) {
                measure(measures, r.name, f.name(), r.title + " " + f.title().replace("（元）", ""), "expenditure",
                        f.name().equals("annual_budget") ? "approved" : "executed");
            }
        }
    }

    private static void measure(ObjectNode measures, String resource, String field, String title, String direction, String phase) {
        measures.putObject(resource + "." + field).put("resource", resource).put("source", field).put("title", title)
                .put("currency", "CNY").put("factor", 1).put("direction", direction).put("phase", phase);
    }

    /** The part's payload as published ({@code part} of the stored part), a missing node when absent. */
    private JsonNode part(RenderInput input, String key) {
        return input.parts() == null || input.parts().get(key) == null ? mapper.missingNode()
                : input.parts().get(key).path("part");
    }

    /**
     * A table as published: a line per row with its code, its classification level and its side (when the table is
     * printed in two sides as rows), then one field per column; a column holding no text is a number (amounts in 元,
     * percentages as the number before {@code %}), else a string. A cell spanning several columns fills the first.
     */
    static OpenDataResource wholeTable(DocumentTables.Placed placed, String stem) {
        DocumentTable t = placed.table();
        String description = String.join("\n", t.notes());
        OpenDataResource r = new OpenDataResource(stem.toLowerCase(Locale.ROOT), stem + ".csv",
                placed.number() + " " + placed.title() + (t.code() == null ? "" : "（" + t.code() + "）"),
                description.isBlank() ? null : description);
        int width = t.columns().size();
        List<Cell[]> placedCells = new ArrayList<>();
        boolean sides = false;
        for (TableRow row : t.rows()) {
            Cell[] cells = new Cell[width];
            int c = 0;
            for (Cell cell : row.cells()) {
                if (c < width) {
                    cells[c] = cell;
                }
                c += cell.colspan();
            }
            placedCells.add(cells);
            sides |= row.side() != null;
        }
        r.field("row_code", "行编码", "string", null);
        r.field("row_level", "分类级次（1类 2款 3项，0非分类行）", "integer", null);
        if (sides) {
            r.field("row_side", "所在侧（收入/支出等）", "string", null);
        }
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean text = false;
            boolean amount = false;
            boolean percent = false;
            for (Cell[] cells : placedCells) {
                Cell cell = cells[c];
                if (cell == null) {
                    continue;
                }
                text |= cell.kind() == CellKind.TEXT;
                amount |= cell.kind() == CellKind.AMOUNT;
                percent |= cell.kind() == CellKind.PERCENT;
            }
            Column column = t.columns().get(c);
            String unit = text ? null : amount ? "元" : percent ? "%" : null;
            r.field(OpenDataResource.slug(column.key() == null || column.key().isBlank() ? "column_" + (c + 1) : column.key()),
                    label(column) + (unit == null ? "" : "（" + unit + "）"), text ? "string" : "number", unit);
            numeric.add(!text);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            TableRow row = t.rows().get(i);
            List<String> values = new ArrayList<>();
            values.add(OpenDataResource.text(row.code()));
            values.add(String.valueOf(row.level()));
            if (sides) {
                values.add(OpenDataResource.text(row.side()));
            }
            Cell[] cells = placedCells.get(i);
            for (int c = 0; c < width; c++) {
                values.add(value(cells[c]));
            }
            r.row(values);
        }
        return r;
    }

    private static String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.kind()) {
            case TEXT -> OpenDataResource.text(cell.text());
            case AMOUNT -> OpenDataResource.yuan(cell.value());
            case NUMBER, PERCENT -> OpenDataResource.number(cell.value());
            case EMPTY -> "";
        };
    }

    /** The leaf rows of a classified table with the code and name of every level and its amounts in 元. */
    private static OpenDataResource classified(DocumentTables.Placed placed, ClassifiedTable t, String stem) {
        OpenDataResource r = new OpenDataResource(stem.toLowerCase(Locale.ROOT), stem + ".csv",
                placed.title() + "（末级科目）", "按" + (t.classification() == Classification.FUNCTIONAL ? "支出功能分类" : "支出经济分类")
                + "末级科目列示，各级科目编码与名称并列；金额单位：元。");
        for (ClassifiedTable.Level l : t.levels()) {
            r.field(field(t, l, "code"), l.name() + "编码", "string", null);
            r.field(field(t, l, "label"), l.name() + "名称", "string", null);
        }
        List<String> measureFields = measureFields(t);
        for (int i = 0; i < t.measures().size(); i++) {
            r.field(measureFields.get(i), label(t.measures().get(i)) + "（元）", "number", "元");
        }
        for (ClassifiedTable.Leaf leaf : t.leaves()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < t.levels().size(); i++) {
                values.add(OpenDataResource.text(leaf.codes().get(i)));
                values.add(OpenDataResource.text(leaf.labels().get(i)));
            }
            for (BigDecimal a : leaf.amounts()) {
                values.add(csvAmount(a));
            }
            r.row(values);
        }
        return r;
    }

    /**
     * 政府采购 by kind (货物, 工程, 服务): the stated figure, or when the contracts are listed and the figure is not
     * stated, the sum of the contracts of that kind.
     */
    static OpenDataResource procurementByKind(JsonNode gp) {
        if (gp.isMissingNode() || gp.isNull()) {
            return null;
        }
        OpenDataResource r = new OpenDataResource("procurement-by-kind", "procurement-by-kind.csv", "政府采购支出（按采购品目类别）",
                "表11 政府采购情况表的货物、工程、服务支出；未直接填报时为所列合同金额之和。金额单位：元。");
        r.field("kind_code", "采购品目类别代码", "string", null);
        r.field("kind", "采购品目类别", "string", null);
        r.field("amount", "政府采购支出（元）", "number", "元");
        for (ProcurementCategory k : ProcurementCategory.values()) {
            String key = switch (k) {
                case GOODS -> "goods";
                case WORKS -> "works";
                case SERVICES -> "services";
            };
            BigDecimal amount = ExactJson.decimal(gp.path(key));
            if (amount == null && gp.path("contracts").isArray()) {
                amount = BigDecimal.ZERO.setScale(2);
                for (JsonNode c : gp.path("contracts")) {
                    BigDecimal a = ExactJson.decimal(c.path("amount"));
                    if (k.name().equals(c.path("category").asText()) && a != null) {
                        amount = amount.add(a);
                    }
                }
            }
            r.row(List.of(k.name(), k.label(), OpenDataResource.yuan(amount)));
        }
        return r;
    }

    /** The items of 政府购买服务 (表12), when listed. */
    static OpenDataResource purchasedServices(JsonNode ps) {
        if (!ps.path("items").isArray()) {
            return null;
        }
        OpenDataResource r = new OpenDataResource("purchased-services", "purchased-services.csv", "政府购买服务项目",
                "表12 政府购买服务的项目明细。金额单位：元。");
        r.field("project", "项目名称（购买服务内容）", "string", null);
        r.field("project_code", "所属预算项目编码", "string", null);
        r.field("catalogue_category", "政府购买服务指导性目录类别", "string", null);
        r.field("provider", "承接主体", "string", null);
        r.field("funding_source", "资金来源", "string", null);
        r.field("amount", "决算金额（元）", "number", "元");
        for (JsonNode i : ps.path("items")) {
            String source = i.path("fundingSource").asText("");
            String sourceLabel = source;
            for (FundingSource f : FundingSource.values()) {
                if (f.name().equals(source)) {
                    sourceLabel = f.label();
                }
            }
            r.row(List.of(OpenDataResource.text(textOrNull(i.path("project"))), OpenDataResource.text(textOrNull(i.path("projectCode"))),
                    OpenDataResource.text(textOrNull(i.path("catalogueCategory"))), OpenDataResource.text(textOrNull(i.path("provider"))),
                    OpenDataResource.text(sourceLabel), OpenDataResource.yuan(ExactJson.decimal(i.path("amount")))));
        }
        return r;
    }

    /** One row per 项目支出绩效自评表 of Part 4 as published: code, name, 全年预算数 and 全年执行数 in 元, 总分 and its maximum. */
    static OpenDataResource projects(JsonNode projects) {
        if (!projects.isArray() || projects.isEmpty()) {
            return null;
        }
        OpenDataResource r = new OpenDataResource("projects", PROJECTS, "项目支出绩效自评表",
                "第四部分各项目支出绩效自评表的资金与总分，照公开文本。金额单位：元；得分单位：分。");
        r.field("project_code", "项目编码", "string", null);
        r.field("project_name", "项目名称", "string", null);
        r.field("annual_budget", "全年预算数（元）", "number", "元");
        r.field("execution", "全年执行数（元）", "number", "元");
        r.field("points", "总分", "number", "分");
        r.field("max_points", "满分", "number", "分");
        for (JsonNode p : projects) {
            JsonNode total = p.path("funds").path("total");
            r.row(List.of(OpenDataResource.text(textOrNull(p.path("projectCode"))), OpenDataResource.text(textOrNull(p.path("name"))),
                    OpenDataResource.yuan(ExactJson.decimal(total.path("annualBudget"))), OpenDataResource.yuan(ExactJson.decimal(total.path("execution"))),
                    OpenDataResource.number(ExactJson.decimal(p.path("totalScore").path("points"))),
                    OpenDataResource.number(ExactJson.decimal(p.path("totalScore").path("maxPoints")))));
        }
        return r;
    }

    /** The 部门整体绩效评价: its score and grade as published. */
    static OpenDataResource department(JsonNode department) {
        if (department.isMissingNode() || department.isNull() || department.path("score").isMissingNode()) {
            return null;
        }
        OpenDataResource r = new OpenDataResource("department-evaluation", "department-evaluation.csv", "部门整体绩效评价",
                "部门整体绩效评价的得分与等级，照公开文本。得分单位：分。");
        r.field("score", "评价得分", "number", "分");
        r.field("grade", "评价等级", "string", null);
        r.field("self_evaluation_table_published", "部门整体绩效自评表是否公布", "string", null);
        JsonNode published = department.path("selfEvaluationTablePublished");
        r.row(List.of(OpenDataResource.number(ExactJson.decimal(department.path("score"))), OpenDataResource.text(textOrNull(department.path("grade"))),
                published.isBoolean() ? (published.asBoolean() ? "是" : "否") : ""));
        return r;
    }

    /** Every field of every resource: resource, field, Chinese name, type, unit. */
    static OpenDataResource dictionary(List<OpenDataResource> resources) {
        OpenDataResource d = new OpenDataResource("data-dictionary", DICTIONARY, "数据字典",
                "本数据包每个文件的每个字段：字段名、中文名称、类型与计量单位。");
        d.field("resource", "资源（文件）名", "string", null);
        d.field("file", "文件", "string", null);
        d.field("field", "字段名", "string", null);
        d.field("title", "中文名称", "string", null);
        d.field("type", "类型", "string", null);
        d.field("unit", "计量单位", "string", null);
        for (OpenDataResource r : resources) {
            for (OpenDataResource.Field f : r.fields) {
                d.row(List.of(r.name, r.path, f.name(), OpenDataResource.text(f.title()), f.type(), f.unit() == null ? "" : f.unit()));
            }
        }
        for (OpenDataResource.Field f : d.fields) {
            d.row(List.of(d.name, d.path, f.name(), OpenDataResource.text(f.title()), f.type(), ""));
        }
        return d;
    }

    private ObjectNode descriptor(OpenDataResource r, byte[] csv) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", r.name).put("path", r.path).put("title", r.title);
        if (r.description != null) {
            o.put("description", r.description);
        }
        o.put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8")
                .put("bytes", csv.length).put("hash", "sha256:" + Renderings.sha256(csv));
        o.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\r\n").put("header", true).put("doubleQuote", true);
        ArrayNode fields = o.putObject("schema").putArray("fields");
        for (OpenDataResource.Field f : r.fields) {
            ObjectNode field = fields.addObject().put("name", f.name()).put("title", f.title()).put("type", f.type());
            if (f.unit() != null) {
                field.put("description", "单位：" + f.unit());
            }
        }
        return o;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    static String unique(String name, Set<String> taken) {
        String n = name;
        for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
            n = name + "-" + i;
        }
        return n;
    }

    static String label(Column c) {
        return c.group() == null || c.group().isBlank() ? c.label() : c.group() + " " + c.label();
    }

    /** Revenue for an income column (收入 in its label or group, or in an income table's title), else expenditure. */
    static String direction(Column c, String tableTitle) {
        String text = label(c);
        if (text.contains("收入")) {
            return "revenue";
        }
        if (text.contains("支出")) {
            return "expenditure";
        }
        return tableTitle != null && tableTitle.contains("收入") && !tableTitle.contains("支出") ? "revenue" : "expenditure";
    }

    /**
     * The CSV field of each amount column of a classified table: the column's key ({@code amount} when it has none),
     * with {@code _amount} added when a level's field has that name. The parity report finds its figures by them.
     */
    static List<String> measureFields(ClassifiedTable t) {
        Set<String> levelFields = new HashSet<>();
        for (ClassifiedTable.Level l : t.levels()) {
            levelFields.add(field(t, l, "code"));
            levelFields.add(field(t, l, "label"));
        }
        return t.measures().stream().map(c -> {
            String key = c.key() == null || c.key().isBlank() ? "amount" : c.key();
            return levelFields.contains(key) ? key + "_amount" : key;
        }).toList();
    }

    /** An amount as the data package's CSVs state it: exact 元, at least two decimals. */
    static String csvAmount(BigDecimal a) {
        return OpenDataResource.yuan(a);
    }

    static String field(ClassifiedTable t, ClassifiedTable.Level l, String what) {
        return ClassifiedTable.prefix(t.classification()) + "_" + l.key() + "_" + what;
    }

    private static void dimension(ObjectNode dimensions, Classification c) {
        String name = c == Classification.FUNCTIONAL ? "functional-classification" : "economic-classification";
        if (dimensions.has(name)) {
            return;
        }
        ObjectNode d = dimensions.putObject(name);
        d.put("title", c == Classification.FUNCTIONAL ? "支出功能分类科目" : "部门预算支出经济分类科目");
        d.put("dimensionType", "classification");
        d.put("classificationType", c == Classification.FUNCTIONAL ? "functional" : "economic");
        ObjectNode attributes = d.putObject("attributes");
        ArrayNode key = d.putArray("primaryKey");
        String parent = null;
        String prefix = ClassifiedTable.prefix(c);
        for (ClassifiedTable.Level l : ClassifiedTable.levels(c)) {
            String code = l.key() + "_code";
            ObjectNode a = attributes.putObject(code).put("source", prefix + "_" + code).put("title", l.name() + "编码");
            if (parent != null) {
                a.put("parent", parent);
            }
            attributes.putObject(l.key() + "_label").put("source", prefix + "_" + l.key() + "_label").put("title", l.name() + "名称")
                    .put("labelfor", code);
            key.add(code);
            parent = code;
        }
    }

    private byte[] json(ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip(List<RenderedMember> members, PublishedDocument d) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (RenderedMember m : members) {
                ZipEntry e = new ZipEntry(m.name());
                e.setTime(d.publishedAt().toEpochMilli());
                zip.putNextEntry(e);
                zip.write(m.content());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
