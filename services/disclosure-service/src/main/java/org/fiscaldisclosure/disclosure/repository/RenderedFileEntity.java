package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** A rendering of a published version (JSON, HTML, ...), produced at publish time and served as stored. */
@Entity
@Immutable
@Table(name = "rendered_file")
@IdClass(RenderedFileEntity.Key.class)
public class RenderedFileEntity extends PanacheEntityBase {

    /** Identity: unit, year, version and format. */
    public record Key(String unitCode, int fiscalYear, int version, String format) implements Serializable {
        public Key() {
            this(null, 0, 0, null);
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

    /** The format ({@code html}, {@code pdf}, …), or {@code files/<name>} for one file of a rendering (the data package's). */
    @Id
    public String format;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public byte[] content;

    /** The SHA-256 of the rendering as rendered (before any compression): its ETag. */
    @Column(nullable = false)
    public String sha256;

    /** {@code gzip} when {@link #content} is stored gzip-compressed; null when it is stored as rendered. */
    @Column(name = "content_encoding")
    public String contentEncoding;

    @Column(name = "rendered_at", nullable = false)
    public Instant renderedAt;

    public static Optional<RenderedFileEntity> get(String unitCode, int fiscalYear, int version, String format) {
        return RenderedFileEntity.<RenderedFileEntity>findByIdOptional(new Key(unitCode, fiscalYear, version, format));
    }
}
