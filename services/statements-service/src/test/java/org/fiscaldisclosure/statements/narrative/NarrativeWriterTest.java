package org.fiscaldisclosure.statements.narrative;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.statements.classification.ClassificationCatalogue;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.tableset.TableSets;
import org.junit.jupiter.api.Test;

/** The narrative's wording follows the data: year on year with reasons, budgets, empty tables, units' kinds. */
class NarrativeWriterTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static ObjectNode clean() throws Exception {
        try (InputStream in = NarrativeWriterTest.class.getResourceAsStream("/clean-final-accounts.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static String text(ObjectNode json) throws Exception {
        FinalAccounts part = JSON.treeToValue(json, FinalAccounts.class);
        StatementFigures f = new StatementFigures(part, TableSets.load().get(part.tableSet()).orElseThrow());
        return NarrativeWriter.write("110102-T", 1, new StatementsContext(2024, f, ClassificationCatalogue.load().view(2024), Optional.empty()))
                .toPlainText();
    }

    @Test
    void anEstablishedUnitComparesWithThePriorYearAndGivesTheStatedReason() throws Exception {
        ObjectNode p = clean();
        p.with("unit").put("newlyEstablished", false);
        p.with("priorYear").with("figures").put("grandTotal", 3000000).put("expenditureTotal", 4000000);
        p.with("priorYear").with("reasons").put("grandTotal", "新增社区工作者招聘项目。")
                .put("expenditureTotal", "项目收尾");
        String text = text(p);
        assertTrue(text.contains("2024年度收、支总计358.64万元，比上年增加58.64万元，增长19.55%，主要原因是新增社区工作者招聘项目。"), text);
        assertTrue(text.contains("比上年减少41.36万元，下降10.34%，主要原因是项目收尾。"), text);
        assertTrue(!text.contains("不与上年比较"), text);
    }

    @Test
    void aBudgetDifferenceIsExplainedWithItsCompletionRate() throws Exception {
        ObjectNode p = clean();
        ((ObjectNode) p.withArray("initialBudget").get(0)).put("initialBudget", 3000000).put("reason", "追加社区工作者招聘经费");
        String text = text(p);
        assertTrue(text.contains("“一般公共服务支出”（类）2024年度年初预算300.00万元，2024年度决算358.64万元，完成年初预算的119.55%，"
                + "决算数与年初预算数存在差异的主要原因是追加社区工作者招聘经费。"), text);
    }

    @Test
    void emptyTablesReadAsTheUnitsChosenWording() throws Exception {
        ObjectNode p = clean();
        assertTrue(text(p).contains("五、政府性基金预算财政拨款支出决算情况说明\n本单位不涉及。"));
        p.with("unit").put("emptyWording", "ZERO");
        String text = text(p);
        assertTrue(text.contains("2024年度政府性基金预算财政拨款支出0万元。"), text);
        assertTrue(text.contains("2024年度国有资本经营预算财政拨款收入总计0万元，国有资本经营预算财政拨款支出总计0万元。"), text);
    }

    @Test
    void threePublicWithFiguresGivesSharesCountsAndTheBudgetComparison() throws Exception {
        ObjectNode p = clean();
        for (var row : p.with("tables").with("threePublic").withArray("rows")) {
            ObjectNode v = (ObjectNode) row.get("values");
            switch (row.get("code").asText()) {
                case "total" -> v.put("budget", 50000).put("actual", 40000);
                case "vehicles", "vehicleOperation" -> v.put("budget", 30000).put("actual", 30000);
                case "reception" -> v.put("budget", 20000).put("actual", 10000);
                default -> { }
            }
        }
        p.with("other").with("threePublicCounts").put("vehiclesHeld", 2).put("receptionBatches", 3).put("receptionPersons", 12);
        String text = text(p);
        assertTrue(text.contains("2024年度“三公”经费财政拨款决算数4.00万元，比年初预算5.00万元减少1.00万元，完成年初预算的80%。"), text);
        // the share of every one of the three items, 公务用车购置及运行费 included
        assertTrue(text.contains("公务用车购置及运行费决算数3.00万元，占“三公”经费的75%（公务用车购置费0万元，公务用车运行费3.00万元）"), text);
        assertTrue(text.contains("公务接待费决算数1.00万元，占“三公”经费的25%"), text);
        assertTrue(text.contains("公务用车保有量2辆；国内公务接待3批次、12人次。"), text);
    }

    @Test
    void onlyAdministrativeUnitsReportOfficeOperatingCosts() throws Exception {
        ObjectNode p = clean();
        assertTrue(text(p).contains("2024年度机关运行经费支出合计8.52万元。"));
        p.with("unit").put("kind", "PUBLIC_INSTITUTION");
        assertTrue(text(p).contains("二、机关运行经费支出情况\n本单位不涉及。"));
    }
}
