package org.fiscaldisclosure.statements.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.IncomeExpenditureTable;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.support.part.PartDefinition;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The statements part: its headline figures and rules. */
@ApplicationScoped
public class FinalAccountsDefinition implements PartDefinition<FinalAccounts> {

    private final RuleCatalogue<FinalAccounts> rules = FinalAccountsRules.catalogue();

    @Override
    public PartKind kind() {
        return PartKind.STATEMENTS;
    }

    @Override
    public Class<FinalAccounts> type() {
        return FinalAccounts.class;
    }

    /** 本年收入合计, 本年支出合计, 收入总计, 支出总计, 基本支出, 项目支出 (元). */
    @Override
    public Map<String, BigDecimal> headline(FinalAccounts part) {
        IncomeExpenditureTable t = part.table1();
        Map<String, BigDecimal> h = new LinkedHashMap<>();
        h.put("incomeTotal", t.income().total().yuan());
        h.put("expenditureTotal", t.expenditure().total().yuan());
        h.put("grandIncomeTotal", t.grandIncomeTotal().yuan());
        h.put("grandExpenditureTotal", t.grandExpenditureTotal().yuan());
        h.put("basicExpenditure", t.expenditure().basic().yuan());
        h.put("projectExpenditure", t.expenditure().project().yuan());
        return h;
    }

    @Override
    public List<Finding> validate(FinalAccounts part) {
        return rules.check(part);
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
