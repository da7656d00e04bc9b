package org.fiscaldisclosure.disclosure.service.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;
import org.fiscaldisclosure.support.xlsx.FormulaText;

/**
 * The Fiscal Data Package of a version: {@code datapackage.json} (a Frictionless Data Package, profile
 * {@code fiscal-data-package}: {@code countryCode} CN, {@code fiscalPeriod}, a {@code model} whose measures are the
 * amount columns in 元 — {@code currency} CNY, {@code factor} 1, {@code phase} executed, {@code direction} revenue or
 * expenditure — and whose dimensions are the functional and economic classifications as levels 类/款/项 with code and
 * name), one CSV per classified table (the leaf rows of {@link ClassifiedTable}, amounts exact in 元) and
 * {@code projects.csv}, the evaluated projects of Part 4 (code, name, 全年预算数, 全年执行数, 总分). Served as a
 * zip ({@code format=datapackage}) and file by file ({@code …/files/datapackage.json}, {@code …/files/T3.csv}).
 */
@ApplicationScoped
public class DataPackageRendering implements Rendering {

    static final String DESCRIPTOR = "datapackage.json";
    static final String CSV = "text/csv; charset=utf-8";
    static final String PROJECTS = "projects.csv";

    private final ObjectMapper mapper;

    @Inject
    public DataPackageRendering(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
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
        List<RenderedMember> csvs = new ArrayList<>();
        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("profile", "fiscal-data-package");
        pkg.put("name", (d.unitCode() + "-" + d.fiscalYear() + "-final-accounts-v" + d.version()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-"));
        pkg.put("title", input.outline().title() + "（第" + d.version() + "版）");
        pkg.put("version", String.valueOf(d.version()));
        pkg.put("created", d.publishedAt().toString());
        pkg.put("countryCode", "CN");
        pkg.put("currency", "CNY");
        pkg.putObject("fiscalPeriod").put("start", d.fiscalYear() + "-01-01").put("end", d.fiscalYear() + "-12-31");
        pkg.putArray("keywords").add("部门决算").add("决算公开").add(d.unitCode());
        ArrayNode resources = pkg.putArray("resources");
        ObjectNode model = pkg.putObject("model");
        ObjectNode measures = model.putObject("measures");
        ObjectNode dimensions = model.putObject("dimensions");
        Set<String> names = new HashSet<>();
        for (DocumentTables.Placed placed : DocumentTables.of(input.outline())) {
            ClassifiedTable t = ClassifiedTable.of(placed.table());
            if (t == null) {
                continue;
            }
            String stem = unique(placed.table().id().replaceAll("[^A-Za-z0-9._-]", "-"), names);
            String name = stem.toLowerCase(Locale.ROOT);
            String path = stem + ".csv";
            List<String> measureFields = measureFields(t);
            byte[] csv = csv(t, measureFields);
            csvs.add(new RenderedMember(path, CSV, csv));
            resources.add(resource(name, path, placed, t, measureFields, csv));
            for (int i = 0; i < t.measures().size(); i++) {
                Column c = t.measures().get(i);
                measures.putObject(name + "." + measureFields.get(i))
                        .put("resource", name).put("source", measureFields.get(i))
                        .put("title", placed.title() + " " + label(c))
                        .put("currency", "CNY").put("factor", 1)
                        .put("direction", direction(c, placed.table().title())).put("phase", "executed");
            }
            dimension(dimensions, t.classification());
        }
        projects(input, resources, measures, csvs);
        List<RenderedMember> all = new ArrayList<>();
        all.add(new RenderedMember(DESCRIPTOR, "application/json", json(pkg)));
        all.addAll(csvs);
        return all;
    }

    /**
     * {@code projects.csv}: one row per 项目支出绩效自评表 of Part 4 as published (code, name, 全年预算数 and 全年执行数
     * in 元, 总分 and its maximum), when the performance part evaluates any project.
     */
    private void projects(RenderInput input, ArrayNode resources, ObjectNode measures, List<RenderedMember> csvs) {
        com.fasterxml.jackson.databind.JsonNode projects = input.parts() == null ? null
                : input.parts().getOrDefault("performance", mapper.nullNode()).path("part").path("projects");
        if (projects == null || !projects.isArray() || projects.isEmpty()) {
            return;
        }
        StringBuilder s = new StringBuilder();
        line(s, List.of("project_code", "project_name", "annual_budget", "execution", "points", "max_points"));
        for (com.fasterxml.jackson.databind.JsonNode p : projects) {
            com.fasterxml.jackson.databind.JsonNode total = p.path("funds").path("total");
            line(s, List.of(p.path("projectCode").asText(), p.path("name").asText(), number(total.path("annualBudget")),
                    number(total.path("execution")), number(p.path("totalScore").path("points")),
                    number(p.path("totalScore").path("maxPoints"))));
        }
        byte[] csv = s.toString().getBytes(StandardCharsets.UTF_8);
        csvs.add(new RenderedMember(PROJECTS, CSV, csv));
        ObjectNode r = resources.addObject();
        r.put("name", "projects").put("path", PROJECTS).put("title", "项目支出绩效自评表").put("profile", "tabular-data-resource")
                .put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8")
                .put("bytes", csv.length).put("hash", "sha256:" + Renderings.sha256(csv));
        r.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\r\n").put("header", true);
        ArrayNode fields = r.putObject("schema").putArray("fields");
        fields.addObject().put("name", "project_code").put("title", "项目编码").put("type", "string");
        fields.addObject().put("name", "project_name").put("title", "项目名称").put("type", "string");
        fields.addObject().put("name", "annual_budget").put("title", "全年预算数（元）").put("type", "number");
        fields.addObject().put("name", "execution").put("title", "全年执行数（元）").put("type", "number");
        fields.addObject().put("name", "points").put("title", "总分").put("type", "number");
        fields.addObject().put("name", "max_points").put("title", "满分").put("type", "number");
        for (String m : List.of("annual_budget", "execution")) {
            measures.putObject("projects." + m).put("resource", "projects").put("source", m)
                    .put("title", "项目支出绩效自评表 " + (m.equals("execution") ? "全年执行数" : "全年预算数"))
                    .put("currency", "CNY").put("factor", 1).put("direction", "expenditure")
                    .put("phase", m.equals("execution") ? "executed" : "approved");
        }
    }

    /** A number as published (a JSON number or numeric string), empty when absent. */
    private static String number(com.fasterxml.jackson.databind.JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.isNumber() ? n.decimalValue().toPlainString() : n.asText();
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

    static List<String> measureFields(ClassifiedTable t) {
        Set<String> taken = new HashSet<>();
        for (ClassifiedTable.Level l : t.levels()) {
            taken.add(field(t, l, "code"));
            taken.add(field(t, l, "label"));
        }
        return t.measures().stream().map(c -> unique(c.key() == null || c.key().isBlank() ? "amount" : c.key(), taken)).toList();
    }

    static String field(ClassifiedTable t, ClassifiedTable.Level l, String what) {
        return ClassifiedTable.prefix(t.classification()) + "_" + l.key() + "_" + what;
    }

    private ObjectNode resource(String name, String path, DocumentTables.Placed placed, ClassifiedTable t, List<String> measureFields,
                                byte[] csv) {
        ObjectNode r = mapper.createObjectNode();
        r.put("name", name).put("path", path).put("title", placed.title()).put("profile", "tabular-data-resource")
                .put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8")
                .put("bytes", csv.length).put("hash", "sha256:" + Renderings.sha256(csv));
        r.putObject("dialect").put("delimiter", ",").put("lineTerminator", "\r\n").put("header", true);
        ArrayNode fields = r.putObject("schema").putArray("fields");
        for (ClassifiedTable.Level l : t.levels()) {
            fields.addObject().put("name", field(t, l, "code")).put("title", l.name() + "编码").put("type", "string");
            fields.addObject().put("name", field(t, l, "label")).put("title", l.name() + "名称").put("type", "string");
        }
        for (int i = 0; i < measureFields.size(); i++) {
            fields.addObject().put("name", measureFields.get(i)).put("title", label(t.measures().get(i)) + "（元）")
                    .put("type", "number");
        }
        return r;
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

    private static byte[] csv(ClassifiedTable t, List<String> measureFields) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (ClassifiedTable.Level l : t.levels()) {
            header.add(field(t, l, "code"));
            header.add(field(t, l, "label"));
        }
        header.addAll(measureFields);
        line(s, header);
        for (ClassifiedTable.Leaf leaf : t.leaves()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < t.levels().size(); i++) {
                values.add(FormulaText.csv(leaf.codes().get(i)));
                values.add(FormulaText.csv(leaf.labels().get(i)));
            }
            for (BigDecimal a : leaf.amounts()) {
                values.add(a == null ? "" : csvAmount(a));
            }
            line(s, values);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An amount as a CSV states it: exact 元, at least two decimals. */
    static String csvAmount(BigDecimal a) {
        return (a.scale() < 2 ? a.setScale(2) : a).toPlainString();
    }

    private static void line(StringBuilder s, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                s.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                s.append(v);
            }
        }
        s.append("\r\n");
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
