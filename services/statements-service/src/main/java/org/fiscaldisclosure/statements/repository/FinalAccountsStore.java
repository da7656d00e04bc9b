package org.fiscaldisclosure.statements.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.security.Acting;
import org.fiscaldisclosure.platform.security.Actor;
import org.fiscaldisclosure.producer.part.PartDefinition;
import org.fiscaldisclosure.producer.part.PartStore;

/**
 * Revisions of the statements part, with their events written to the outbox in the same transaction. A part reads
 * the previous year's part (year-on-year figures, reasons, findings), so storing a revision of a year also derives
 * the following year's part again, as the system's change, in the same transaction: years may arrive in any order.
 */
@Singleton
public class FinalAccountsStore extends PartStore<FinalAccounts> {

    @Inject
    public FinalAccountsStore(PartDefinition<FinalAccounts> definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        super(definition, em, mapper, outbox);
    }

    @Override
    public PartRevision<FinalAccounts> put(UnitCode unit, FiscalYear year, FinalAccounts part, String ifMatch) {
        long before = currentRevision(unit, year);
        PartRevision<FinalAccounts> stored = super.put(unit, year, part, ifMatch);
        if (stored.revision() != before && year.value() < FiscalYear.MAX) {
            FiscalYear next = FiscalYear.of(year.value() + 1);
            String reason = "上年（" + year.value() + "年）部门决算" + (before == 0 ? "已提交" : "已更新") + "（第" + stored.revision() + "版）";
            Acting.as(Actor.SYSTEM, () -> reevaluate(unit, next, reason));
        }
        return stored;
    }
}
