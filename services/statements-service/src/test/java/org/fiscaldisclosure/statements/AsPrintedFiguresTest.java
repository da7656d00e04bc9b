package org.fiscaldisclosure.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.NarrativeWriter;
import org.junit.jupiter.api.Test;

/**
 * Figures transcribed from a document printed in 万元 keep their printed totals: the page and the narrative quote the
 * official total, and its gap from the printed items is an INFO within 0.01 万元 per item, a WARNING beyond; figures
 * entered in 元 keep the computed totals.
 */
class AsPrintedFiguresTest {

    static StatementsContext context(ObjectNode json) throws Exception {
        FinalAccounts part = RuleCatalogueTest.JSON.treeToValue(json, FinalAccounts.class);
        return new StatementsContext(2024, new StatementFigures(part, RuleCatalogueTest.SETS.get(part.tableSet()).orElseThrow()),
                RuleCatalogueTest.SHIPPED, Optional.empty());
    }

    static ObjectNode printed(int statedIncomeTotal) throws Exception {
        ObjectNode p = RuleCatalogueTest.clean();
        p.put("figureBasis", "WAN_YUAN_AS_PRINTED");
        RuleCatalogueTest.cell(p, "summary", "incomeTotal").put("amount", statedIncomeTotal);
        return p;
    }

    static Finding incomeTotalFinding(ObjectNode p) throws Exception {
        List<Finding> findings = RuleCatalogueTest.RULES.check(context(p));
        return findings.stream().filter(f -> f.ruleId().equals("ST-T1-001")).findFirst().orElseThrow();
    }

    @Test
    void aPrintedTotalOneFenOfWanAboveItsItemsIsKeptAndNotedAsInfo() throws Exception {
        ObjectNode p = printed(3586500); // the items add up to 358.64 万元, the total is printed as 358.65 万元
        Finding f = incomeTotalFinding(p);
        assertEquals("INFO", f.severity().name());
        assertEquals(0, f.difference().compareTo(new java.math.BigDecimal("100")));
        StatementsContext ctx = context(p);
        assertEquals(0, ctx.figures().publishedIncomeTotal().yuan().compareTo(new java.math.BigDecimal("3586500")));
        String text = NarrativeWriter.write("110102-T", 1, ctx).toPlainText();
        assertTrue(text.contains("本年收入合计358.65万元"), text);
    }

    @Test
    void aPrintedTotalBeyondTheToleranceIsAWarningNeverFatal() throws Exception {
        // 8 printed sources: tolerance 8 × 0.01 万元 = 800 元; 1,000 元 is beyond it
        assertEquals("WARNING", incomeTotalFinding(printed(3587400)).severity().name());
        assertEquals("INFO", incomeTotalFinding(printed(3587200)).severity().name());
    }

    @Test
    void figuresEnteredInYuanKeepTheComputedTotal() throws Exception {
        ObjectNode p = printed(3587400);
        p.remove("figureBasis");
        assertEquals("FATAL", incomeTotalFinding(p).severity().name());
        StatementsContext ctx = context(p);
        assertEquals(0, ctx.figures().publishedIncomeTotal().yuan().compareTo(new java.math.BigDecimal("3586400")));
        assertTrue(NarrativeWriter.write("110102-T", 1, ctx).toPlainText().contains("本年收入合计358.64万元"));
    }
}
