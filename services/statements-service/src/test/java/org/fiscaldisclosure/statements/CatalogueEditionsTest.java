package org.fiscaldisclosure.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.catalogue.CatalogueEdition;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.statements.classification.CatalogueFiles;
import org.fiscaldisclosure.statements.classification.CatalogueStore;
import org.fiscaldisclosure.statements.classification.CatalogueView;
import org.fiscaldisclosure.statements.classification.ClassificationCatalogue;
import org.junit.jupiter.api.Test;

/** Catalogue files in the official layout, the checks of an edition, and the year-to-year changes (no database). */
class CatalogueEditionsTest {

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileInTheOfficialLayoutReadsIntoEntriesAndChanges() {
        CatalogueEdition e = CatalogueFiles.csv(csv("\uFEFF科目编码,科目名称,上年科目编码\n201,一般公共服务支出,\n20139,社会工作事务,\n"
                + "2013901,行政运行,2013201\n"), 2025, ClassificationScheme.FUNC, true, "测试");
        assertEquals(List.of("201", "20139", "2013901"), e.entries().stream().map(CatalogueEdition.Entry::code).toList());
        assertEquals(List.of(new CatalogueEdition.Change("2013201", "2013901")), e.changes());
    }

    @Test
    void everyProblemOfAFileIsLocatedAtItsLineAndColumn() {
        ProblemException p = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, () -> CatalogueFiles.csv(
                csv("说明行\n科目编码,科目名称\n2010,人大事务\n20101,\n2010101,行政运行\n"), 2025, ClassificationScheme.FUNC, true, "测试"));
        assertEquals(422, p.problem().status());
        Set<String> fields = Set.copyOf(p.problem().errors().stream().map(FieldError::field).toList());
        // 2010 is not a 类/款/项 length; 20101 has no name; so 2010101's 款 20101 is missing from a complete file
        assertEquals(Set.of("第3行/科目编码", "第4行/科目名称", "第5行/科目编码"), fields);
    }

    @Test
    void anEconomicCodeOfSevenDigitsIsNotOfTheScheme() {
        List<FieldError> errors = CatalogueStore.errors(new CatalogueEdition(2025, ClassificationScheme.ECON_DEPT, false, "测试",
                List.of(new CatalogueEdition.Entry("3010101", "基本工资")), List.of()));
        assertEquals("/entries/0/code", errors.get(0).field());
    }

    @Test
    void aCodeMovedByTheYearToYearChangesComparesWithItsPreviousCodes() {
        CatalogueView view = new CatalogueView(2025, Map.of(), Set.of(), Map.of(ClassificationScheme.FUNC,
                Map.of("2013201", "2013901", "2013202", "2013901", "2010350", "2010399")));
        assertEquals(Set.of("2013201", "2013202"), Set.copyOf(view.previousCodes("func", "2013901")));
        assertEquals(List.of("2050101"), view.previousCodes("func", "2050101"), "an unchanged code compares with itself");
        assertEquals(List.of(), view.previousCodes("func", "2010350"), "a code moved away has no counterpart of its own");
    }

    @Test
    void theShippedEntriesHaveASourceAndAreNeverComplete() {
        ClassificationCatalogue shipped = ClassificationCatalogue.load();
        assertTrue(shipped.entries().stream().allMatch(c -> c.source() != null && !c.source().isBlank()));
        assertTrue(shipped.view(2024).find("func", "2050101").isPresent());
        assertTrue(shipped.view(2024).find("func", "2130104").isPresent());
        assertTrue(!shipped.view(2024).complete("func"));
    }
}
