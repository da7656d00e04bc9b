package org.fiscaldisclosure.producer.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.event.Topics;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.http.JsonBodies;
import org.fiscaldisclosure.platform.kafka.KafkaClientSettings;
import org.fiscaldisclosure.platform.messaging.Backoff;
import org.fiscaldisclosure.platform.messaging.ConsumerLoop;
import org.fiscaldisclosure.platform.messaging.Failures;
import org.fiscaldisclosure.platform.messaging.ParkedRecord;
import org.fiscaldisclosure.platform.outbox.Outbox;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.security.Acting;
import org.fiscaldisclosure.platform.security.Actor;
import org.fiscaldisclosure.producer.part.PartInput;
import org.fiscaldisclosure.producer.part.PartStore;
import org.jboss.logging.Logger;

/**
 * Budget platforms submit parts as CloudEvents, each on its own topic {@code fiscal.inbound.<platform>.v1}, which only
 * that platform's Kafka principal may write (docs/security.md): the topic, not the record, says who sent it. Type
 * {@code fiscal.<part>.part.submitted.v1}, subject {@code <unitCode>/<year>}, data the same JSON as the REST PUT, and an
 * optional {@code ce_ifmatch} extension (the ETag, as If-Match). The owning producer applies a submission with the same
 * validation and concurrency rules as REST and answers on {@code fiscal.inbound.replies.v1}, keyed like the
 * submission, with {@code fiscal.inbound.accepted.v1} (the stored revision) or {@code fiscal.inbound.rejected.v1}
 * (the problem details), {@code inReplyTo} naming the submission's id. The answer goes through the outbox in the
 * transaction that stores the revision, together with the record that the submission was seen: a redelivered
 * submission is neither stored nor answered twice. Submissions of other parts are left to their owners. A submission
 * for a unit the platform is not granted ({@link InboundPlatforms}) is rejected with 403 problem details and changes
 * nothing; an accepted one is audited as the platform ({@code platform:<name>}).
 */
@ApplicationScoped
public class InboundSubmissions {

    private static final Logger LOG = Logger.getLogger(InboundSubmissions.class);
    public static final String IF_MATCH = "ce_ifmatch";
    /** CloudEvents ids and sources longer than this are refused (parked): no platform needs more. */
    static final int MAX_ID_LENGTH = 256;
    static final int MAX_SOURCE_LENGTH = 1_024;

    @Inject
    Instance<PartStore<?>> stores;

    @Inject
    JsonBodies bodies;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientSettings kafka;

