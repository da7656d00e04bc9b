package org.fiscaldisclosure.disclosure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fiscaldisclosure.disclosure.DocumentFixture;
import org.junit.jupiter.api.Test;

/** A finding's place said as a person reads the published document, from the address the finding carries. */
class FindingPlaceTest {

    static final DocumentOutline OUTLINE = DocumentFixture.input().outline();

    @Test
    void aStatementCellIsItsPartSectionRowAndColumnHeader() {
        assertEquals("第一部分 二、支出决算表 2010301 行政运行 本年支出 基本支出",
                FindingPlace.of("statements", "T3", "2010301", "basic", OUTLINE));
    }

    @Test
    void anIndicatorIsTheSelfEvaluationFormItsFirstLevelIndicatorAndItsLineUnderIt() {
        assertEquals("第四部分 第1张自评表 效益指标 第1行 得分",
                FindingPlace.of("performance", "/projects/0", "效益指标/社会效益指标/服务满意度", "得分", OUTLINE));
    }

    @Test
    void whatTheDocumentDoesNotHoldIsSaidAsGivenWithoutMachineKeys() {
        assertEquals("政府购买服务支出", FindingPlace.of("procurement", "T12", "政府购买服务支出", "purchasedServicesTotal", OUTLINE));
        assertEquals("第四部分 第3份项目绩效评价报告", FindingPlace.of("performance", "/reports/2", null, null, OUTLINE));
    }
}
