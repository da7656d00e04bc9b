package org.fiscaldisclosure.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fiscaldisclosure.bench.Http;
import org.fiscaldisclosure.bench.Tokens;
import org.fiscaldisclosure.contracts.event.CloudEventHeaders;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.FreePorts;
import org.fiscaldisclosure.infra.KafkaAccess;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.ServiceProcess;
import org.fiscaldisclosure.infra.Suite;
import org.fiscaldisclosure.testdata.UnitFactory;

/**
 * Two instances of every service on the same databases and broker, compared with one ({@code --two-of-each}).
 *
 * <p>A PostgreSQL server, a Kafka broker and the four packaged services are started as for the other stages, then a
 * second instance of each service beside the first (same database, same Kafka principal and consumer group, same
 * keys; {@link Suite#instance}). The sample and {@code BENCH_TWO_OF_EACH_UNITS} generated units (12 by default) are
 * written through both producers' instances by four concurrent clients, every unit's statements twice (the second
 * revision through the other instance); halfway, the first instance of every service is killed (SIGKILL, as a crash)
 * and the writes go on through the second, then the killed ones start again. Every disclosure is explained and
 * approved through either instance and published by two {@code POST …/versions} of the same content hash sent at the
 * same instant, one to each disclosure-service instance. Then it checks:
 * <ul>
 *   <li>every outbox row of every producer sent, none parked; on each part topic, per part, the events in the
 *       order of the producer's outbox, each once (a record resent after the crash is counted, not an error);</li>
 *   <li>the read model recorded each part event exactly once and holds every part at the producer's newest
 *       revision;</li>
 *   <li>each pair of simultaneous publications made one version (one 201, one 409); no disclosure has two
 *       versions; every file of every version READY and stored once; one signed manifest per version;</li>
 *   <li>the comparison with one instance: both disclosure-service instances are stopped, the consumer group's
 *       offsets deleted, and one instance started on an empty database of its own reads the same topics; once it has
 *       every part, each disclosure has the same findings and the same content hash (before and after the same
 *       explanations) as with two instances, and publishing it there gives version 1 with that hash.</li>
 * </ul>
 * The report goes to the console and to {@code bench/TWO-OF-EACH.md}; the exit status is 1 when a check fails.
 */
public final class TwoOfEachStage {

    private static final String SAMPLE_UNIT = "110102-SWD";
    private static final int YEAR = 2024;
    private static final String EXPLANATION = "经核实，该差异属实，原因已在说明中列明。";
    private static final Pattern RENDERED = Pattern.compile("rendered \\S+ v\\d+ \\S+: \\d+ bytes");
    private static final List<Suite.Service> SERVICES = List.of(Suite.STATEMENTS, Suite.PROCUREMENT, Suite.PERFORMANCE,
            Suite.DISCLOSURE);

    /** One check: what, whether it holds, and the figures. */
    public record Check(String what, boolean ok, String detail) {
    }

    /** What the two-instance run recorded of one disclosure, to compare with one instance. */
    private record Seen(String unit, String hashBefore, List<String> findings, List<ObjectNode> explanations,
                        String publishedHash, List<Integer> publishStatuses) {
    }

    private final Path root;
    private final UnitFactory factory;
    private final int units;
    private final Path out;
    private final List<Check> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private LocalInfra infra;
    private Suite suite;
    private SuiteDatabases dbs;
    private Http http;
    private final Map<Suite.Service, ServiceProcess> second = new LinkedHashMap<>();
    /** The one-instance disclosure-service of the comparison, once started. */
    private final List<ServiceProcess> extra = new ArrayList<>();

    public TwoOfEachStage(Path root, long seed, Path out) {
        this.root = root;
        this.factory = new UnitFactory(root, seed);
        String n = System.getenv("BENCH_TWO_OF_EACH_UNITS");
        this.units = n == null || n.isBlank() ? 12 : Math.max(2, Integer.parseInt(n.trim()));
        this.out = out;
    }

