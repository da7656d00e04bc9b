package org.fiscaldisclosure.disclosure.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.disclosure.rendering.StoredFile;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Reads of published versions: the list, one version, its published document and stored files, the diff of two. */
@ApplicationScoped
public class VersionQueries {

    @Inject
    ExactJson json;

    @Inject
    Renderings renderings;

    public List<VersionSummary> list(UnitCode unit, FiscalYear year) {
        if (DisclosureEntity.findById(new PartKey(unit.value(), year.value())) == null) {
            throw ProblemException.notFound("尚未收到 " + unit + "/" + year + " 的任何部分");
        }
        var files = renderings.files(unit.value(), year.value(), v -> VersionSummary.href(unit.value(), year.value(), v));
        return VersionEntity.of(unit.value(), year.value()).stream()
                .map(v -> VersionSummary.of(document(v), files.getOrDefault(v.version, List.of()))).toList();
    }

    /** One version's summary with its files' states. */
    public VersionSummary summary(UnitCode unit, FiscalYear year, int version) {
        PublishedDocument d = document(unit, year, version);
        return VersionSummary.of(d, renderings.files(unit.value(), year.value(), version, VersionSummary.href(unit.value(), year.value(), version)));
    }

    /**
     * The summary of a version just published, its files as they stand when none is PENDING any more or when
     * {@code wait} has passed, whichever comes first.
     */
    public VersionSummary awaitFiles(UnitCode unit, FiscalYear year, VersionSummary published, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        VersionSummary v = published;
        while (!v.settled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            v = v.withFiles(renderings.files(unit.value(), year.value(), v.version(), v.href()));
        }
        return v;
    }

    public PublishedDocument document(UnitCode unit, FiscalYear year, int version) {
        return document(entity(unit, year, version));
    }

    public VersionDiff diff(UnitCode unit, FiscalYear year, int from, int to) {
        return VersionDiffer.diff(document(unit, year, from), document(unit, year, to));
    }

    /**
     * A rendering of the version; 400 for a format that does not exist, 404 for a version that does not, 503
     * ({@link org.fiscaldisclosure.disclosure.rendering.FileNotReadyException}) while it is being rendered or
     * when its rendering failed.
     */
    public StoredFile file(UnitCode unit, FiscalYear year, int version, String format) {
        if (!renderings.formats().contains(format)) {
            throw ProblemException.badRequest("查询参数不符合要求",
                    List.of(new FieldError("format", "format 应为 " + String.join("、", renderings.formats()) + " 之一")));
        }
        // The file first: a stored file implies its version (foreign key), so the version row, which carries the whole
        // published document, is read only to tell the two 404s apart (reading it on every request was the
        // published read's largest cost in the profile).
        return renderings.stored(unit.value(), year.value(), version, format).orElseGet(() -> {
            entity(unit, year, version);
            throw ProblemException.notFound("第 " + version + " 版没有 " + format + " 格式的文件");
        });
    }

    /** A file of a rendering served on its own ({@code datapackage.json}, {@code T3.csv}); 404 when there is none. */
    public StoredFile member(UnitCode unit, FiscalYear year, int version, String name) {
        return renderings.member(unit.value(), year.value(), version, name).orElseGet(() -> {
            entity(unit, year, version);
            throw ProblemException.notFound("第 " + version + " 版没有名为 " + name + " 的文件");
        });
    }

    VersionEntity entity(UnitCode unit, FiscalYear year, int version) {
        return VersionEntity.get(unit.value(), year.value(), version)
                .orElseThrow(() -> ProblemException.notFound(unit + "/" + year + " 没有已公开的第 " + version + " 版"));
    }

    PublishedDocument document(VersionEntity v) {
        return json.read(v.document, PublishedDocument.class);
    }
}
