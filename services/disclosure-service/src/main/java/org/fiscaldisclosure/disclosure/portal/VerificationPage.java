package org.fiscaldisclosure.disclosure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.manifest.Manifests;
import org.fiscaldisclosure.disclosure.manifest.VersionManifest;
import org.fiscaldisclosure.disclosure.publication.VersionQueries;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.repository.VersionManifestEntity;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * {@code /portal/disclosures/{unit}/{year}/versions/{v}/verify}: checking a downloaded file against the signed
 * manifest of its version. The page lists what the manifest states (content hash, approval, every file with its
 * SHA-256) and the commands that check a file offline (docs/verification.md); with script, the browser checks
 * chosen files itself ({@code /portal/verify.js}): it verifies the manifest's signature with the published public
 * key and compares each file's SHA-256 (Web Crypto) with the signed list, the file never leaving the computer. The one
 * portal page with a script, its own, from the same origin.
 */
@ApplicationScoped
public class VerificationPage {

    @Inject
    VersionQueries versions;

    @Inject
    Manifests manifests;

    /** A file row: name, media type, length, SHA-256. */
    public record FileRow(String name, String href, String mediaType, long bytes, String sha256) {
    }

    public Optional<String> page(UnitCode unit, FiscalYear year, int version) {
        PublishedDocument v;
        try {
            v = versions.document(unit, year, version);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        String api = VersionSummary.href(unit.value(), year.value(), version);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", version);
        data.put("unitCode", unit.value());
        data.put("year", year.value());
        data.put("contentHash", v.contentHash());
        data.put("publishedAt", Formats.time(v.publishedAt()));
        data.put("publishedBy", v.publishedBy());
        data.put("disclosureHref", PortalPaths.disclosurePath(unit.value(), year.value()));
        data.put("jwsHref", api + "/manifest.jws");
        data.put("manifestHref", api + "/manifest");
        data.put("parityHref", api + "/parity");
        data.put("keysHref", "/api/v1/publication-keys");
        data.put("pemHref", "/api/v1/publication-keys/current.pem");
        data.put("stem", unit.value() + "-" + year.value() + "-v" + version);
        Optional<VersionManifestEntity> signed = signed(unit, year, version);
        data.put("signed", signed.isPresent());
        List<FileRow> files = new ArrayList<>();
        signed.ifPresent(m -> {
            VersionManifest manifest = manifests.read(m);
            data.put("keyId", m.keyId);
            data.put("signedAt", Formats.time(m.signedAt));
            data.put("approval", manifest.approval());
            for (VersionManifest.ManifestFile f : manifest.files()) {
                files.add(new FileRow(f.name(), f.href(), f.mediaType(), f.bytes(), f.sha256()));
            }
            VersionManifest.ManifestFile p = manifest.parityReport();
            files.add(new FileRow(p.name(), p.href(), p.mediaType(), p.bytes(), p.sha256()));
        });
        data.put("files", files);
        String name = v.unitName() == null ? v.unitCode() : v.unitName();
        return Optional.of(PortalHtml.page("verify.html", "核验下载的文件：" + name + year.value() + "年度部门决算公开第" + version + "版", data));
    }

    private Optional<VersionManifestEntity> signed(UnitCode unit, FiscalYear year, int version) {
        try {
            return Optional.of(manifests.signed(unit.value(), year.value(), version));
        } catch (RuntimeException e) {
            return Optional.empty(); // files still being rendered, one failed, or no key: the page says the manifest is not there yet
        }
    }
}
