package org.fiscaldisclosure.producer.part;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fiscaldisclosure.platform.messaging.PartKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest revision of one part of one disclosure, with its headline figures for listings. */
@Entity
@Table(name = "part_head")
@IdClass(PartKey.class)
public class PartHead extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public long revision;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String headline;

    /**
     * The SHA-256 of the latest revision's part as canonical JSON ({@code PartStore.contentHash}): an identical PUT is
     * recognised by it without reading the revision; null for a revision stored before it was kept.
     */
    @Column(name = "content_hash")
    public String contentHash;
}
