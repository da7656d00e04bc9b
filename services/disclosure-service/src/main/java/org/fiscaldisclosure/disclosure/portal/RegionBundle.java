package org.fiscaldisclosure.disclosure.portal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.disclosure.publication.VersionSummary;
import org.fiscaldisclosure.disclosure.rendering.FileStatus;
import org.fiscaldisclosure.disclosure.rendering.Renderings;
import org.fiscaldisclosure.disclosure.rendering.StoredFile;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The region-year bundle: one zip of the newest published version of every disclosure of a region and year, each
 * file as it was rendered and stored at publish time, under {@code <unit code>/<file name>}, with {@code index.csv}
 * (UTF-8 with a BOM) listing every unit, version, file, size and SHA-256, and the files not ready yet. The zip is
 * written to the response as it is read, one stored file at a time (each read in a transaction of its own), so memory
 * holds one file at most; a bundle holds at most {@code fiscal.portal.bundle.max-disclosures} disclosures (default
 * 1000), larger regions are refused with a problem naming the limit.
 */
@ApplicationScoped
public class RegionBundle {

    @Inject
    PublishedIndex index;

    @Inject
    Renderings renderings;

    @ConfigProperty(name = "fiscal.portal.bundle.max-disclosures", defaultValue = "1000")
    int maxDisclosures;

    /** A file planned in the bundle: its disclosure, version, format and state when planned. */
    public record Member(String unitCode, String unitName, int fiscalYear, int version, Instant publishedAt, String format,
                         RenderingTaskEntity.State state) {
    }

    /** What a bundle holds, decided before the first byte is written. */
    public record Plan(String regionCode, int fiscalYear, List<Member> members) {

        public String fileName() {
            return regionCode + "-" + fiscalYear + "-disclosures.zip";
        }
    }

    /** The formats a bundle can hold (those of a published version), in rendering order. */
    public List<String> formats() {
        return renderings.formats();
    }

    /**
     * The bundle of a region and year with the formats asked for; empty when no disclosure of it is published; a 413
     * problem when it would hold more disclosures than the limit.
     */
    public Optional<Plan> plan(String region, int year, List<String> formats) {
        List<PublishedIndex.Entry> published = index.find(new PublishedIndex.Query(null, year, region, null, true));
        if (published.isEmpty()) {
            return Optional.empty();
        }
        if (published.size() > maxDisclosures) {
            throw new ProblemException(Problem.of(413, "bundle-too-large", "打包下载的内容过多",
                    "该地区该年度有 " + published.size() + " 个已公开的部门决算，一次打包最多 " + maxDisclosures
                            + " 个；请逐个单位下载，或以 formats 只选部分格式后分批下载",
                    List.of(new FieldError("regionCode", "一次打包最多 " + maxDisclosures + " 个已公开的部门决算"))));
        }
        List<Member> members = new ArrayList<>();
        for (PublishedIndex.Entry e : published) {
            List<FileStatus> files = renderings.files(e.unitCode(), e.fiscalYear(), e.version(),
                    VersionSummary.href(e.unitCode(), e.fiscalYear(), e.version()));
            for (FileStatus f : files) {
                if (formats.contains(f.format())) {
                    members.add(new Member(e.unitCode(), e.unitName(), e.fiscalYear(), e.version(), e.latestPublishedAt(), f.format(), f.state()));
                }
            }
        }
        return Optional.of(new Plan(region, year, members));
    }

    /** Writes the bundle as a zip to {@code out}, file by file. */
    public void write(Plan plan, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF单位代码,单位名称,年度,版本,公开时间,格式,文件,字节数,SHA-256,状态\r\n");
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Member m : plan.members()) {
                Optional<StoredFile> file = m.state() == RenderingTaskEntity.State.READY
                        ? QuarkusTransaction.requiringNew().call(() -> renderings.stored(m.unitCode(), m.fiscalYear(), m.version(), m.format()))
                        : Optional.empty();
                if (file.isEmpty()) {
                    row(csv, m, "", "", "", m.state() == RenderingTaskEntity.State.FAILED ? "生成失败，未收入" : "生成中，未收入");
                    continue;
                }
                StoredFile f = file.get();
                String path = m.unitCode() + "/" + renderings.fileName(f);
                byte[] rendered = f.rendered(); // the file as rendered, whether or not it is stored compressed
                entry(zip, path, rendered, m.publishedAt(), f.mediaType());
                row(csv, m, path, Integer.toString(rendered.length), f.sha256(), "已收入");
            }
            entry(zip, "index.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, "text/csv");
        }
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content, Instant time, String mediaType) throws IOException {
        ZipEntry e = new ZipEntry(path);
        if (time != null) {
            e.setLastModifiedTime(FileTime.from(time));
        }
        // files that are compressed already (PDF, XLSX, the data package's zip) are stored as they are
        if (mediaType.startsWith("application/pdf") || mediaType.startsWith("application/zip") || mediaType.contains("spreadsheetml")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            e.setMethod(ZipEntry.STORED);
            e.setSize(content.length);
            e.setCompressedSize(content.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    private static void row(StringBuilder csv, Member m, String path, String bytes, String sha256, String state) {
        List<String> cells = List.of(m.unitCode(), m.unitName() == null ? "" : m.unitName(), Integer.toString(m.fiscalYear()),
                Integer.toString(m.version()), m.publishedAt() == null ? "" : m.publishedAt().toString(), m.format(), path, bytes, sha256, state);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a cell starting with a formula character is prefixed with an apostrophe for spreadsheets. */
    static String quoted(String cell) {
        String s = cell;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

}
