package org.fiscaldisclosure.performance.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.performance.service.PerformanceDefinition;
import org.fiscaldisclosure.support.outbox.Outbox;
import org.fiscaldisclosure.support.part.PartStore;

/** Revisions of the performance part, with their events written to the outbox in the same transaction. */
@Singleton
public class PerformanceStore extends PartStore<Performance> {

    @Inject
    public PerformanceStore(PerformanceDefinition definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        super(definition, em, mapper, outbox);
    }
}
