package org.fiscaldisclosure.statements.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.messaging.Segments;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.fiscaldisclosure.platform.outbox.OutboxRetention;
import org.fiscaldisclosure.platform.security.Acting;
import org.fiscaldisclosure.platform.security.Actor;
import org.fiscaldisclosure.producer.part.PartEvaluation;
import org.fiscaldisclosure.producer.part.PartRevisionRow;
import org.fiscaldisclosure.producer.part.PartStore;
import org.fiscaldisclosure.statements.figures.StatementFigures;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.junit.jupiter.api.Test;

/**
 * A write derives its revision in one pass and stores it from one tree: the part store asks the definition for one
 * evaluation (never its headline, rules and published form apart), the statements read the previous year's part once,
 * an identical part is recognised by its content hash without an evaluation, and the revision reads back exactly as
 * it was derived. Also: sent outbox rows go after their retention, parked and unsent rows stay.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class OneEvaluationPerWriteTest {

    @Inject
    FinalAccountsDefinition definition;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Outbox outbox;
    @Inject
    OutboxRetention retention;

    /** The statements definition, counting its evaluations and previous-year reads; refusing to be asked piecemeal. */
    @Vetoed
    static class Counting extends FinalAccountsDefinition {
        int evaluations;
        int previousReads;

        Counting(FinalAccountsDefinition real) {
            this.store = real.store;
            this.catalogues = real.catalogues;
        }

        @Override
        public PartEvaluation evaluate(UnitCode unit, FiscalYear year, FinalAccounts part) {
            evaluations++;
            return super.evaluate(unit, year, part);
        }

        @Override
        protected Optional<StatementFigures> previous(UnitCode unit, FiscalYear year) {
            previousReads++;
            return super.previous(unit, year);
        }

        @Override
        public Map<HeadlineFigure, BigDecimal> headline(FinalAccounts part) {
            throw new AssertionError("headline asked apart from the evaluation");
        }

        @Override
        public List<Finding> validate(UnitCode unit, FiscalYear year, FinalAccounts part) {
            throw new AssertionError("rules asked apart from the evaluation");
        }

        @Override
        public PartDocument document(UnitCode unit, FiscalYear year, FinalAccounts part) {
            throw new AssertionError("published form asked apart from the evaluation");
        }
    }

    private static FinalAccounts sample(ObjectMapper mapper) throws Exception {
        return mapper.readValue(OneEvaluationPerWriteTest.class.getResourceAsStream("/clean-final-accounts.json"), FinalAccounts.class);
    }

    private static <R> R inTransaction(java.util.function.Supplier<R> work) {
        return QuarkusTransaction.requiringNew().call(() -> Acting.as(Actor.SYSTEM, work));
    }

    @Test
    void aWriteEvaluatesThePartOnceAndReadsThePreviousYearOnce() throws Exception {
        Counting counting = new Counting(ClientProxy.unwrap(definition));
        PartStore<FinalAccounts> store = new PartStore<>(counting, em, mapper, outbox);
        UnitCode unit = UnitCode.of("110102-E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        FinalAccounts part = sample(mapper);

        inTransaction(() -> store.put(unit, FiscalYear.of(2023), part, null));
        counting.evaluations = 0;
        counting.previousReads = 0;
        PartRevision<FinalAccounts> stored = inTransaction(() -> store.put(unit, FiscalYear.of(2024), part, null));

        assertEquals(1, stored.revision());
        assertEquals(1, counting.evaluations, "one evaluation for the write");
        assertEquals(1, counting.previousReads, "the previous year's part read once");
        assertFalse(stored.headline().isEmpty());
        assertNotNull(stored.document());
        assertTrue(stored.document().sections().size() > 0);
        // the same as the definition derives piecemeal
        assertEquals(definition.headline(part).size(), stored.headline().size());
        assertEquals(definition.validate(unit, FiscalYear.of(2024), part).size(), stored.validation().findings().size());
    }

    @Test
    void anIdenticalPartIsRecognisedByItsContentHashWhateverTheOrderOfItsMembers() throws Exception {
        Counting counting = new Counting(ClientProxy.unwrap(definition));
        PartStore<FinalAccounts> store = new PartStore<>(counting, em, mapper, outbox);
        UnitCode unit = UnitCode.of("110102-H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        FinalAccounts part = sample(mapper);
        PartRevision<FinalAccounts> first = inTransaction(() -> store.put(unit, FiscalYear.of(2024), part, null));

        // the same content, its tables given in the reverse order
        ObjectNode tree = mapper.valueToTree(part);
        ObjectNode tables = (ObjectNode) tree.get("tables");
        List<String> names = new ArrayList<>();
        tables.fieldNames().forEachRemaining(names::add);
        assertTrue(names.size() > 1);
        Collections.reverse(names);
        ObjectNode reversed = mapper.createObjectNode();
        names.forEach(n -> reversed.set(n, tables.get(n)));
        tree.set("tables", reversed);
        FinalAccounts reordered = mapper.treeToValue(tree, FinalAccounts.class);
        assertEquals(store.contentHash(part), store.contentHash(reordered));

        counting.evaluations = 0;
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject like ?1", unit.value() + "/2024%"));
        PartRevision<FinalAccounts> again = inTransaction(() -> store.put(unit, FiscalYear.of(2024), reordered, "\"1\""));
        long outboxAfter = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("subject like ?1", unit.value() + "/2024%"));

        assertEquals(first.revision(), again.revision());
        assertEquals(0, counting.evaluations, "nothing evaluated for an identical part");
        assertEquals(outboxBefore, outboxAfter, "no event for an identical part");

        // a changed part is a new revision
        ObjectNode changed = mapper.valueToTree(part);
        ((ObjectNode) changed.get("unit")).put("duties", part.unit().duties() + "（修订）");
        PartRevision<FinalAccounts> second = inTransaction(() -> store.put(unit, FiscalYear.of(2024),
                mapper.convertValue(changed, FinalAccounts.class), "\"1\""));
        assertEquals(2, second.revision());
        assertEquals(1, counting.evaluations);
    }

    @Test
    void theStoredRevisionIsTheDerivedOneCutOnceAndReadsBackExactly() throws Exception {
        FinalAccountsStore store = ClientProxy.unwrap(definition).store.get();
        UnitCode unit = UnitCode.of("110102-X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        FinalAccounts part = sample(mapper);
        PartRevision<FinalAccounts> stored = inTransaction(() -> store.put(unit, FiscalYear.of(2024), part, null));

        ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        byte[] written = mapper.writeValueAsBytes(stored);
        PartRevisionRow row = QuarkusTransaction.requiringNew().call(() ->
                PartRevisionRow.<PartRevisionRow>findById(new PartRevisionRow.Key(unit.value(), 2024, 1)));
        // the manifest cut from the tree is the one cut from the written revision: same segments, same hashes
        JsonNode manifest = exact.readTree(row.document);
        assertEquals(exact.readTree(Segments.cut(written).manifest()), manifest);
        assertFalse(Segments.references(row.document.getBytes(StandardCharsets.UTF_8)).isEmpty(), "the sample is cut into segments");
        // joined back, it is the revision exactly as written, every number with its scale
        byte[] joined = QuarkusTransaction.requiringNew().call(() ->
                PartRevisionRow.<PartRevisionRow>findById(new PartRevisionRow.Key(unit.value(), 2024, 1)).joined());
        assertEquals(exact.readTree(written), exact.readTree(joined));
        assertEquals(mapper.valueToTree(stored), mapper.valueToTree(store.revision(unit, FiscalYear.of(2024), 1).orElseThrow()));
    }

    @Test
    void sentOutboxRowsGoAfterTheirRetentionParkedAndUnsentRowsStay() {
        String topic = "fiscal.test.retention." + UUID.randomUUID();
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent sentOld = outbox.add(topic, "k:1", "t", "s", "old", "{}", longAgo);
            sentOld.sentAt = longAgo;
            OutboxEvent sentNew = outbox.add(topic, "k:2", "t", "s", "new", "{}", Instant.now());
            sentNew.sentAt = Instant.now();
            OutboxEvent parked = outbox.add(topic, "k:3", "t", "s", "parked", "{}", longAgo);
            parked.parkedAt = longAgo;
            parked.parkReason = "refused";
            parked.sentAt = null;
            return List.of(sentOld.id, sentNew.id, parked.id);
        });
        int deleted = retention.purge(Instant.now());

        assertTrue(deleted >= 1);
        List<String> left = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("topic", topic)
                .stream().map(e -> e.subject).sorted().toList());
        assertEquals(List.of("new", "parked"), left);
        assertEquals(3, ids.size());
    }
}
