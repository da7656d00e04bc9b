package org.fiscaldisclosure.disclosure.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.fiscaldisclosure.platform.messaging.PartKey;

/** A disclosure of one unit and year in the read model. */
@Entity
@Table(name = "disclosure")
@IdClass(PartKey.class)
public class DisclosureEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The disclosure, its row locked until the transaction ends: explanations, approvals and publication of one
     * disclosure happen one at a time, and a part event applied meanwhile waits (the read model updates this row).
     */
    public static Optional<DisclosureEntity> lock(String unitCode, int fiscalYear) {
        return DisclosureEntity.<DisclosureEntity>findByIdOptional(new PartKey(unitCode, fiscalYear), LockModeType.PESSIMISTIC_WRITE);
    }
}
