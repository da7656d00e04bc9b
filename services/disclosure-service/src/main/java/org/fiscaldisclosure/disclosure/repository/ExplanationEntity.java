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

/** A written explanation of a WARNING finding (append-only; the newest per rule and location is in force). */
@Entity
@Table(name = "explanation")
public class ExplanationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(nullable = false)
    public String location;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String author;

    @Column(name = "explained_at", nullable = false)
    public Instant explainedAt;

    /** Every explanation of a disclosure, oldest first. */
    public static List<ExplanationEntity> of(String unitCode, int fiscalYear) {
        return list("unitCode = ?1 and fiscalYear = ?2 order by id", unitCode, fiscalYear);
    }
}
