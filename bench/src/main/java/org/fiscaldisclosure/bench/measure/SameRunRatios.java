package org.fiscaldisclosure.bench.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.contracts.event.MessageLimits;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.Suite;
import org.fiscaldisclosure.testdata.UnitFactory;

/**
 * The goals of the suite, each as a ratio to a plain baseline measured in the same run, one after the other, on the
 * same machine: a single client's PUT against a JDBC insert plus a Kafka produce of the same bytes; event lag at half
 * the measured write capacity against a plain produce → consume at the same rate; published reads against a plain
 * Vert.x server answering the same stored bytes with the same compression; the assembled draft against a plain JDBC
 * read of the same rows; the bytes a part adds to its topic's log against its compact request.
 */
public final class SameRunRatios {

    /** One goal: what the suite measured, what the baseline measured, their ratio and the goal's bound. */
    public record Ratio(String goal, String measured, String baseline, double ratio, String bound, boolean met) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LATENCY_DB = "bench_latency";

    private final LocalInfra infra;
    private final Suite suite;
    private final Http http;
    private final UnitFactory units;
    private final SuiteDatabases dbs;
    private final Path root;
    /** The plain clients connect as the tests' principal; the log sizes are read as the broker's admin. */
    private final Map<String, Object> clientSettings;
    private final Map<String, Object> adminSettings;

    public SameRunRatios(LocalInfra infra, Suite suite, Http http, UnitFactory units, SuiteDatabases dbs, Path root) {
        this.infra = infra;
        this.suite = suite;
        this.http = http;
        this.units = units;
        this.dbs = dbs;
        this.root = root;
        this.clientSettings = infra.kafka().clientSettings(org.fiscaldisclosure.infra.KafkaAccess.TEST_CLIENT);
        this.adminSettings = infra.kafka().clientSettings(org.fiscaldisclosure.infra.KafkaAccess.ADMIN);
    }

    // ---------------------------------------------------------------- single-client PUT

    /** p50 of {@code count} PUTs by one client, one after the other (each a new revision), and of the baseline. */
    public Ratio singleClientPut(String label, List<PartWrite> writes) throws Exception {
        Latencies put = new Latencies();
        List<String> stored = new ArrayList<>();
        for (PartWrite w : writes) {
            long t0 = System.nanoTime();
            Http.Reply r = http.put(w.url(), w.body(), Tokens.Role.PREPARER);
            put.add(System.nanoTime() - t0);
            if (!r.ok()) {
                throw new IllegalStateException("PUT " + w.url() + " answered " + r.status() + ": " + r.body());
            }
            stored.add(http.get(w.url(), Tokens.Role.PREPARER).body()); // the revision as stored, whole
        }
        Latencies base = plainWriteLatencies(writes, stored);
        double ratio = put.percentileMillis(50) / base.percentileMillis(50);
        return new Ratio("single-client PUT p50, " + label + " (≤ 3 × a JDBC insert of the revision + a Kafka produce of its event)",
                String.format("%.1f ms (%d PUTs)", put.percentileMillis(50), put.count()),
                String.format("%.1f ms", base.percentileMillis(50)), ratio, "≤ 3×", ratio <= 3);
    }

    /** A PUT of one part: where, and the body. */
    public record PartWrite(PartKind kind, String unitCode, String url, String body) {
    }

