package org.fiscaldisclosure.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;

/**
 * Documents the path, query and header parameters of every service in one place, by name: their Chinese description,
 * their type (the year, revision and version are integers, whatever the Java parameter type) and the pattern or range
 * the service checks, so that each resource does not repeat them. A description given at the parameter stays.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ParameterDescriptionsFilter implements OASFilter {

    private record Doc(String description, Supplier<Schema> schema) {
    }

    private static final String REGION_PATTERN = "^[0-9]{6}$";

    private static final Map<String, Doc> PATH = Map.ofEntries(
            Map.entry("unitCode", new Doc("单位编码：6位行政区划代码、连字符和单位自己的代码（大写字母和数字），如 110102-SWD",
                    () -> text(UnitCode.PATTERN))),
            Map.entry("year", new Doc("决算年度（" + FiscalYear.MIN + "-" + FiscalYear.MAX + "）", ParameterDescriptionsFilter::year)),
            Map.entry("revision", new Doc("修订版本号（第几次提交，从 1 起）", () -> integer(1, null).format("int64"))),
            Map.entry("version", new Doc("公开版本号（从 1 起）", () -> integer(1, 999_999_999))),
            Map.entry("other", new Doc("与之比较的另一个公开版本号（从 1 起）", () -> integer(1, 999_999_999))),
            Map.entry("regionCode", new Doc("行政区划代码（6位数字），如 110102", () -> text(REGION_PATTERN))),
            Map.entry("projectCode", new Doc("项目编码（本系统为项目定的稳定编码，如 P01）",
                    () -> text("^" + ProjectEvaluation.PROJECT_CODE + "$").maxLength(64))),
            Map.entry("scheme", new Doc("分类方案：func 支出功能分类、econ_dept 部门预算支出经济分类、econ_gov 政府预算支出经济分类",
                    () -> choice("func", "econ_dept", "econ_gov"))),
            Map.entry("code", new Doc("科目编码，如 2013901", () -> text(null))),
            Map.entry("id", new Doc("表套编号，如 beijing-2024", () -> text(null))),
            Map.entry("chart", new Doc("图表：income-by-source 收入决算、expenditure-by-use 支出决算、general-budget-by-class "
                    + "一般公共预算财政拨款支出（按类）", () -> choice("income-by-source", "expenditure-by-use", "general-budget-by-class"))),
            Map.entry("name", new Doc("数据包中的文件名：datapackage.json，或其中列出的某表 CSV（如 T3.csv）",
                    () -> text("^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$"))));

    private static final Map<String, Doc> QUERY = Map.ofEntries(
            Map.entry("year", new Doc("决算年度（" + FiscalYear.MIN + "-" + FiscalYear.MAX + "）", ParameterDescriptionsFilter::year)),
            Map.entry("region", new Doc("行政区划代码（6位数字）：只列出该地区的单位", () -> text(REGION_PATTERN))),
            Map.entry("page", new Doc("页码，从 0 起", () -> integer(0, null).defaultValue(0))),
            Map.entry("size", new Doc("每页条数（1-500）", () -> integer(1, 500).defaultValue(50))),
            Map.entry("status", new Doc("公开状态", () -> choice("DRAFT", "APPROVED", "PUBLISHED", "UPDATED_SINCE_PUBLICATION"))),
            Map.entry("completeness", new Doc("三部分是否齐全", () -> choice("COMPLETE", "INCOMPLETE"))),
            Map.entry("format", new Doc("文件格式", () -> choice("json", "html", "pdf", "xlsx", "datapackage"))),
            Map.entry("scheme", new Doc("分类方案：func 支出功能分类、econ_dept 部门预算支出经济分类、econ_gov 政府预算支出经济分类",
                    () -> choice("func", "econ_dept", "econ_gov"))),
            Map.entry("profile", new Doc("评分方案编号（见 scoring-profiles）；省略则按年度和地区选用", () -> text(null))),
            Map.entry("deadline", new Doc("按时公开的期限（yyyy-MM-dd，含当日）", () -> text(null).format("date"))));

    private static final Map<String, Doc> HEADER = Map.of(
            "If-Match", new Doc("当前修订版本的 ETag（如 \"3\"）：不是当前版本时 412，什么也不改；省略则不检查",
                    () -> text("^\"[0-9]+\"$|^\\*$")));

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getName() == null || parameter.getIn() == null) {
            return parameter;
        }
        Doc doc = switch (parameter.getIn()) {
            case PATH -> PATH.get(parameter.getName());
            case QUERY -> QUERY.get(parameter.getName());
            case HEADER -> HEADER.get(parameter.getName());
            default -> null;
        };
        if (doc != null) {
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.setDescription(doc.description());
            }
            parameter.setSchema(doc.schema().get());
        }
        return parameter;
    }

    private static Schema year() {
        return integer(FiscalYear.MIN, FiscalYear.MAX);
    }

    private static Schema integer(Integer min, Integer max) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32");
        if (min != null) {
            s.minimum(BigDecimal.valueOf(min));
        }
        if (max != null) {
            s.maximum(BigDecimal.valueOf(max));
        }
        return s;
    }

    private static Schema text(String pattern) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return pattern == null ? s : s.pattern(pattern);
    }

    private static Schema choice(String... values) {
        return text(null).enumeration(List.of((Object[]) values));
    }
}
