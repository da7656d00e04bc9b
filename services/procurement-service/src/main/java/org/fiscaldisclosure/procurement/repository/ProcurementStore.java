package org.fiscaldisclosure.procurement.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.producer.part.PartDefinition;
import org.fiscaldisclosure.producer.part.PartStore;

/** Revisions of the procurement part, with their events written to the outbox in the same transaction. */
@Singleton
public class ProcurementStore extends PartStore<Procurement> {

    @Inject
    public ProcurementStore(PartDefinition<Procurement> definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        super(definition, em, mapper, outbox);
    }
}
