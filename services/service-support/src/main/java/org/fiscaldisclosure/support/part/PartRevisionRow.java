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
}
