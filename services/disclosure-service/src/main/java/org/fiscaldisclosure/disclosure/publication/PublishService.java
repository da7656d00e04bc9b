package org.fiscaldisclosure.disclosure.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.disclosure.DisclosurePublished;
import org.fiscaldisclosure.contracts.disclosure.FindingCounts;
import org.fiscaldisclosure.contracts.disclosure.PublishedApproval;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.assembly.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;
import org.fiscaldisclosure.disclosure.findings.LocatedFinding;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.RenderWorker;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.disclosure.repository.ApprovalEntity;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Publishes the approved current content as the next immutable version, and its event, in one transaction
 * (transactional outbox), with a PENDING task for each of its renderings (JSON, HTML, PDF, XLSX, data package), which
 * {@link RenderWorker} renders and stores once the transaction committed. Refused while the content has FATAL findings or unexplained WARNINGs, or is not
 * approved; a version after the first needs a correction note.
 */
@ApplicationScoped
public class PublishService {

    @Inject
    ContentAssembler assembler;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    Renderings renderings;

    @Inject
    Event<RenderWorker.Published> published;

    @Transactional
    public VersionSummary publish(UnitCode unit, FiscalYear year, PublishRequest request) {
        DisclosureEntity.lock(unit.value(), year.value())
                .orElseThrow(() -> ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分"));
        DisclosureContent content = assembler.require(unit, year);
        String hash = content.contentHash();
        if (!hash.equals(request.contentHash())) {
            throw Conflicts.staleHash(request.contentHash(), hash);
        }
        Optional<VersionEntity> latest = VersionEntity.latest(unit.value(), year.value());
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            throw Conflicts.conflict("当前内容已作为第 " + latest.get().version + " 版公开",
                    List.of(new FieldError("/contentHash", "与第 " + latest.get().version + " 版内容相同")));
        }
        int next = latest.map(v -> v.version + 1).orElse(1);
        String note = correctionNote(next, request.correctionNote());
        Optional<ApprovalEntity> approval = ApprovalEntity.latestOf(unit.value(), year.value(), hash);
        List<LocatedFinding> blocking = content.findings().blocking();
        if (!blocking.isEmpty() || approval.isEmpty()) {
            throw new PublicationBlockedException(blocking, approval.isPresent(), hash);
        }
        PublishedDocument doc = document(content, next, request.publishedBy().trim(), note, ApprovalView.of(approval.get()));
        store(doc, approval.get().id);
        renderings.schedule(doc);
        announce(doc);
        published.fire(new RenderWorker.Published(doc.unitCode(), doc.fiscalYear(), doc.version()));
        return VersionSummary.of(doc, renderings.files(doc.unitCode(), doc.fiscalYear(), doc.version(),
                VersionSummary.href(doc.unitCode(), doc.fiscalYear(), doc.version())));
    }

    private static String correctionNote(int next, String given) {
        boolean blank = given == null || given.isBlank();
        if (next > 1 && blank) {
            throw Conflicts.invalid("/correctionNote", "第 " + next + " 版须附更正说明（说明与第 " + (next - 1) + " 版相比更正了什么、为什么）");
        }
        if (next == 1 && !blank) {
            throw Conflicts.invalid("/correctionNote", "第 1 版是首次公开，不填更正说明");
        }
        return blank ? null : given.trim();
    }

    private static PublishedDocument document(DisclosureContent content, int version, String by, String note, ApprovalView approval) {
        AssembledDisclosure a = content.assembled();
        return new PublishedDocument(a.unitCode(), a.fiscalYear(), a.regionCode(), a.unitName(), version,
                content.contentHash(), Instant.now().truncatedTo(ChronoUnit.MICROS), by, note, approval, a.revisions(),
                a.headline(), content.findings(), a.parts());
    }

    private void store(PublishedDocument doc, long approvalId) {
        VersionEntity v = new VersionEntity();
        v.unitCode = doc.unitCode();
        v.fiscalYear = doc.fiscalYear();
        v.version = doc.version();
        v.contentHash = doc.contentHash();
        v.approvalId = approvalId;
        v.publishedBy = doc.publishedBy();
        v.publishedAt = doc.publishedAt();
        v.correctionNote = doc.correctionNote();
        v.document = json(doc);
        v.persist();
    }

    private void announce(PublishedDocument doc) {
        ApprovalView a = doc.approval();
        FindingsReport f = doc.findings();
        DisclosurePublished event = new DisclosurePublished(UnitCode.of(doc.unitCode()), FiscalYear.of(doc.fiscalYear()),
                doc.version(), doc.contentHash(), doc.publishedAt(), doc.publishedBy(), doc.correctionNote(),
                new PublishedApproval(a.approver(), a.approvedAt(), a.confidentialityReviewer(), a.signedOffBy()),
                doc.revisions(), doc.headline(),
                new FindingCounts(f.fatal(), f.warning(), f.info(), f.warning() - f.unexplainedWarnings()),
                VersionSummary.href(doc.unitCode(), doc.fiscalYear(), doc.version()));
        outbox.add(Topics.DISCLOSURES, CloudEventHeaders.key(doc.unitCode(), doc.fiscalYear()),
                DisclosurePublished.EVENT_TYPE, DisclosurePublished.SOURCE, doc.unitCode() + "/" + doc.fiscalYear(),
                json(event), doc.publishedAt());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