    /** The writes of units {@code from}.. in turn, each part once, each body changed ({@code note}) so each is a revision. */
    public List<PartWrite> sampleWrites(int from, int count, int note) {
        List<PartWrite> writes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = from + i / 3;
            PartKind kind = PartKind.values()[i % 3];
            String code = UnitFactory.unit(index).unitCode();
            writes.add(new PartWrite(kind, code, WriteLoad.partUrl(suite, kind, code), units.part(index, kind.path(), note)));
        }
        return writes;
    }

    /** The same revisions written by one JDBC transaction each (head, revision, outbox row) and produced, acks=all. */
    private Latencies plainWriteLatencies(List<PartWrite> writes, List<String> documents) throws Exception {
        infra.postgres().createDatabase(LATENCY_DB);
        try (Connection c = dbs.open(LATENCY_DB); Statement s = c.createStatement()) {
            s.execute("drop table if exists part_head, part_revision, outbox_event");
            for (String file : List.of("services/platform/src/main/resources/db/outbox/V1_1__outbox.sql",
                    "services/producer-support/src/main/resources/db/parts/V1_2__part_revisions.sql")) {
                s.execute(Files.readString(root.resolve(file)));
            }
        }
        String topic = org.fiscaldisclosure.infra.KafkaAccess.TEST_TOPIC_PREFIX + "bench.latency." + UUID.randomUUID();
        ensureTopic(topic);
        Latencies lat = new Latencies();
        try (Connection c = dbs.open(LATENCY_DB); KafkaProducer<String, byte[]> producer = relayLikeProducer()) {
            c.setAutoCommit(false);
            producer.send(new ProducerRecord<>(topic, "warm", new byte[1])).get();
            try (PreparedStatement head = c.prepareStatement("insert into part_head (unit_code, fiscal_year, region_code, "
                    + "revision, revised_at, headline) values (?, 2024, '110102', ?, now(), '{}'::jsonb) on conflict (unit_code, fiscal_year) "
                    + "do update set revision = excluded.revision, revised_at = excluded.revised_at, headline = excluded.headline");
                 PreparedStatement revision = c.prepareStatement("insert into part_revision (unit_code, fiscal_year, revision, "
                         + "revised_at, document) values (?, 2024, ?, now(), cast(? as jsonb))");
                 PreparedStatement outbox = c.prepareStatement("insert into outbox_event (id, topic, event_key, type, source, "
                         + "subject, payload, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), now())")) {
                for (int i = 0; i < writes.size(); i++) {
                    PartWrite w = writes.get(i);
                    String doc = documents.get(i);
                    String unit = w.unitCode() + "-" + w.kind().key();
                    long t0 = System.nanoTime();
                    head.setString(1, unit);
                    head.setLong(2, i + 1);
                    head.executeUpdate();
                    revision.setString(1, unit);
                    revision.setLong(2, i + 1);
                    revision.setString(3, doc);
                    revision.executeUpdate();
                    outbox.setObject(1, UUID.randomUUID());
                    outbox.setString(2, w.kind().topic());
                    outbox.setString(3, unit + ":2024");
                    outbox.setString(4, w.kind().eventType());
                    outbox.setString(5, w.kind().source());
                    outbox.setString(6, unit + "/2024");
                    outbox.setString(7, doc);
                    outbox.executeUpdate();
                    c.commit();
                    producer.send(new ProducerRecord<>(topic, unit + ":2024", doc.getBytes(StandardCharsets.UTF_8))).get();
                    lat.add(System.nanoTime() - t0);
                }
            }
        }
        return lat;
    }

    private KafkaProducer<String, byte[]> relayLikeProducer() {
        Map<String, Object> cfg = new HashMap<>(clientSettings);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        cfg.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        cfg.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, MessageLimits.COMPRESSION);
        cfg.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MessageLimits.MAX_MESSAGE_BYTES);
        cfg.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * MessageLimits.MAX_MESSAGE_BYTES);
        cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-plain");
        return new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
    }

    private void ensureTopic(String topic) {
        try (Admin admin = Admin.create(adminSettings)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(MessageLimits.MAX_MESSAGE_BYTES))))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("topic " + topic + ": " + e, e);
        }
    }

    // ---------------------------------------------------------------- lag at half the capacity

    /**
     * A plain producer at {@code rate} records/s for {@code seconds} (the stored revisions of units 1..k, in turn) and a
     * consumer reading them as they come: lag = consumed − sent, same clock.
     */
    public Latencies plainLag(int rate, int seconds, List<byte[]> payloads) throws Exception {
        String topic = org.fiscaldisclosure.infra.KafkaAccess.TEST_TOPIC_PREFIX + "bench.lag." + UUID.randomUUID();
        ensureTopic(topic);
        Latencies lag = new Latencies();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        int total = rate * seconds;
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Object> cc = new HashMap<>(clientSettings);
        cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cc.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cc.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MessageLimits.MAX_FETCH_BYTES);
        cc.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MessageLimits.MAX_FETCH_BYTES);
        CompletableFuture<Void> consumed = CompletableFuture.runAsync(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> parts = new ArrayList<>();
                consumer.partitionsFor(topic).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
                consumer.assign(parts);
                consumer.seekToBeginning(parts);
                int seen = 0;
                while (seen < total && !stop.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(java.time.Duration.ofMillis(5))) {
                        Long t = sentAt.remove(r.key());
                        if (t != null) {
                            lag.add(System.nanoTime() - t);
                            seen++;
                        }
                    }
                }
            }
        });
        Thread.sleep(1_000); // the consumer assigned
        try (KafkaProducer<String, byte[]> producer = relayLikeProducer()) {
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String key = "k" + i;
                sentAt.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, payloads.get(i % payloads.size())));
            }
            producer.flush();
        }
        try {
            consumed.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            stop.set(true);
        }
        return lag;
    }

    /** The documents the producers stored for units 1..k (revision 1), as the relays sent them. */
    public List<byte[]> storedPayloads(int k) {
        List<byte[]> payloads = new ArrayList<>();
        new StoredRevisions(dbs).forEachChunk(1, k, 500, rows -> rows.forEach(r -> payloads.add(r.document().getBytes(StandardCharsets.UTF_8))));
        return payloads;
    }

    // ---------------------------------------------------------------- published reads against a plain server

    /**
     * A plain HTTP server (Vert.x, as the services, one event loop per core) answering each of {@code paths} with the
     * stored file's bytes as stored in the disclosure-service's database, {@code Content-Encoding: gzip} when stored so
     * (the client of the measurement accepts it): what a static file server would do with the same files.
     */
    public AutoCloseable plainFileServer(int port) throws Exception {
        Map<String, byte[]> bodies = new HashMap<>();
        Map<String, String> encodings = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        try (Connection c = dbs.open("disclosure");
             PreparedStatement s = c.prepareStatement("select unit_code, fiscal_year, version, format, media_type, content, "
                     + "content_encoding from rendered_file where format in ('json', 'html')")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String path = "/api/v1/disclosures/" + rs.getString(1) + "/" + rs.getInt(2) + "/versions/" + rs.getInt(3)
                            + "?format=" + rs.getString(4);
                    bodies.put(path, rs.getBytes(6));
                    types.put(path, rs.getString(5));
                    if (rs.getString(7) != null) {
                        encodings.put(path, rs.getString(7));
                    }
                }
            }
        }
        Vertx vertx = Vertx.vertx();
        List<HttpServer> servers = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            HttpServer server = vertx.createHttpServer().requestHandler(req -> {
                byte[] body = bodies.get(req.uri());
                if (body == null) {
                    req.response().setStatusCode(404).end();
                    return;
                }
                var resp = req.response().putHeader("Content-Type", types.get(req.uri()));
                String enc = encodings.get(req.uri());
                if (enc != null) {
                    String accept = req.getHeader("Accept-Encoding");
                    if (accept != null && accept.contains("gzip")) {
                        resp.putHeader("Content-Encoding", enc);
                    } else {
                        body = gunzip(body);
                    }
                }
                resp.end(io.vertx.core.buffer.Buffer.buffer(body));
            });
            servers.add(server.listen(port).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS));
        }
        return () -> vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- assembled draft against plain JDBC

    /** p50 of {@code count} GETs of the assembled draft by one client, and of plain JDBC reading the same rows. */
    public Ratio draft(List<String> unitCodes, int count) throws Exception {
        Latencies get = new Latencies();
        Latencies jdbc = new Latencies();
        String base = suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/";
        for (int i = 0; i < Math.min(count, 10); i++) { // warm-up
            http.get(base + unitCodes.get(i % unitCodes.size()) + "/2024", Tokens.Role.REVIEWER);
        }
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            Http.Reply r = http.get(base + unitCodes.get(i % unitCodes.size()) + "/2024", Tokens.Role.REVIEWER);
            get.add(System.nanoTime() - t0);
            if (!r.ok()) {
                throw new IllegalStateException("draft answered " + r.status());
            }
        }
        try (Connection c = dbs.open("disclosure");
             PreparedStatement d = c.prepareStatement("select unit_code, fiscal_year, region_code, unit_name, updated_at from disclosure "
                     + "where unit_code = ? and fiscal_year = 2024");
             PreparedStatement p = c.prepareStatement("select part, revision, document::text from disclosure_part "
                     + "where unit_code = ? and fiscal_year = 2024 order by part")) {
            for (int i = 0; i < count + Math.min(count, 10); i++) {
                String unit = unitCodes.get(i % unitCodes.size());
                long t0 = System.nanoTime();
                long bytes = 0;
                d.setString(1, unit);
                try (ResultSet rs = d.executeQuery()) {
                    rs.next();
                }
                p.setString(1, unit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        bytes += rs.getString(3).length();
                    }
                }
                if (i >= Math.min(count, 10)) {
                    jdbc.add(System.nanoTime() - t0);
                }
                if (bytes == 0) {
                    throw new IllegalStateException("no parts read for " + unit);
                }
            }
        }
        double ratio = get.percentileMillis(50) / jdbc.percentileMillis(50);
        return new Ratio("assembled draft p50, one client (≤ 3 × plain JDBC reading the same rows)",
                String.format("%.1f ms", get.percentileMillis(50)), String.format("%.2f ms", jdbc.percentileMillis(50)),
                ratio, "≤ 3×", ratio <= 3);
    }

    // ---------------------------------------------------------------- bytes on the topic log

    /**
     * For each part of unit {@code index} (never written before): the bytes its PUT added to its topic's log (the
     * broker's {@code describeLogDirs} before and after, as stored: compressed), against the compact JSON of its request.
     */
    public Ratio logBytes(int index) throws Exception {
        String code = UnitFactory.unit(index).unitCode();
        long added = 0;
        long request = 0;
        StringBuilder perPart = new StringBuilder();
        try (Admin admin = Admin.create(adminSettings)) {
            for (PartKind kind : PartKind.values()) {
                String body = units.part(index, kind.path(), 1);
                long compact = JSON.writeValueAsBytes(JSON.readTree(body)).length;
                long before = logSize(admin, kind.topic());
                Http.Reply r = http.put(WriteLoad.partUrl(suite, kind, code), body, Tokens.Role.PREPARER);
                if (!r.ok()) {
                    throw new IllegalStateException("PUT answered " + r.status() + ": " + r.body());
                }
                dbs.awaitReadModelCaughtUp(120_000); // the relay has sent it
                long after = logSize(admin, kind.topic());
                added += after - before;
                request += compact;
                perPart.append(String.format("%s %,d B of %,d B; ", kind.key(), after - before, compact));
            }
        }
        double ratio = (double) added / request;
        return new Ratio("bytes a part adds to its topic's log (≤ 1 × its compact request)", perPart.toString().trim(),
                String.format("%,d B of requests", request), ratio, "≤ 1×", ratio <= 1);
    }

    private static long logSize(Admin admin, String topic) throws Exception {
        long size = 0;
        Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(
                admin.describeCluster().nodes().get().stream().map(n -> n.id()).toList()).allDescriptions().get();
        for (Map<String, LogDirDescription> byDir : dirs.values()) {
            for (LogDirDescription d : byDir.values()) {
                for (var e : d.replicaInfos().entrySet()) {
                    if (e.getKey().topic().equals(topic)) {
                        size += e.getValue().size();
                    }
                }
            }
        }
        return size;
    }
}