    /** Runs the stage; returns how many checks failed. */
    public int run() throws Exception {
        long t0 = System.nanoTime();
        String loadAtStart = Processes.loadAverage();
        say("two of each: load average " + loadAtStart + "; the sample and " + units + " generated units");
        infra = LocalInfra.start(0, 0);
        Map<String, Integer> ports = new LinkedHashMap<>();
        SERVICES.forEach(s -> ports.put(s.name(), FreePorts.pick()));
        suite = new Suite(root, infra, ports, out.resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "two-of-each-stop"));
        dbs = new SuiteDatabases(infra);
        try {
            say("starting the first instance of each service " + ports + " ...");
            suite.startAll();
            for (Suite.Service s : SERVICES) {
                second.put(s, suite.instance(s, s.name() + "-b", FreePorts.pick(), Map.of()));
            }
            say("starting the second instances ...");
            inParallel(second.values(), ServiceProcess::start);
            http = new Http(Tokens.issuedBy(suite.tokens()));

            List<String> all = new ArrayList<>(List.of(SAMPLE_UNIT));
            for (int i = 1; i <= units; i++) {
                all.add(UnitFactory.unit(i).unitCode());
            }
            write(all);
            say("waiting for every outbox row to be sent and every part to reach the read model ...");
            awaitProducersSent(Duration.ofMinutes(5));
            awaitReadModel("disclosure", Duration.ofMinutes(5));
            checkDelivery();

            say("explaining, approving and publishing " + all.size() + " disclosures, each POST …/versions twice at once ...");
            List<Seen> seen = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                seen.add(publish(all.get(i), i % 2 == 0));
            }
            checkPublication(seen);
            say("waiting for every file to be rendered and every manifest signed ...");
            awaitRendered(Duration.ofMinutes(15));
            checkRendering();

