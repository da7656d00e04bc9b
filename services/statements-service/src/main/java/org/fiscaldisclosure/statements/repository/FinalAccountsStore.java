package org.fiscaldisclosure.statements.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.statements.service.FinalAccountsDefinition;
import org.fiscaldisclosure.support.outbox.Outbox;
import org.fiscaldisclosure.support.part.PartStore;

/** Revisions of the statements part, with their events written to the outbox in the same transaction. */
@Singleton
public class FinalAccountsStore extends PartStore<FinalAccounts> {

    @Inject
    public FinalAccountsStore(FinalAccountsDefinition definition, EntityManager em, ObjectMapper mapper, Outbox outbox) {
        super(definition, em, mapper, outbox);
    }
}
