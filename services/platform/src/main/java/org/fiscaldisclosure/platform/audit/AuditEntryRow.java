package org.fiscaldisclosure.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only audit trail ({@code db/audit/V1_4__audit_trail.sql}); written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(updatable = false)
    public Long revision;

    @Column(name = "content_hash", updatable = false)
    public String contentHash;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(name = "actor_kind", nullable = false, updatable = false)
    public String actorKind;

    @Column(name = "stated_by", updatable = false)
    public String statedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public String summary;
}