    @Inject
    InboundPlatforms platforms;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "fiscal.topics.partitions", defaultValue = "3")
    int partitions;

    @ConfigProperty(name = "fiscal.topics.replication-factor", defaultValue = "1")
    short replicationFactor;

    private ConsumerLoop loop;
    private final Backoff backoff = new Backoff();

    void start(@Observes StartupEvent event) {
        if (!stores.isResolvable()) {
            return; // no part stored by this service (a test of the library alone)
        }
        List<String> topics = platforms.platforms().keySet().stream().sorted().map(Topics::inbound).toList();
        if (topics.isEmpty()) {
            LOG.info("no budget platform configured (fiscal.inbound.platforms.<name>.units): no inbound submissions read");
            return;
        }
        loop = new ConsumerLoop("inbound-submissions", kafka.properties(), application + "-inbound", topics,
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
        Set<TopicPartition> rewound = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            if (rewound.contains(tp)) {
                continue; // read again after the record that is being retried
            }
            if (!handleOrPark(r)) {
                c.seek(tp, r.offset());
                rewound.add(tp);
                continue;
            }
            done.put(tp, new OffsetAndMetadata(r.offset() + 1));
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        if (rewound.isEmpty()) {
            backoff.reset();
        } else {
            ConsumerLoop.sleep(backoff.next());
        }
    }

    /**
     * Handles a record; a record whose handling fails for a reason that would recur (unreadable, unexpected) is parked
     * with the reason and answered as rejected where it can be answered. Returns false only for a passing failure
     * (the database away): the record is then handled again after a pause.
     */
    boolean handleOrPark(ConsumerRecord<String, byte[]> r) {
        try {
            handle(r);
            return true;
        } catch (RuntimeException e) {
            if (Failures.isPassing(e)) {
                LOG.warnf("inbound submission %s-%d@%d: %s; retrying", r.topic(), r.partition(), r.offset(), e.toString());
                return false;
            }
            return park(r, Failures.describe(e));
        }
    }

    private boolean park(ConsumerRecord<String, byte[]> r, String reason) {
        LOG.warnf("parking inbound submission %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), reason);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (ParkedRecord.of(r, reason).persistOnce()) {
                    registry.counter("fiscal.inbound.submissions", "outcome", "parked").increment();
                    String id = header(r, CloudEventHeaders.ID);
                    if (id != null && id.length() <= MAX_ID_LENGTH) {
                        reply(r, id, Topics.INBOUND_REJECTED, rejected(id, Problem.of(422, "unprocessable-submission",
                                "提交无法处理", "该提交已被搁置，原因：" + reason, List.of())));
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            if (Failures.isPassing(e)) {
                return false;
            }
            LOG.errorf("inbound submission %s-%d@%d could not be parked (%s); skipped", r.topic(), r.partition(), r.offset(), e);
            return true;
        }
    }

    private void handle(ConsumerRecord<String, byte[]> r) {
        PartStore<?> store = stores.get();
        String type = header(r, CloudEventHeaders.TYPE);
        if (!store.definition().kind().submittedType().equals(type)) {
            return; // another part's submission, or not a submission
        }
        String id = header(r, CloudEventHeaders.ID);
        String source = header(r, CloudEventHeaders.SOURCE);
        if (id == null || source == null) {
            park(r, "缺少 ce_id 或 ce_source");
            return;
        }
        if (id.length() > MAX_ID_LENGTH || source.length() > MAX_SOURCE_LENGTH) {
            park(r, "ce_id 超过 " + MAX_ID_LENGTH + " 个字符或 ce_source 超过 " + MAX_SOURCE_LENGTH + " 个字符");
            return;
        }
        String platform = platformOf(r.topic());
        if (platform == null) {
            park(r, "主题 " + r.topic() + " 不属于任何已配置的预算平台");
            return;
        }
        // seen per platform: a platform cannot make another's submission look like a redelivery
        String seenAs = platform + " " + source;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!firstSight(seenAs, id)) {
                    return;
                }
                PartRevision<?> stored = apply(store, platform, r);
                reply(r, id, Topics.INBOUND_ACCEPTED, accepted(id, stored));
                registry.counter("fiscal.inbound.submissions", "outcome", "accepted").increment();
            });
        } catch (ProblemException problem) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (firstSight(seenAs, id)) {
                    reply(r, id, Topics.INBOUND_REJECTED, rejected(id, problem.problem()));
                    registry.counter("fiscal.inbound.submissions", "outcome", "rejected").increment();
                }
            });
        }
    }

    /** The platform whose topic {@code topic} is, or null. */
    private String platformOf(String topic) {
        return platforms.platforms().keySet().stream().filter(p -> Topics.inbound(p).equals(topic)).findFirst().orElse(null);
    }

    private <T> PartRevision<T> apply(PartStore<T> store, String platform, ConsumerRecord<String, byte[]> r) {
        String subject = header(r, CloudEventHeaders.SUBJECT);
        String[] path = subject == null ? new String[0] : subject.split("/", -1);
        UnitCode unit;
        FiscalYear year;
        try {
            unit = UnitCode.of(path.length == 2 ? path[0] : "");
            year = FiscalYear.parse(path.length == 2 ? path[1] : "");
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("ce_subject 应为 单位编码/年度，如 110102-SWD/2024",
                    List.of(new FieldError(CloudEventHeaders.SUBJECT, e.getMessage())));
        }
        if (!InboundPlatforms.permits(platforms.platforms().get(platform), unit.value())) {
            throw new ProblemException(Problem.of(403, "forbidden", "无权提交该单位",
                    "预算平台 " + platform + " 未获授权提交单位 " + unit.value() + "（fiscal.inbound.platforms." + platform + ".units）",
                    List.of(new FieldError(CloudEventHeaders.SUBJECT, "不在该平台授权的单位范围内"))));
        }
        T part = PartInput.read(bodies, store.definition(), year, r.value());
        // the platform is the one whose topic the record came from: only its Kafka principal may write it
        return Acting.as(Actor.platform(platform),
                () -> store.put(unit, year, part, header(r, IF_MATCH)));
    }

    private boolean firstSight(String source, String id) {
        return em.createNativeQuery("insert into inbound_seen (source, id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, source).setParameter(2, id).executeUpdate() == 1;
    }

    private Map<String, Object> accepted(String id, PartRevision<?> stored) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inReplyTo", id);
        m.put("unitCode", stored.unitCode().value());
        m.put("fiscalYear", stored.fiscalYear().value());
        m.put("revision", stored.revision());
        m.put("etag", PartStore.etag(stored.revision()));
        m.put("validation", stored.validation());
        return m;
    }

    private static Map<String, Object> rejected(String id, Problem problem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inReplyTo", id);
        m.put("problem", problem);
        return m;
    }

    private void reply(ConsumerRecord<String, byte[]> r, String id, String type, Map<String, Object> body) {
        String subject = header(r, CloudEventHeaders.SUBJECT);
        outbox.add(Topics.INBOUND_REPLIES, id, type,
                stores.get().definition().kind().source(), subject == null ? id : subject, json(body), Instant.now());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

}
