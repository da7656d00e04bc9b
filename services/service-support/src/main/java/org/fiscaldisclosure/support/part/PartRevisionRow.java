package org.fiscaldisclosure.support.part;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    /** The revision's whole JSON: its manifest with the stored segments joined in ({@code Segments}). */
    public byte[] joined() {
        byte[] manifest = document.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Set<String> hashes = org.fiscaldisclosure.support.messaging.Segments.references(manifest);
        java.util.Map<String, byte[]> found = new java.util.HashMap<>();
        if (!hashes.isEmpty()) {
            @SuppressWarnings("unchecked")
            java.util.List<Object[]> rows = getEntityManager().createNativeQuery("select hash, content from part_segment "
                            + "where unit_code = ?1 and fiscal_year = ?2 and hash = any(cast(?3 as text[]))")
                    .setParameter(1, unitCode).setParameter(2, fiscalYear)
                    .setParameter(3, "{" + String.join(",", hashes) + "}").getResultList();
            for (Object[] r : rows) {
                found.put((String) r[0], (byte[]) r[1]);
            }
        }
        try {
            return org.fiscaldisclosure.support.messaging.Segments.join(manifest, found::get);
        } catch (org.fiscaldisclosure.support.messaging.Segments.MissingSegmentException e) {
            throw new IllegalStateException("stored revision refers to missing " + e.getMessage(), e);
        }
    }
}
