package org.fiscaldisclosure.performance.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.producer.part.PartDefinition;
import org.fiscaldisclosure.producer.part.PartHead;
import org.fiscaldisclosure.producer.part.PartStore;

/**
 * Revisions of the performance part, with their events written to the outbox in the same transaction. Every
 * revision is validated under the scoring profile of its year and region.
 */
@Singleton
public class PerformanceStore extends PartStore<Performance> {

    private final EntityManager em;

    @Inject
    public PerformanceStore(PartDefinition<Performance> definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        super(definition, em, mapper, outbox);
        this.em = em;
    }

    /**
     * Replaces the project {@code code} within the latest revision, as a new revision of the whole part (same ETag and
     * If-Match as the part). The new table takes the place of the first table with that code; further tables with
     * the code (a table published twice) are dropped; an unknown code is added at the end. Must run in a transaction.
     */
    public PartRevision<Performance> putProject(UnitCode unit, FiscalYear year, String code, ProjectEvaluation project,
                                                String ifMatch) {
        PartHead head = em.find(PartHead.class, new PartKey(unit.value(), year.value()), LockModeType.PESSIMISTIC_WRITE);
        if (head == null || head.revision == 0) {
            throw ProblemException.notFound("performance " + unit.value() + "/" + year.value() + " 尚未提交，请先提交整个部分");
        }
        Performance current = revision(unit, year, head.revision).orElseThrow().part();
        List<ProjectEvaluation> projects = new ArrayList<>();
        boolean placed = false;
        for (ProjectEvaluation p : current.projects()) {
            if (!p.projectCode().equals(code)) {
                projects.add(p);
            } else if (!placed) {
                projects.add(project);
                placed = true;
            }
        }
        if (!placed) {
            projects.add(project);
        }
        return put(unit, year, new Performance(current.department(), projects, current.reports()), ifMatch);
    }
}
