package org.fiscaldisclosure.producer.part;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.platform.messaging.Segments;

/** One immutable revision of a part: the whole document as answered and as published in its event. */
@Entity
@Table(name = "part_revision")
@IdClass(PartRevisionRow.Key.class)
public class PartRevisionRow extends PanacheEntityBase {

    /** Identity of a revision. */
    public record Key(String unitCode, int fiscalYear, long revision) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public long revision;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    /** The manifest as cut and sent, exactly (text: measured cheaper than jsonb to write, read and keep). */
    @Column(nullable = false, columnDefinition = "text")
    public String document;

    /**
     * The revision's whole JSON: its manifest with the stored segments joined in ({@code Segments}); the manifest is
     * read once, its segments fetched in one query.
     */
    public byte[] joined() {
        Segments.Manifest manifest = Segments.Manifest.parse(document.getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> found = new HashMap<>();
        if (!manifest.references().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery("select hash, content from part_segment "
                            + "where unit_code = ?1 and fiscal_year = ?2 and hash = any(cast(?3 as text[]))")
                    .setParameter(1, unitCode).setParameter(2, fiscalYear)
                    .setParameter(3, "{" + String.join(",", manifest.references()) + "}").getResultList();
            for (Object[] r : rows) {
                found.put((String) r[0], (byte[]) r[1]);
            }
        }
        try {
            return manifest.join(found::get);
        } catch (Segments.MissingSegmentException e) {
            throw new IllegalStateException("stored revision refers to missing " + e.getMessage(), e);
        }
    }
}
