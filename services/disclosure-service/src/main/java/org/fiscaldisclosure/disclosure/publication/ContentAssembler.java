package org.fiscaldisclosure.disclosure.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.findings.FindingKey;
import org.fiscaldisclosure.disclosure.findings.FindingsAssembler;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.repository.ExplanationEntity;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Assembles the current content of a disclosure: parts, findings with explanations, content hash. */
@ApplicationScoped
public class ContentAssembler {

    @Inject
    DisclosureQueries queries;

    @Inject
    FindingsAssembler findings;

    public Optional<DisclosureContent> current(UnitCode unit, FiscalYear year) {
        return queries.assembled(unit, year).map(this::content);
    }

    /** The current content, or a 404 problem. */
    public DisclosureContent require(UnitCode unit, FiscalYear year) {
        return current(unit, year).orElseThrow(() -> ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分"));
    }

    private DisclosureContent content(AssembledDisclosure d) {
        FindingsReport report = findings.assemble(d.parts(), explanationsInForce(d.unitCode(), d.fiscalYear()));
        String hash = ContentHash.of(d.unitCode(), d.fiscalYear(), d.parts(), report.explanations());
        return new DisclosureContent(d, report, hash);
    }

    /** The newest explanation for each rule and location. */
    static Map<FindingKey, ExplanationView> explanationsInForce(String unit, int year) {
        Map<FindingKey, ExplanationView> inForce = new LinkedHashMap<>();
        for (ExplanationEntity e : ExplanationEntity.of(unit, year)) {
            ExplanationView v = ExplanationService.view(e);
            inForce.put(v.key(), v);
        }
        return inForce;
    }
}
