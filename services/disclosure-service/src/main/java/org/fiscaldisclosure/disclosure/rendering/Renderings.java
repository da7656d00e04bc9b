package org.fiscaldisclosure.disclosure.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.repository.RenderedFileEntity;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The renderings of published versions: publishing asks for every format ({@link #schedule}, in the publishing
 * transaction), {@link RenderWorker} renders them afterwards one file at a time ({@link #render}, outside any
 * transaction) and stores each with its task marked READY ({@link #store}); the stored files are served as they are.
 * A rendering's members (the data package's files) are stored as well, each under the key {@code files/<name>}.
 */
@ApplicationScoped
public class Renderings {

    /** The key prefix of the files stored one by one. */
    static final String MEMBER = "files/";

    /** The format whose files are also served one by one: the data package. */
    static final String MEMBERS_OF = "datapackage";

    /** The order a version's files are rendered in: the small and most read first, the PDF last. */
    static final List<String> ORDER = List.of("json", "html", "xlsx", "datapackage", "pdf");

    private final Map<String, Rendering> byFormat = new TreeMap<>();
    private final ExactJson json;
    private final StoredFileCache cache;
    private final PdfFont font;

    @Inject
    public Renderings(Instance<Rendering> renderings, ExactJson json, StoredFileCache cache, PdfFont font) {
        renderings.forEach(r -> byFormat.put(r.format(), r));
        this.json = json;
        this.cache = cache;
        this.font = font;
    }

    /** The formats, sorted: the values the {@code format} parameter accepts. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** The format whose media type is {@code mediaType}, if any. */
    public Optional<String> formatFor(String mediaType) {
        return byFormat.values().stream().filter(r -> r.mediaType().startsWith(mediaType)).map(Rendering::format).findFirst();
    }

    /** The name a format's file is offered under, e.g. {@code 110102-SWD-2024-v1.pdf}. */
    public String fileName(StoredFile file) {
        Rendering r = byFormat.get(file.format());
        String stem = file.unitCode() + "-" + file.fiscalYear() + "-v" + file.version();
        return r == null ? stem : stem + (r.extension().equals(r.format()) ? "" : "-" + r.format()) + "." + r.extension();
    }

    /**
     * Asks for every format of a version being published: one PENDING task each, in the publishing transaction, so
     * that the files are rendered once it commits (and after a restart if the service stopped first). Refused with
     * 503 when the PDF could not be made (its font missing), so no version is published without its PDF.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(PublishedDocument document) {
        font.problem().ifPresent(p -> {
            throw new ProblemException(Problem.of(503, "pdf-font-unavailable", "无法生成 PDF", p, List.of()));
        });
        for (String format : byOrder(byFormat.keySet())) {
            RenderingTaskEntity t = new RenderingTaskEntity();
            t.unitCode = document.unitCode();
            t.fiscalYear = document.fiscalYear();
            t.version = document.version();
            t.format = format;
            t.state = RenderingTaskEntity.State.PENDING;
            t.requestedAt = document.publishedAt();
            t.persist();
        }
    }

    /** Formats in the order they are rendered (the small and most read first, the PDF last). */
    public static List<String> byOrder(java.util.Collection<String> formats) {
        List<String> out = new ArrayList<>(formats);
        out.sort(Comparator.comparingInt((String f) -> ORDER.contains(f) ? ORDER.indexOf(f) : ORDER.size()).thenComparing(f -> f));
        return out;
    }

    /** What a version's renderings read, made once for all its files. */
    public RenderInput input(PublishedDocument document) {
        return RenderInput.of(document, json);
    }

    /** One stored file: its key ({@code pdf}, {@code files/T3.csv}), media type and bytes. */
    public record Rendered(String key, String mediaType, byte[] content) {
    }

    /** Renders one format of a version, with its members; no transaction, nothing stored. */
    public List<Rendered> render(RenderInput input, String format) {
        return prepare(input, format).get();
    }

    /**
     * A format's files to be made: what they need is taken from the input now, so that a caller rendering the last
     * file of a version can let the input go before that file is made ({@link Rendering#prepare}).
     */
    public Supplier<List<Rendered>> prepare(RenderInput input, String format) {
        Rendering r = byFormat.get(format);
        if (r == null) {
            throw new IllegalArgumentException("no rendering for " + format);
        }
        List<RenderedMember> members = r.members(input);
        Supplier<byte[]> main = r.prepare(input);
        return () -> {
            List<Rendered> files = new ArrayList<>();
            files.add(new Rendered(format, r.mediaType(), main.get()));
            for (RenderedMember m : members) {
                files.add(new Rendered(MEMBER + m.name(), m.mediaType(), m.content()));
            }
            return files;
        };
    }

    /**
     * Stores a rendered format and marks its task READY, in one transaction; nothing when the task is no longer
     * PENDING (another instance of the service stored it first: the row lock orders the two).
     */
    @Transactional
    public boolean store(String unitCode, int fiscalYear, int version, String format, List<Rendered> files) {
        RenderingTaskEntity task = RenderingTaskEntity.findById(new RenderingTaskEntity.Key(unitCode, fiscalYear, version, format),
                LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.state != RenderingTaskEntity.State.PENDING) {
            return false;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Rendered f : files) {
            RenderedFileEntity e = new RenderedFileEntity();
            e.unitCode = unitCode;
            e.fiscalYear = fiscalYear;
            e.version = version;
            e.format = f.key();
            e.mediaType = f.mediaType();
            e.sha256 = sha256(f.content());
            if (StoredCompression.worthCompressing(f.mediaType())) {
                e.content = StoredCompression.gzip(f.content());
                e.contentEncoding = StoredCompression.GZIP;
            } else {
                e.content = f.content();
            }
            e.renderedAt = now;
            e.persist();
        }
        task.state = RenderingTaskEntity.State.READY;
        task.attempts++;
        task.error = null;
        task.finishedAt = now;
        return true;
    }

    /**
     * Records a failed attempt: the task stays PENDING for another attempt, or turns FAILED with the reason after
     * {@code maxAttempts}. Returns the state it is left in.
     */
    @Transactional
    public RenderingTaskEntity.State failed(String unitCode, int fiscalYear, int version, String format, String reason, int maxAttempts) {
        RenderingTaskEntity task = RenderingTaskEntity.findById(new RenderingTaskEntity.Key(unitCode, fiscalYear, version, format),
                LockModeType.PESSIMISTIC_WRITE);
        if (task == null || task.state != RenderingTaskEntity.State.PENDING) {
            return task == null ? RenderingTaskEntity.State.FAILED : task.state;
        }
        task.attempts++;
        task.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        if (task.attempts >= maxAttempts) {
            task.state = RenderingTaskEntity.State.FAILED;
            task.finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        return task.state;
    }

    /** The files of one version, in rendering order. */
    @Transactional
    public List<FileStatus> files(String unitCode, int fiscalYear, int version, String versionHref) {
        List<RenderingTaskEntity> tasks = RenderingTaskEntity.list("unitCode = ?1 and fiscalYear = ?2 and version = ?3",
                unitCode, fiscalYear, version);
        return sorted(tasks.stream().map(t -> FileStatus.of(t, versionHref)).toList());
    }

    /** Every version's files of a disclosure, by version number, each list in rendering order. */
    @Transactional
    public Map<Integer, List<FileStatus>> files(String unitCode, int fiscalYear, java.util.function.IntFunction<String> versionHref) {
        Map<Integer, List<FileStatus>> out = new TreeMap<>();
        for (RenderingTaskEntity t : RenderingTaskEntity.of(unitCode, fiscalYear)) {
            out.computeIfAbsent(t.version, v -> new ArrayList<>()).add(FileStatus.of(t, versionHref.apply(t.version)));
        }
        out.replaceAll((v, list) -> sorted(list));
        return out;
    }

    private static List<FileStatus> sorted(List<FileStatus> files) {
        List<String> order = byOrder(files.stream().map(FileStatus::format).toList());
        return files.stream().sorted(Comparator.comparingInt(f -> order.indexOf(f.format()))).toList();
    }

    /**
     * A rendering of a version, from memory when it was read recently ({@link StoredFileCache}); when it is not
     * stored yet, {@link FileNotReadyException} says whether it is being rendered or failed; empty when the version
     * has no such file.
     */
    public Optional<StoredFile> stored(String unitCode, int fiscalYear, int version, String format) {
        Optional<StoredFile> file = cache.get(new StoredFileCache.Key(unitCode, fiscalYear, version, format),
                () -> RenderedFileEntity.get(unitCode, fiscalYear, version, format).map(StoredFile::of));
        if (file.isEmpty()) {
            String task = format.startsWith(MEMBER) ? MEMBERS_OF : format;
            RenderingTaskEntity.get(unitCode, fiscalYear, version, task)
                    .filter(t -> t.state != RenderingTaskEntity.State.READY)
                    .ifPresent(t -> {
                        throw new FileNotReadyException(task, t.state, t.error);
                    });
        }
        return file;
    }

    /** A member file ({@code datapackage.json}, {@code T3.csv}) of a version. */
    public Optional<StoredFile> member(String unitCode, int fiscalYear, int version, String name) {
        return stored(unitCode, fiscalYear, version, MEMBER + name);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
