package org.fiscaldisclosure.statements.service;

import java.util.List;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.IncomeExpenditureTable;
import org.fiscaldisclosure.contracts.part.statements.StatedTotals;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.support.validation.Checks;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The statements part's rule catalogue (DOMAIN §2). */
public final class FinalAccountsRules {

    static final String PART = "final-accounts";
    private static final String T1 = "T1";
    private static final StatedTotals NONE = new StatedTotals(null, null, null, null);

    private FinalAccountsRules() {
    }

    public static RuleCatalogue<FinalAccounts> catalogue() {
        return new RuleCatalogue<FinalAccounts>()
                .register("ST-T1-001", Severity.FATAL, "合计", List.of(T1),
                        "表1 本年收入合计应等于八项收入之和",
                        (rule, fa) -> Checks.statedEquals(rule, PART, "本年收入合计", "金额",
                                stated(fa).incomeTotal(), fa.table1().income().total()))
                .register("ST-T1-002", Severity.FATAL, "合计", List.of(T1),
                        "表1 本年支出合计应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和",
                        (rule, fa) -> Checks.statedEquals(rule, PART, "本年支出合计", "金额",
                                stated(fa).expenditureTotal(), fa.table1().expenditure().total()))
                .register("ST-T1-003", Severity.FATAL, "合计", List.of(T1),
                        "表1 收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和",
                        (rule, fa) -> Checks.statedEquals(rule, PART, "收入总计", "金额",
                                stated(fa).grandIncomeTotal(), fa.table1().grandIncomeTotal()))
                .register("ST-T1-004", Severity.FATAL, "合计", List.of(T1),
                        "表1 支出总计应等于本年支出合计、结余分配与年末结转和结余之和",
                        (rule, fa) -> Checks.statedEquals(rule, PART, "支出总计", "金额",
                                stated(fa).grandExpenditureTotal(), fa.table1().grandExpenditureTotal()))
                .register("ST-T1-005", Severity.FATAL, "平衡", List.of(T1),
                        "表1 收入总计应等于支出总计",
                        (rule, fa) -> balance(rule, fa.table1()));
    }

    private static StatedTotals stated(FinalAccounts fa) {
        return fa.table1().stated() == null ? NONE : fa.table1().stated();
    }

    private static List<Finding> balance(org.fiscaldisclosure.contracts.validation.RuleDefinition rule, IncomeExpenditureTable t) {
        if (t.grandIncomeTotal().equals(t.grandExpenditureTotal())) {
            return List.of();
        }
        return List.of(Finding.compared(rule, PART, "收入总计", "金额", t.grandIncomeTotal().yuan(),
                t.grandExpenditureTotal().yuan(), rule.message()));
    }
}
