package org.fiscaldisclosure.statements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.statements.narrative.Charts;
import org.fiscaldisclosure.statements.narrative.NarrativeWriter;
import org.fiscaldisclosure.statements.narrative.StatementsNarrative;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;

/** The narrative of the latest revision of a statements part. */
@ApplicationScoped
public class NarrativeService {

    @Inject
    FinalAccountsStore store;

    @Inject
    FinalAccountsDefinition definition;

    public StatementsNarrative latest(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        PartRevision<FinalAccounts> r = latestRevision(path, unitCode, year);
        return NarrativeWriter.write(unitCode, r.revision(), definition.context(path.unitCode(), path.year(), r.part()));
    }

    /** A chart of the latest revision as SVG. */
    public String chart(String unitCode, String year, String chart) {
        PathParams path = PathParams.parse(unitCode, year);
        if (!Charts.IDS.contains(chart)) {
            throw ProblemException.notFound("没有图表 " + chart + "，可用：" + Charts.IDS);
        }
        PartRevision<FinalAccounts> r = latestRevision(path, unitCode, year);
        return Charts.svg(chart, definition.context(path.unitCode(), path.year(), r.part())).orElseThrow();
    }

    private PartRevision<FinalAccounts> latestRevision(PathParams path, String unitCode, String year) {
        return store.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("final-accounts " + unitCode + "/" + year + " 尚未提交"));
    }
}