            compareWithOneInstance(seen);
        } finally {
            stopAll();
        }
        int failed = (int) checks.stream().filter(c -> !c.ok()).count();
        String minutes = String.format("%.1f", (System.nanoTime() - t0) / 60e9);
        report(loadAtStart, minutes, failed);
        return failed;
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** The base URL of a service's first or second instance. */
    private String base(Suite.Service s, boolean first) {
        return first ? suite.baseUrl(s) : second.get(s).baseUrl();
    }

    private void write(List<String> all) throws Exception {
        int half = all.size() / 2;
        say("writing units 1-" + half + " through both instances ...");
        writeUnits(all.subList(0, half), true);
        say("killing the first instance of every service (SIGKILL) ...");
        for (Suite.Service s : SERVICES) {
            suite.service(s).kill();
        }
        say("writing units " + (half + 1) + "-" + all.size() + " through the second instances alone ...");
        writeUnits(all.subList(half, all.size()), false);
        say("starting the first instances again ...");
        inParallel(SERVICES.stream().map(suite::service).toList(), ServiceProcess::start);
    }

    /** Each unit's three parts and a second revision of its statements, four units at a time. */
    private void writeUnits(List<String> codes, boolean both) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String code : codes) {
                done.add(writers.submit(() -> {
                    writeUnit(code, both);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private void writeUnit(String code, boolean both) throws Exception {
        int index = code.equals(SAMPLE_UNIT) ? 0 : indexOf(code);
        List<String> parts = UnitFactory.PARTS;
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            boolean first = both && (index + k) % 2 == 0;
            put(part, code, first, index == 0 ? sample(part) : factory.part(index, part, 1));
        }
        String revised = index == 0 ? sample("final-accounts").replaceFirst("主要职责", "主要职责（修订）")
                : factory.part(index, "final-accounts", 2);
        put("final-accounts", code, both && index % 2 != 0, revised);
    }

    private int indexOf(String code) {
        for (int i = 1; i <= units; i++) {
            if (UnitFactory.unit(i).unitCode().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private String sample(String part) throws Exception {
        return Files.readString(root.resolve("sample").resolve(SAMPLE_UNIT).resolve(String.valueOf(YEAR)).resolve(part + ".json"));
    }

    private void put(String part, String code, boolean first, String body) {
        Suite.Service owner = org.fiscaldisclosure.infra.SampleLoader.owners().get(part);
        String url = base(owner, first) + "/api/v1/" + part + "/" + code + "/" + YEAR;
        Http.Reply r = http.put(url, body, Tokens.Role.PREPARER);
        if (!r.ok()) {
            throw new IllegalStateException("PUT " + url + " answered " + r.status() + ": " + r.body());
        }
    }

    // ---- delivery ------------------------------------------------------------------------------------------------

    private static final List<String> PRODUCERS = List.of("statements", "procurement", "performance");

    private void awaitProducersSent(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long waiting;
        do {
            waiting = 0;
            for (String db : PRODUCERS) {
                waiting += scalar(db, "select count(*) from outbox_event where sent_at is null and parked_at is null");
            }
            if (waiting > 0) {
                Thread.sleep(250);
            }
        } while (waiting > 0 && Instant.now().isBefore(deadline));
    }

    private void awaitReadModel(String db, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long[] produced = dbs.producedCountAndRevisionSum();
        while (Instant.now().isBefore(deadline)) {
            long[] read = countAndSum(db, "select count(*), coalesce(sum(revision), 0) from disclosure_part");
            if (read[0] == produced[0] && read[1] == produced[1]) {
                return;
            }
            Thread.sleep(250);
        }
    }

    private void checkDelivery() throws Exception {
        long unsent = 0;
        long parked = 0;
        long rows = 0;
        Map<String, List<String>> outboxByKey = new HashMap<>(); // topic|key -> event ids in seq order
        Set<String> outboxEvents = new HashSet<>(); // source|id of every part event
        for (String db : PRODUCERS) {
            unsent += scalar(db, "select count(*) from outbox_event where sent_at is null and parked_at is null");
            parked += scalar(db, "select count(*) from outbox_event where parked_at is not null");
            rows += scalar(db, "select count(*) from outbox_event");
            try (Connection c = dbs.open(db); PreparedStatement s = c.prepareStatement(
                    "select topic, event_key, id::text, source from outbox_event where type like '%.part.revised.v1' order by seq");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    outboxByKey.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                    outboxEvents.add(rs.getString(4) + "|" + rs.getString(3));
                }
            }
        }
        checks.add(new Check("every outbox row sent, none parked", unsent == 0 && parked == 0,
                rows + " rows in the three producers' outboxes, " + unsent + " unsent, " + parked + " parked"));

        Map<String, List<String>> topicByKey = new HashMap<>();
        long[] records = new long[1];
        readPartTopics((topic, r) -> {
            records[0]++;
            String type = header(r, CloudEventHeaders.TYPE);
            if (type != null && type.endsWith(".part.revised.v1")) {
                List<String> ids = topicByKey.computeIfAbsent(topic + "|" + r.key(), k -> new ArrayList<>());
                ids.add(header(r, CloudEventHeaders.ID));
            }
        });
        long resent = 0;
        List<String> misordered = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : topicByKey.entrySet()) {
            List<String> firsts = new ArrayList<>(new java.util.LinkedHashSet<>(e.getValue()));
            resent += e.getValue().size() - firsts.size();
            if (!firsts.equals(outboxByKey.getOrDefault(e.getKey(), List.of()))) {
                misordered.add(e.getKey());
            }
        }
        Set<String> missing = new HashSet<>(outboxByKey.keySet());
        missing.removeAll(topicByKey.keySet());
        checks.add(new Check("each part's events on its topic in the outbox's order", misordered.isEmpty() && missing.isEmpty(),
                outboxByKey.size() + " parts, " + outboxByKey.values().stream().mapToInt(List::size).sum() + " part events; "
                        + records[0] + " records on the part topics (segments included), " + resent
                        + " part events sent twice (resent after the crash)" + (misordered.isEmpty() ? "" : "; out of order: " + misordered)
                        + (missing.isEmpty() ? "" : "; missing: " + missing)));

        Set<String> consumed = new HashSet<>();
        try (Connection c = dbs.open("disclosure"); PreparedStatement s = c.prepareStatement("select source, id from consumed_event");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                consumed.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        checks.add(new Check("the read model recorded every part event once", consumed.equals(outboxEvents),
                consumed.size() + " events recorded (one row each, the primary key), " + outboxEvents.size() + " produced"
                        + duplicates()));
        long[] produced = dbs.producedCountAndRevisionSum();
        long[] read = countAndSum("disclosure", "select count(*), coalesce(sum(revision), 0) from disclosure_part");
        checks.add(new Check("the read model holds every part at the producer's newest revision",
                produced[0] == read[0] && produced[1] == read[1],
                read[0] + " parts, revisions summing to " + read[1] + " (producers: " + produced[0] + ", " + produced[1] + ")"));
    }

    /** The duplicates each disclosure-service instance recognised (its counter), as a note. */
    private String duplicates() {
        List<String> out = new ArrayList<>();
        for (boolean first : List.of(true, false)) {
            Http.Reply r = http.get(base(Suite.DISCLOSURE, first) + "/q/metrics", Tokens.Role.ADMIN);
            double n = 0;
            if (r.ok()) {
                for (String line : r.body().split("\n")) {
                    if (line.startsWith("fiscal_consumer_events_total") && line.contains("outcome=\"duplicate\"")) {
                        n += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            }
            out.add((first ? "first" : "second") + " instance " + (long) n);
        }
        return "; redeliveries recognised as duplicates since the last start: " + String.join(", ", out);
    }

    private interface RecordSink {
        void accept(String topic, ConsumerRecord<String, byte[]> r);
    }

    /** Every record of the three part topics, from the beginning to the end, as the tests' principal reads them. */
    private void readPartTopics(RecordSink sink) {
        Map<String, Object> cfg = new HashMap<>(infra.kafka().clientSettings(KafkaAccess.TEST_CLIENT));
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> tps = new ArrayList<>();
            for (PartKind kind : PartKind.values()) {
                for (PartitionInfo p : c.partitionsFor(kind.topic())) {
                    tps.add(new TopicPartition(p.topic(), p.partition()));
                }
            }
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> end = c.endOffsets(tps);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    sink.accept(r.topic(), r);
                }
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    // ---- publication ---------------------------------------------------------------------------------------------

    private Seen publish(String unit, boolean first) throws Exception {
        String path = "/api/v1/disclosures/" + unit + "/" + YEAR;
        JsonNode state = json(http.get(base(Suite.DISCLOSURE, first) + path + "/publication", Tokens.Role.REVIEWER), "state");
        String hashBefore = state.get("contentHash").asText();
        List<String> findings = findings(base(Suite.DISCLOSURE, !first) + path);
        List<ObjectNode> explanations = new ArrayList<>();
        for (JsonNode f : state.path("blockingFindings")) {
            if ("FATAL".equals(f.path("severity").asText())) {
                notes.add(unit + " not published: FATAL " + f.path("ruleId").asText() + " " + f.path("message").asText());
                return new Seen(unit, hashBefore, findings, List.of(), null, List.of());
            }
            explanations.add(UnitFactory.JSON.createObjectNode().put("ruleId", f.path("ruleId").asText())
                    .put("location", f.path("location").asText()).put("text", EXPLANATION).put("author", "基准测试审核员"));
        }
        String hash = hashBefore;
        boolean via = first;
        for (ObjectNode e : explanations) {
            via = !via;
            hash = json(http.post(base(Suite.DISCLOSURE, via) + path + "/explanations", e.toString(), Tokens.Role.REVIEWER),
                    "explanation").get("contentHash").asText();
        }
        json(http.post(base(Suite.DISCLOSURE, !first) + path + "/approvals", approval(hash), Tokens.Role.REVIEWER), "approval");
        String body = UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("publishedBy", "赵发布").toString();
        List<Integer> statuses = atOnce(
                () -> http.post(base(Suite.DISCLOSURE, true) + path + "/versions", body, Tokens.Role.PUBLISHER).status(),
                () -> http.post(base(Suite.DISCLOSURE, false) + path + "/versions", body, Tokens.Role.PUBLISHER).status());
        return new Seen(unit, hashBefore, findings, explanations, hash, statuses);
    }

    private static String approval(String hash) {
        return UnitFactory.JSON.createObjectNode().put("contentHash", hash).put("approver", "王审核")
                .put("confidentialityReviewed", true).put("confidentialityReviewer", "李保密")
                .put("signedOff", true).put("signedOffBy", "张部长").toString();
    }

    /** The findings of a disclosure as {@code severity ruleId location}, sorted. */
    private List<String> findings(String disclosureUrl) throws Exception {
        JsonNode f = json(http.get(disclosureUrl + "/findings", Tokens.Role.REVIEWER), "findings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : f.path("findings")) {
            out.add(x.path("severity").asText() + " " + x.path("ruleId").asText() + " " + x.path("location").asText());
        }
        out.sort(null);
        return out;
    }

    private static List<Integer> atOnce(Callable<Integer> one, Callable<Integer> other) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (Callable<Integer> c : List.of(one, other)) {
                sent.add(two.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : sent) {
                statuses.add(f.get(2, TimeUnit.MINUTES));
            }
            statuses.sort(null);
            return statuses;
        } finally {
            two.shutdownNow();
        }
    }

    private void checkPublication(List<Seen> seen) throws Exception {
        List<Seen> published = seen.stream().filter(s -> s.publishedHash() != null).toList();
        List<String> wrong = published.stream().filter(s -> !s.publishStatuses().equals(List.of(201, 409)))
                .map(s -> s.unit() + " " + s.publishStatuses()).toList();
        checks.add(new Check("two simultaneous POST …/versions of the same content: one 201, one 409", !published.isEmpty() && wrong.isEmpty(),
                published.size() + " disclosures published" + (wrong.isEmpty() ? "" : "; otherwise: " + wrong)));
        long versions = scalar("disclosure", "select count(*) from disclosure_version");
        long twice = scalar("disclosure", "select count(*) from (select 1 from disclosure_version group by unit_code, fiscal_year "
                + "having count(*) > 1 or max(version) > 1) d");
        checks.add(new Check("no duplicate versions", versions == published.size() && twice == 0,
                versions + " versions for " + published.size() + " disclosures; disclosures with more than one: " + twice));
    }

    private void awaitRendered(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long pending = scalar("disclosure", "select count(*) from rendering_task where state = 'PENDING'");
            long unsigned = scalar("disclosure", "select count(*) from disclosure_version v where not exists (select 1 from "
                    + "version_manifest m where (m.unit_code, m.fiscal_year, m.version) = (v.unit_code, v.fiscal_year, v.version))");
            if (pending == 0 && unsigned == 0) {
                return;
            }
            Thread.sleep(1_000);
        }
    }

    private void checkRendering() throws Exception {
        long tasks = scalar("disclosure", "select count(*) from rendering_task");
        long ready = scalar("disclosure", "select count(*) from rendering_task where state = 'READY'");
        long versions = scalar("disclosure", "select count(*) from disclosure_version");
        long manifests = scalar("disclosure", "select count(*) from version_manifest");
        long[] byInstance = {renderedIn(suite.service(Suite.DISCLOSURE).name() + ".log"),
                renderedIn(second.get(Suite.DISCLOSURE).name() + ".log")};
        checks.add(new Check("every file of every version rendered and stored once", tasks == ready && tasks == versions * 5
                        && byInstance[0] + byInstance[1] == tasks,
                ready + " of " + tasks + " files READY for " + versions + " versions; stored by the first instance "
                        + byInstance[0] + ", by the second " + byInstance[1]));
        checks.add(new Check("one signed manifest per version", manifests == versions, manifests + " manifests, " + versions + " versions"));
    }

    /** How many files an instance's log says it stored (a file rendered by both is stored by one: the task's row lock). */
    private long renderedIn(String log) throws Exception {
        Path file = out.resolve("logs").resolve(log);
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> RENDERED.matcher(l).find()).count();
        }
    }

    // ---- one instance --------------------------------------------------------------------------------------------

    private void compareWithOneInstance(List<Seen> seen) throws Exception {
        say("stopping both disclosure-service instances; one instance on an empty database reads the same topics ...");
        suite.service(Suite.DISCLOSURE).stop();
        second.get(Suite.DISCLOSURE).stop();
        Map<String, Object> admin = infra.kafka().clientSettings(KafkaAccess.ADMIN);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        try (Admin a = Admin.create(admin)) {
            while (true) {
                try {
                    a.deleteConsumerGroups(List.of(KafkaAccess.DISCLOSURE)).all().get(30, TimeUnit.SECONDS);
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw e; // members still in the group after a minute
                    }
                    Thread.sleep(1_000);
                }
            }
        }
        infra.postgres().createDatabase("disclosure_one");
        ServiceProcess one = suite.instance(Suite.DISCLOSURE, "disclosure-service-one", FreePorts.pick(),
                Map.of("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl("disclosure_one")));
        extra.add(one);
        one.start();
        awaitReadModel("disclosure_one", Duration.ofMinutes(5));
        long[] produced = dbs.producedCountAndRevisionSum();
        long[] read = countAndSum("disclosure_one", "select count(*), coalesce(sum(revision), 0) from disclosure_part");
        checks.add(new Check("one instance reading the same topics holds the same parts", produced[0] == read[0] && produced[1] == read[1],
                read[0] + " parts, revisions summing to " + read[1]));

        List<String> differing = new ArrayList<>();
        int compared = 0;
        int republished = 0;
        for (Seen s : seen) {
            String path = one.baseUrl() + "/api/v1/disclosures/" + s.unit() + "/" + YEAR;
            JsonNode state = json(http.get(path + "/publication", Tokens.Role.REVIEWER), "state");
            if (!state.get("contentHash").asText().equals(s.hashBefore())) {
                differing.add(s.unit() + " content hash " + state.get("contentHash").asText() + " ≠ " + s.hashBefore());
            }
            if (!findings(path).equals(s.findings())) {
                differing.add(s.unit() + " findings");
            }
            compared++;
            if (s.publishedHash() == null) {
                continue;
            }
            String hash = s.hashBefore();
            for (ObjectNode e : s.explanations()) {
                hash = json(http.post(path + "/explanations", e.toString(), Tokens.Role.REVIEWER), "explanation").get("contentHash").asText();
            }
            if (!hash.equals(s.publishedHash())) {
                differing.add(s.unit() + " explained content hash " + hash + " ≠ published " + s.publishedHash());
                continue;
            }
            json(http.post(path + "/approvals", approval(hash), Tokens.Role.REVIEWER), "approval");
            JsonNode v = json(http.post(path + "/versions", UnitFactory.JSON.createObjectNode().put("contentHash", hash)
                    .put("publishedBy", "赵发布").toString(), Tokens.Role.PUBLISHER), "publication");
            if (v.get("version").asInt() != 1 || !v.get("contentHash").asText().equals(s.publishedHash())) {
                differing.add(s.unit() + " published there as " + v);
            } else {
                republished++;
            }
        }
        checks.add(new Check("same findings and content hashes as one instance", differing.isEmpty(),
                compared + " disclosures compared, " + republished + " published again as version 1 with the same hash"
                        + (differing.isEmpty() ? "" : "; differing: " + differing)));
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private long scalar(String db, String sql) throws SQLException {
        try (Connection c = dbs.open(db); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long[] countAndSum(String db, String sql) throws SQLException {
        try (Connection c = dbs.open(db); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static JsonNode json(Http.Reply r, String what) throws Exception {
        if (!r.ok()) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
        }
        return UnitFactory.JSON.readTree(r.body());
    }

    private interface Start {
        void start(ServiceProcess p);
    }

    private static void inParallel(Collection<ServiceProcess> processes, Start start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(processes.size());
        try {
            List<Future<?>> started = new ArrayList<>();
            for (ServiceProcess p : processes) {
                started.add(pool.submit(() -> start.start(p)));
            }
            for (Future<?> f : started) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private synchronized void stopAll() {
        extra.forEach(ServiceProcess::stop);
        second.values().forEach(ServiceProcess::stop);
        if (suite != null) {
            suite.close();
        }
        if (infra != null) {
            infra.close();
            infra = null;
        }
    }

    private void report(String loadAtStart, String minutes, int failed) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Two instances of every service\n\n");
        md.append("`java -jar bench/target/bench-0.1.0-SNAPSHOT.jar . --two-of-each` (bench/README.md, \"Two of each\"): ")
                .append("the sample and ").append(units).append(" generated units, two instances of each of the four services on ")
                .append("the same databases and broker, the first instances killed halfway; then one disclosure-service ")
                .append("instance on an empty database of its own reading the same topics. Run on ")
                .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(", ").append(minutes)
                .append(" min, load average at start ").append(loadAtStart).append(".\n\n");
        md.append("| check | holds | figures |\n|---|---|---|\n");
        for (Check c : checks) {
            md.append("| ").append(c.what()).append(" | ").append(c.ok() ? "yes" : "**NO**").append(" | ")
                    .append(c.detail().replace("|", "\\|")).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n").append(failed == 0 ? "Every check holds." : failed + " check(s) failed.").append('\n');
        Files.writeString(root.resolve("bench/TWO-OF-EACH.md"), md.toString());
        System.out.println(md);
    }

    private static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }

}
