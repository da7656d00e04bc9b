package org.fiscaldisclosure.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.statements.StatementRow;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.contracts.value.Amount;
import org.junit.jupiter.api.Test;

class LargeDepartmentTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "../..")).toAbsolutePath().normalize();
    static final LargeDepartment GENERATOR = new LargeDepartment(ROOT);

    @Test
    void theFullDepartmentHasTheSizesAskedFor() {
        LargeDepartment.Parts p = GENERATOR.generate(7, DepartmentSize.FULL);
        assertEquals(300, p.performance().projects().size());
        assertEquals(200, p.procurement().procurement().contracts().size());
        assertEquals(100, p.procurement().purchasedServices().items().size());
        for (String table : List.of("income", "expenditure", "generalBudget")) {
            long items = p.statements().tables().get(table).rows().stream().filter(r -> r.code().length() == 7).count();
            assertEquals(400, items, table);
        }
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ProjectEvaluation e : p.performance().projects()) {
            names.add(e.name());
            codes.add(e.projectCode());
            int indicators = e.indicators().stream().flatMap(l1 -> l1.groups().stream()).mapToInt(l2 -> l2.indicators().size()).sum();
            assertTrue(indicators >= 22 && indicators <= 28, e.projectCode() + ": " + indicators);
        }
        assertEquals(300, names.size(), "every project has its own name");
        assertEquals(300, codes.size(), "every project has its own code");
    }

    @Test
    void everyClassAndKuanIsTheExactSumOfItsChildrenInTables2To5() {
        LargeDepartment.Parts p = GENERATOR.generate(11, DepartmentSize.REDUCED);
        for (String table : List.of("income", "expenditure", "generalBudget")) {
            StatementTable t = p.statements().tables().get(table);
            Map<String, StatementRow> byCode = new HashMap<>();
            t.rows().forEach(r -> byCode.put(r.code(), r));
            int parents = 0;
            for (StatementRow parent : t.rows()) {
                List<StatementRow> children = t.rows().stream().filter(c -> c.code().length() == parent.code().length() + 2
                        && c.code().startsWith(parent.code())).toList();
                if (children.isEmpty()) {
                    assertEquals(7, parent.code().length(), table + ": a row without children is a 项: " + parent.code());
                    continue;
                }
                parents++;
                for (String column : parent.values().keySet()) {
                    BigDecimal sum = children.stream().map(c -> c.values().getOrDefault(column, Amount.of(BigDecimal.ZERO)).yuan())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertEquals(0, parent.values().get(column).yuan().compareTo(sum), table + " " + parent.code() + " " + column);
                }
            }
            assertTrue(parents > 10, table);
        }
    }

    @Test
    void eachPurchasedServiceIsAServiceContractBoughtForOneProjectAtItsExecutedAmount() {
        LargeDepartment.Parts p = GENERATOR.generate(3, DepartmentSize.REDUCED);
        Map<String, ProjectEvaluation> projects = new HashMap<>();
        p.performance().projects().forEach(e -> projects.put(e.projectCode(), e));
        BigDecimal services = p.procurement().procurement().contracts().stream()
                .filter(c -> c.category() == ProcurementCategory.SERVICES).map(c -> c.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bought = BigDecimal.ZERO;
        for (PurchasedServiceItem item : p.procurement().purchasedServices().items()) {
            ProjectEvaluation project = projects.get(item.projectCode());
            assertEquals(item.project(), project.name());
            assertEquals(0, item.amount().yuan().compareTo(project.funds().total().execution().yuan()), item.project());
            bought = bought.add(item.amount().yuan());
        }
        assertTrue(bought.compareTo(services) <= 0, "政府购买服务 within 政府采购服务支出");
        BigDecimal procurement = p.procurement().procurement().contracts().stream()
                .map(ProcurementContract::amount).map(Amount::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expenditure = p.statements().tables().get("expenditure").rows().stream().filter(r -> r.code().length() == 3)
                .map(r -> r.values().get("total").yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(procurement.compareTo(expenditure) < 0, "政府采购 within the year's expenditure");
        BigDecimal projectExpenditure = p.statements().tables().get("expenditure").rows().stream().filter(r -> r.code().length() == 3)
                .map(r -> r.values().getOrDefault("project", Amount.of(BigDecimal.ZERO)).yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal evaluated = p.performance().projects().stream().map(e -> e.funds().total().execution().yuan())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(evaluated.compareTo(projectExpenditure) <= 0, "evaluated projects within 项目支出");
    }

    @Test
    void theSameSeedAndSizeGiveTheSameParts() {
        assertEquals(GENERATOR.generate(5, DepartmentSize.REDUCED).json(), GENERATOR.generate(5, DepartmentSize.REDUCED).json());
    }
}
