package org.fiscaldisclosure.disclosure.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.published.ApprovalView;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.FigureParity;
import org.fiscaldisclosure.disclosure.rendering.FileNotReadyException;
import org.fiscaldisclosure.disclosure.rendering.RenderWorker;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.disclosure.rendering.StoredFile;
import org.fiscaldisclosure.disclosure.repository.DisclosureEntity;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;
import org.fiscaldisclosure.disclosure.repository.VersionManifestEntity;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * The signed manifests of published versions. A version's files may be rendered after its publication, so its
 * manifest is made and signed once every one of them is READY ({@link #sweep}, after each pass of the renderer and
 * when the service starts), then stored and never changed. A version with a FAILED file gets no manifest. With several
 * instances of the service every one sweeps; each version is signed once (the disclosure's row lock orders them, the
 * primary key would refuse a second).
 */
@ApplicationScoped
public class Manifests {

    private static final Logger LOG = Logger.getLogger(Manifests.class);

    @Inject
    PublicationKey key;

    @Inject
    Renderings renderings;

    @Inject
    ExactJson json;

    @Inject
    EntityManager em;

    private final ObjectMapper compact;

    @Inject
    public Manifests(ObjectMapper mapper) {
        this.compact = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The signed manifest of a version; 503 while a file is rendered or when one failed, 404 without the version. */
    public VersionManifestEntity signed(String unitCode, int fiscalYear, int version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<VersionManifestEntity> m = VersionManifestEntity.get(unitCode, fiscalYear, version);
            if (m.isPresent()) {
                return m.get();
            }
            if (VersionEntity.get(unitCode, fiscalYear, version).isEmpty()) {
                throw ProblemException.notFound("没有 " + unitCode + "/" + fiscalYear + " 的第 " + version + " 版");
            }
            key.requireAvailable();
            for (RenderingTaskEntity t : RenderingTaskEntity.<RenderingTaskEntity>list(
                    "unitCode = ?1 and fiscalYear = ?2 and version = ?3", unitCode, fiscalYear, version)) {
                if (t.state != RenderingTaskEntity.State.READY) {
                    throw new FileNotReadyException(t.format, t.state, t.error);
                }
            }
            throw new FileNotReadyException("manifest", RenderingTaskEntity.State.PENDING, null);
        });
    }

    /** The payload of a signed manifest, as signed. */
    public static byte[] payload(String jws) {
        String[] parts = jws.split("\\.");
        return java.util.Base64.getUrlDecoder().decode(parts[1]);
    }

    /** The parity report of a version as served (compact JSON), the bytes its manifest hashes. */
    public byte[] parityReport(String unitCode, int fiscalYear, int version) {
        PublishedDocument d = QuarkusTransaction.requiringNew().call(() -> VersionEntity.get(unitCode, fiscalYear, version)
                .map(v -> json.read(v.document, PublishedDocument.class)))
                .orElseThrow(() -> ProblemException.notFound("没有 " + unitCode + "/" + fiscalYear + " 的第 " + version + " 版"));
        return bytes(FigureParity.of(renderings.input(d)));
    }

    /** After each pass of the renderer: the versions it finished get their manifest. */
    void rendered(@Observes RenderWorker.PassDone pass) {
        sweep();
    }

    /**
     * Signs the manifest of every version whose files are all READY and that has none yet; a version that cannot be
     * signed now (no key) is tried again by the next sweep.
     */
    public void sweep() {
        if (key.problem().isPresent()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select v.unit_code, v.fiscal_year, v.version from disclosure_version v
                where not exists (select 1 from version_manifest m where m.unit_code = v.unit_code
                                  and m.fiscal_year = v.fiscal_year and m.version = v.version)
                  and exists (select 1 from rendering_task t where t.unit_code = v.unit_code
                              and t.fiscal_year = v.fiscal_year and t.version = v.version)
                  and not exists (select 1 from rendering_task t where t.unit_code = v.unit_code
                                  and t.fiscal_year = v.fiscal_year and t.version = v.version and t.state <> 'READY')
                order by v.published_at""").getResultList());
        for (Object[] row : due) {
            String unit = (String) row[0];
            int year = ((Number) row[1]).intValue();
            int version = ((Number) row[2]).intValue();
            try {
                sign(unit, year, version);
            } catch (RuntimeException e) {
                // the version cannot be read (or the database is away): the next sweep tells
                LOG.warnf(e, "manifest of %s/%d v%d not signed now", unit, year, version);
            }
        }
    }

    private void sign(String unit, int year, int version) {
        byte[] parity = parityReport(unit, year, version);
        QuarkusTransaction.requiringNew().run(() -> {
            // several instances of the service sweep the same database: the disclosure's row lock makes the second
            // wait for the first to commit, then find the manifest and sign nothing
            DisclosureEntity.lock(unit, year);
            if (VersionManifestEntity.get(unit, year, version).isPresent()) {
                return;
            }
            VersionEntity v = VersionEntity.get(unit, year, version).orElseThrow();
            PublishedDocument d = json.read(v.document, PublishedDocument.class);
            String href = VersionSummary.href(unit, year, version);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            VersionManifest manifest = new VersionManifest(VersionManifest.TYPE, d.unitCode(), d.unitName(), d.fiscalYear(),
                    d.version(), href, d.contentHash(), d.publishedAt(), d.publishedBy(), d.correctionNote(),
                    approval(d.approval()), files(unit, year, version, href),
                    new VersionManifest.ManifestFile("parity", unit + "-" + year + "-v" + version + "-parity.json",
                            href + "/parity", "application/json", parity.length, sha256(parity)),
                    now);
            VersionManifestEntity e = new VersionManifestEntity();
            e.unitCode = unit;
            e.fiscalYear = year;
            e.version = version;
            e.jws = key.sign(bytes(manifest));
            e.keyId = key.keyId();
            e.signedAt = now;
            e.persist();
            LOG.infof("signed the manifest of %s/%d v%d (%d files, key %s)", unit, year, version, manifest.files().size(), e.keyId);
        });
    }

    private static VersionManifest.Approval approval(ApprovalView a) {
        return new VersionManifest.Approval(a.id(), a.contentHash(), a.approver(), a.approvedAt(), a.confidentialityReviewed(),
                a.confidentialityReviewer(), a.signedOff(), a.signedOffBy());
    }

    /**
     * Every stored file of the version, the formats in rendering order and then the data package's files by name; the
     * length of each as rendered and served (a file stored gzip-compressed has it in its gzip trailer, ISIZE).
     */
    private List<VersionManifest.ManifestFile> files(String unit, int year, int version, String href) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select format, media_type,
                       case when content_encoding = 'gzip'
                            then get_byte(content, octet_length(content) - 4)::bigint
                                 + get_byte(content, octet_length(content) - 3)::bigint * 256
                                 + get_byte(content, octet_length(content) - 2)::bigint * 65536
                                 + get_byte(content, octet_length(content) - 1)::bigint * 16777216
                            else octet_length(content) end,
                       sha256
                from rendered_file
                where unit_code = ?1 and fiscal_year = ?2 and version = ?3""")
                .setParameter(1, unit).setParameter(2, year).setParameter(3, version).getResultList();
        List<String> formats = rows.stream().map(r -> (String) r[0]).filter(f -> !f.startsWith("files/")).toList();
        List<String> order = Renderings.byOrder(formats);
        List<VersionManifest.ManifestFile> files = new ArrayList<>();
        for (Object[] r : rows) {
            String format = (String) r[0];
            boolean member = format.startsWith("files/");
            String name = member ? format.substring("files/".length())
                    : renderings.fileName(new StoredFile(unit, year, version, format, (String) r[1], null, (String) r[3], null));
            files.add(new VersionManifest.ManifestFile(format, name,
                    member ? href + "/files/" + name : href + "?format=" + format, (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3]));
        }
        files.sort(Comparator.comparingInt((VersionManifest.ManifestFile f) -> f.key().startsWith("files/") ? order.size()
                : order.indexOf(f.key())).thenComparing(VersionManifest.ManifestFile::key));
        return files;
    }

    private byte[] bytes(Object value) {
        try {
            return compact.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest's payload read back. */
    public VersionManifest read(VersionManifestEntity m) {
        return json.read(new String(payload(m.jws), StandardCharsets.UTF_8), VersionManifest.class);
    }
}
