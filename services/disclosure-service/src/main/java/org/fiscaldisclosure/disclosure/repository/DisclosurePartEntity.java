package org.fiscaldisclosure.disclosure.repository;

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

/** The newest revision of one part of a disclosure, as its event carried it. */
@Entity
@Table(name = "disclosure_part")
@IdClass(DisclosurePartEntity.Key.class)
public class DisclosurePartEntity extends PanacheEntityBase {

    /** Identity: unit, year and part. */
    public record Key(String unitCode, int fiscalYear, String part) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Id
    public String part;

    @Column(nullable = false)
    public long revision;

    @Column(name = "revised_at", nullable = false)
    public Instant revisedAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
