package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable published version of a disclosure: the approved content as published. */
@Entity
@Immutable
@Table(name = "disclosure_version")
@IdClass(VersionEntity.Key.class)
public class VersionEntity extends PanacheEntityBase {

    /** Identity: unit, year and version number. */
    public record Key(String unitCode, int fiscalYear, int version) implements Serializable {
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
    public int version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "approval_id", nullable = false)
    public long approvalId;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "correction_note")
    public String correctionNote;

    /** The published content ({@code PublishedDocument}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    public static List<VersionEntity> of(String unitCode, int fiscalYear) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by version", unitCode, fiscalYear);
    }

    public static Optional<VersionEntity> latest(String unitCode, int fiscalYear) {
        return find("unitCode = ?1 and fiscalYear = ?2 order by version desc", unitCode, fiscalYear)
                .<VersionEntity>firstResultOptional();
    }

    public static Optional<VersionEntity> get(String unitCode, int fiscalYear, int version) {
        return VersionEntity.<VersionEntity>findByIdOptional(new Key(unitCode, fiscalYear, version));
    }
}
