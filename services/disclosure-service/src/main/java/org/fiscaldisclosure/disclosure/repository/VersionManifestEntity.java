package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** The signed manifest of a published version (a JWS whose payload is the manifest), made once its files are ready. */
@Entity
@Immutable
@Table(name = "version_manifest")
@IdClass(VersionEntity.Key.class)
public class VersionManifestEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public int version;

    /** The JWS in compact serialization. */
    @Column(nullable = false)
    public String jws;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    public static Optional<VersionManifestEntity> get(String unitCode, int fiscalYear, int version) {
        return VersionManifestEntity.<VersionManifestEntity>findByIdOptional(new VersionEntity.Key(unitCode, fiscalYear, version));
    }
}
