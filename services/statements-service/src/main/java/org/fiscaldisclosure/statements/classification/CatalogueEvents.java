package org.fiscaldisclosure.statements.classification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.catalogue.CatalogueEdition;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.kafka.KafkaClientSettings;
import org.fiscaldisclosure.platform.messaging.ConsumerLoop;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Loads the editions the budget platform publishes on {@code fiscal.catalogues.v1}: one CloudEvent per edition, type
 * {@code fiscal.catalogue.edition.v1}, data a {@link CatalogueEdition}. Each record is loaded in a transaction of its
 * own; a record that cannot be loaded (not a catalogue edition, malformed JSON, a malformed edition) is parked in
 * {@code catalogue_parked} with its reason and the consumer goes on with the next. A redelivered event (same source and
 * id) loads nothing twice. Offsets are committed after each poll's records are loaded or parked.
 */
@ApplicationScoped
public class CatalogueEvents {

    private static final Logger LOG = Logger.getLogger(CatalogueEvents.class);

    @Inject
    CatalogueStore catalogues;

    @Inject
    JsonBodies bodies;

    @Inject
    EntityManager em;

    /** Fired after an edition from the topic is committed: the statements parts of its year are derived again. */
    @Inject
    Event<CatalogueStore.EditionLoaded> loadedEditions;

    @Inject
    KafkaClientSettings kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    private ConsumerLoop loop;

    void start(@Observes StartupEvent event) {
        loop = new ConsumerLoop("catalogue-editions", kafka.properties(), application + "-catalogues", List.of(Topics.CATALOGUES),
                partitions, replicationFactor, this::poll);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    private void poll(KafkaConsumer<String, byte[]> c) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
            handle(r);
            done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
    }

    /** Loads the record or parks it; only a failure to park (the database unreachable) is thrown, to be retried. */
    void handle(ConsumerRecord<String, byte[]> r) {
        CatalogueStore.Edition loaded;
        try {
            loaded = QuarkusTransaction.requiringNew().call(() -> load(r));
        } catch (ProblemException e) {
            park(r, e.problem().detail() + (e.problem().errors().isEmpty() ? "" : "：" + e.problem().errors().stream()
                    .map(f -> (f.field().isEmpty() ? "" : f.field() + " ") + f.message()).collect(Collectors.joining("；"))));
            return;
        } catch (RuntimeException e) {
            park(r, "无法载入：" + e);
            return;
        }
        loadedEditions.fire(new CatalogueStore.EditionLoaded(loaded.fiscalYear(), loaded.reevaluationReason()));
    }

    private CatalogueStore.Edition load(ConsumerRecord<String, byte[]> r) {
        String type = header(r, CloudEventHeaders.TYPE);
        String id = header(r, CloudEventHeaders.ID);
        String source = header(r, CloudEventHeaders.SOURCE);
        if (!Topics.CATALOGUE_EDITION.equals(type)) {
            throw reject("ce_type 应为 " + Topics.CATALOGUE_EDITION + "，实为 " + type);
        }
        if (id == null || source == null) {
            throw reject("缺少 ce_id 或 ce_source");
        }
        if (r.value() == null) {
            throw reject("消息体为空");
        }
        CatalogueEdition edition = bodies.read(r.value(), CatalogueEdition.class);
        String key = edition.fiscalYear() + ":" + edition.scheme().key();
        if (r.key() != null && !r.key().equals(key)) {
            throw reject("消息键 " + r.key() + " 与内容的 " + key + " 不符");
        }
        CatalogueStore.Edition loaded = catalogues.load(edition, "platform:" + source, id);
        LOG.infof("catalogue %d %s edition %d loaded from %s (%d entries, complete: %s)", loaded.fiscalYear(),
                loaded.scheme(), loaded.edition(), source, loaded.entries(), loaded.complete());
        return loaded;
    }

    private static ProblemException reject(String reason) {
        return ProblemException.badRequest(reason, List.of());
    }

    private void park(ConsumerRecord<String, byte[]> r, String reason) {
        LOG.warnf("catalogue event %s-%d@%d parked: %s", r.topic(), r.partition(), r.offset(), reason);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into catalogue_parked (topic, kafka_partition, "
                        + "kafka_offset, event_key, ce_id, ce_source, reason, payload, parked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now()) "
                        + "on conflict (topic, kafka_partition, kafka_offset) do nothing")
                .setParameter(1, r.topic()).setParameter(2, r.partition()).setParameter(3, r.offset()).setParameter(4, r.key())
                .setParameter(5, header(r, CloudEventHeaders.ID)).setParameter(6, header(r, CloudEventHeaders.SOURCE))
                .setParameter(7, reason.length() > 4000 ? reason.substring(0, 4000) : reason)
                .setParameter(8, r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8).replace("\u0000", "\\u0000"))
                .executeUpdate());
    }

    /** A catalogue event that could not be loaded, and why. */
    public record Parked(String topic, int partition, long offset, String key, String ceId, String ceSource, String reason,
                         String parkedAt) {
    }

    /** The parked catalogue events, newest first (at most 500). */
    public List<Parked> parked() {
        List<Parked> out = new java.util.ArrayList<>();
        for (Object o : em.createNativeQuery("select topic, kafka_partition, kafka_offset, event_key, ce_id, ce_source, reason, "
                + "parked_at from catalogue_parked order by id desc limit 500").getResultList()) {
            Object[] a = (Object[]) o;
            out.add(new Parked((String) a[0], ((Number) a[1]).intValue(), ((Number) a[2]).longValue(), (String) a[3],
                    (String) a[4], (String) a[5], (String) a[6], String.valueOf(a[7])));
        }
        return out;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
