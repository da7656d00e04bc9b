package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One format of a published version to render: PENDING from the publishing transaction until the renderer stored its
 * file (READY) or gave up (FAILED, with the reason). The file itself is a {@link RenderedFileEntity}.
 */
@Entity
@Table(name = "rendering_task")
@IdClass(RenderingTaskEntity.Key.class)
public class RenderingTaskEntity extends PanacheEntityBase {

    /** Where a format's file stands. */
    public enum State { PENDING, READY, FAILED }

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

    @Id
    public String format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(nullable = false)
    public int attempts;

    public String error;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public static Optional<RenderingTaskEntity> get(String unitCode, int fiscalYear, int version, String format) {
        return RenderingTaskEntity.<RenderingTaskEntity>findByIdOptional(new Key(unitCode, fiscalYear, version, format));
    }

    /** A disclosure's tasks, by version and format. */
    public static List<RenderingTaskEntity> of(String unitCode, int fiscalYear) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by version, format", unitCode, fiscalYear);
    }

    /** The version whose pending renders were asked for first, if any. */
    public static Optional<RenderingTaskEntity> oldestPending() {
        return find("state = ?1 order by requestedAt, unitCode, fiscalYear, version, format", State.PENDING)
                .<RenderingTaskEntity>firstResultOptional();
    }

    /** A version's tasks still pending, in format order. */
    public static List<RenderingTaskEntity> pending(String unitCode, int fiscalYear, int version) {
        return list("unitCode = ?1 and fiscalYear = ?2 and version = ?3 and state = ?4 order by format",
                unitCode, fiscalYear, version, State.PENDING);
    }
}
