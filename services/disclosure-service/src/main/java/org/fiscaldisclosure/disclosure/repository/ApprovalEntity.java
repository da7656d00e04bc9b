package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A reviewer's approval of one exact content hash, with the 保密审查 and 负责人审签 attestations (append-only). */
@Entity
@Table(name = "approval")
public class ApprovalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String approver;

    @Column(name = "confidentiality_reviewed", nullable = false)
    public boolean confidentialityReviewed;

    @Column(name = "confidentiality_reviewer", nullable = false)
    public String confidentialityReviewer;

    @Column(name = "signed_off", nullable = false)
    public boolean signedOff;

    @Column(name = "signed_off_by", nullable = false)
    public String signedOffBy;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    /** The newest approval of this exact content, if any. */
    public static Optional<ApprovalEntity> latestOf(String unitCode, int fiscalYear, String contentHash) {
        return find("unitCode = ?1 and fiscalYear = ?2 and contentHash = ?3 order by id desc", unitCode, fiscalYear, contentHash)
                .<ApprovalEntity>firstResultOptional();
    }

    /** Every approval of a disclosure, oldest first. */
    public static List<ApprovalEntity> of(String unitCode, int fiscalYear) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by id", unitCode, fiscalYear);
    }
}
