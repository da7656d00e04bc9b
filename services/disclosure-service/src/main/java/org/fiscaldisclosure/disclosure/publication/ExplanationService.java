package org.fiscaldisclosure.disclosure.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;
import org.fiscaldisclosure.disclosure.findings.FindingKey;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.disclosure.repository.ExplanationEntity;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Records written explanations of WARNING findings; an explanation is part of the content that is approved. */
@ApplicationScoped
public class ExplanationService {

    @Inject
    ContentAssembler assembler;

    @Transactional
    public ExplanationReceipt explain(UnitCode unit, FiscalYear year, ExplanationRequest request) {
        DisclosureEntity.lock(unit.value(), year.value())
                .orElseThrow(() -> ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分"));
        FindingKey key = new FindingKey(request.ruleId().trim(), request.location().trim());
        List<LocatedFinding> matching = assembler.require(unit, year).findings().findings().stream()
                .filter(f -> f.key().equals(key)).toList();
        if (matching.stream().noneMatch(f -> f.severity() == Severity.WARNING)) {
            String why = matching.isEmpty() ? "当前内容中没有规则 " + key.ruleId() + " 在位置 " + key.location() + " 的问题"
                    : "规则 " + key.ruleId() + " 的问题为 " + matching.get(0).severity() + "，只有 WARNING 需要书面说明";
            throw ProblemException.invalid(why, List.of(new FieldError("/ruleId", why), new FieldError("/location", why)));
        }
        ExplanationEntity e = new ExplanationEntity();
        e.unitCode = unit.value();
        e.fiscalYear = year.value();
        e.ruleId = key.ruleId();
        e.location = key.location();
        e.text = request.text().trim();
        e.author = request.author().trim();
        e.explainedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        e.persist();
        return new ExplanationReceipt(view(e), assembler.require(unit, year).contentHash());
    }

    static ExplanationView view(ExplanationEntity e) {
        return new ExplanationView(e.ruleId, e.location, e.text, e.author, e.explainedAt);
    }
}
