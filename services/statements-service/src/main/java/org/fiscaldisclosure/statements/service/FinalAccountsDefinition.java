package org.fiscaldisclosure.statements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.producer.part.PartDefinition;
import org.fiscaldisclosure.producer.part.PartEvaluation;
import org.fiscaldisclosure.statements.classification.CatalogueStore;
import org.fiscaldisclosure.statements.classification.CatalogueView;
import org.fiscaldisclosure.statements.document.StatementsDocument;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.fiscaldisclosure.statements.rules.FinalAccountsRules;
import org.fiscaldisclosure.statements.tableset.TableSet;
import org.fiscaldisclosure.statements.tableset.TableSets;

/** The statements part: its table sets, catalogue, headline figures, rules and published form. */
@ApplicationScoped
public class FinalAccountsDefinition implements PartDefinition<FinalAccounts> {

    private final RuleCatalogue<StatementsContext> rules = FinalAccountsRules.catalogue();
    private final TableSets tableSets = TableSets.load();
    @Inject
    Instance<FinalAccountsStore> store;

    @Inject
    CatalogueStore catalogues;

    @Override
    public PartKind kind() {
        return PartKind.STATEMENTS;
    }

    @Override
    public Class<FinalAccounts> type() {
        return FinalAccounts.class;
    }

    public TableSets tableSets() {
        return tableSets;
    }

    /** The classification catalogue in force for a year (shipped entries and loaded editions). */
    public CatalogueView catalogue(int year) {
        return catalogues.view(year);
    }

    @Override
    public List<FieldError> structuralErrors(FiscalYear year, FinalAccounts part) {
        List<FieldError> errors = new java.util.ArrayList<>(TableStructure.errors(part, tableSets));
        java.time.LocalDate approved = part.unit() == null ? null : part.unit().accountsApprovedOn();
        if (approved != null && approved.getYear() <= year.value()) {
            errors.add(new FieldError("/unit/accountsApprovedOn", "决算批复日期应在决算年度结束之后（" + (year.value() + 1)
                    + "-01-01 及以后），所填为 " + approved));
        }
        return errors;
    }

    public StatementFigures figures(FinalAccounts part) {
        TableSet set = tableSets.get(part.tableSet()).orElseThrow(() -> new IllegalArgumentException(part.tableSet()));
        return new StatementFigures(part, set);
    }

    /** The context the rules and the narrative read, with the previous year's part when the suite holds it. */
    public StatementsContext context(UnitCode unit, FiscalYear year, FinalAccounts part) {
        return new StatementsContext(year.value(), figures(part), catalogue(year.value()), previous(unit, year));
    }

    /** The previous year's figures, when the suite holds that year's part in a table set it knows. */
    protected Optional<StatementFigures> previous(UnitCode unit, FiscalYear year) {
        if (year.value() > FiscalYear.MIN && store.isResolvable()) {
            return store.get().latest(unit, year.previous())
                    .filter(p -> tableSets.get(p.part().tableSet()).isPresent())
                    .map(p -> figures(p.part()));
        }
        return Optional.empty();
    }

    /**
     * One pass for a revision: the figures built and the previous year's part read once, the headline, the rules and
     * the published form all from that one context.
     */
    @Override
    public PartEvaluation evaluate(UnitCode unit, FiscalYear year, FinalAccounts part) {
        StatementsContext context = context(unit, year, part);
        return new PartEvaluation(headline(context.figures()), rules.check(context), StatementsDocument.of(context));
    }

    /** 收入总计, 本年收入合计, 本年支出合计, 支出总计, 基本支出, 项目支出, 财政拨款收支总计, 三公 (元). */
    @Override
    public Map<HeadlineFigure, BigDecimal> headline(FinalAccounts part) {
        return headline(figures(part));
    }

    private static Map<HeadlineFigure, BigDecimal> headline(StatementFigures f) {
        Map<HeadlineFigure, BigDecimal> h = new EnumMap<>(HeadlineFigure.class);
        h.put(HeadlineFigure.INCOME_TOTAL, f.publishedIncomeTotal().yuan());
        h.put(HeadlineFigure.EXPENDITURE_TOTAL, f.publishedExpenditureTotal().yuan());
        h.put(HeadlineFigure.GRAND_INCOME_TOTAL, f.publishedGrandTotal().yuan());
        h.put(HeadlineFigure.GRAND_EXPENDITURE_TOTAL, f.publishedGrandExpenditureTotal().yuan());
        h.put(HeadlineFigure.BASIC_EXPENDITURE, f.use("basic").yuan());
        h.put(HeadlineFigure.PROJECT_EXPENDITURE, f.use("project").yuan());
        h.put(HeadlineFigure.APPROPRIATION_GRAND_TOTAL, f.appropriationGrandTotal().yuan());
        h.put(HeadlineFigure.THREE_PUBLIC_ACTUAL, f.publishedThreePublicTotal("actual").yuan());
        return h;
    }

    /** Tables, 决算说明 and the statement sections of 第三部分 with charts, from the figures the rules and narrative read. */
    @Override
    public PartDocument document(UnitCode unit, FiscalYear year, FinalAccounts part) {
        return StatementsDocument.of(context(unit, year, part));
    }

    @Override
    public List<Finding> validate(UnitCode unit, FiscalYear year, FinalAccounts part) {
        return rules.check(context(unit, year, part));
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
