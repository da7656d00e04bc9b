package org.fiscaldisclosure.disclosure.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.repository.ApprovalEntity;
import org.fiscaldisclosure.disclosure.repository.ExplanationEntity;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;

/** The publication state of a disclosure and its history. */
@ApplicationScoped
public class PublicationQueries {

    @Inject
    ContentAssembler assembler;

    public PublicationState state(UnitCode unit, FiscalYear year) {
        DisclosureContent content = assembler.require(unit, year);
        String hash = content.contentHash();
        Optional<VersionEntity> latest = VersionEntity.latest(unit.value(), year.value());
        Optional<ApprovalView> approval = ApprovalEntity.latestOf(unit.value(), year.value(), hash).map(ApprovalView::of);
        boolean alreadyPublished = latest.isPresent() && latest.get().contentHash.equals(hash);
        var blocking = content.findings().blocking();
        return new PublicationState(PublicationStatus.of(hash, latest, approval.isPresent()), hash,
                content.assembled().completeness(), approval.isPresent(), approval.orElse(null),
                latest.map(v -> v.version).orElse(null), latest.map(v -> v.contentHash).orElse(null),
                !alreadyPublished && approval.isPresent() && blocking.isEmpty(), latest.isPresent(), blocking);
    }

    /** Explanations, approvals and publications, oldest first. */
    public List<HistoryEntry> history(UnitCode unit, FiscalYear year) {
        assembler.require(unit, year);
        List<HistoryEntry> entries = new ArrayList<>();
        for (ExplanationEntity e : ExplanationEntity.of(unit.value(), year.value())) {
            entries.add(new HistoryEntry(e.explainedAt, HistoryEntry.Action.EXPLAINED, e.author, null, null,
                    e.ruleId + " @ " + e.location + "：" + e.text));
        }
        for (ApprovalEntity a : ApprovalEntity.of(unit.value(), year.value())) {
            entries.add(new HistoryEntry(a.approvedAt, HistoryEntry.Action.APPROVED, a.approver, a.contentHash, null,
                    "保密审查：" + a.confidentialityReviewer + "；负责人审签：" + a.signedOffBy));
        }
        for (VersionEntity v : VersionEntity.of(unit.value(), year.value())) {
            entries.add(new HistoryEntry(v.publishedAt, HistoryEntry.Action.PUBLISHED, v.publishedBy, v.contentHash,
                    v.version, v.correctionNote == null ? "首次公开" : "更正说明：" + v.correctionNote));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::action));
        return entries;
    }
}
