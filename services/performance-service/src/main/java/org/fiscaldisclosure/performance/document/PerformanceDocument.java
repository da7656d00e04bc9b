package org.fiscaldisclosure.performance.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectReport;
import org.fiscaldisclosure.contracts.value.FiscalYear;

/**
 * The performance part's published form (第四部分): the 部门整体绩效评价 and one section per 自评表 in the order
 * entered, a table published twice appearing twice, as the part holds it (PF-PRJ-001 reports it). Each report goes
 * with the first 自评表 of its project; a report without one is published on its own. Scores, totals and rates are
 * the part's as entered; the scoring engine's results stay in {@code …/scores} and the findings.
 */
public final class PerformanceDocument {

    static final String PROJECT_ID = "P4-project-";
    static final String REPORT_ID = "P4-report-";

    private PerformanceDocument() {
    }

    public static PartDocument of(Performance part, FiscalYear year) {
        List<DocumentSection> sections = new ArrayList<>();
        sections.add(DepartmentSection.of(part.department(), year));
        Map<String, List<ProjectReport>> reports = new LinkedHashMap<>();
        for (ProjectReport r : part.reports()) {
            reports.computeIfAbsent(r.projectCode(), k -> new ArrayList<>()).add(r);
        }
        Ids ids = new Ids();
        Set<String> reported = new HashSet<>();
        for (ProjectEvaluation p : part.projects()) {
            ProjectReport report = null;
            if (reported.add(p.projectCode())) {
                List<ProjectReport> own = reports.getOrDefault(p.projectCode(), List.of());
                report = own.isEmpty() ? null : own.remove(0);
            }
            sections.add(ProjectSection.of(ids.next(PROJECT_ID + p.projectCode()), p, report));
        }
        reports.values().forEach(left -> left.forEach(r ->
                sections.add(ProjectSection.ofReport(ids.next(REPORT_ID + r.projectCode()), r))));
        return new PartDocument(sections);
    }

    /** Section ids unique within the document: a repeated id gets -2, -3, … */
    private static final class Ids {

        private final Set<String> used = new HashSet<>();

        String next(String wanted) {
            String id = wanted;
            for (int n = 2; !used.add(id); n++) {
                id = wanted + "-" + n;
            }
            return id;
        }
    }
}
