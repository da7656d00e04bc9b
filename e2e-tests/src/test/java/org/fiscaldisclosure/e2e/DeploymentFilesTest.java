package org.fiscaldisclosure.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.fiscaldisclosure.contracts.event.MessageLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked of the deployment files without Docker or a cluster: docker-compose.yml, the services'
 * Dockerfile.jvm, deploy/postgres and every YAML document under deploy/k8s parse and agree with each other and
 * with the services (ports, databases, health endpoints, topics).
 */
class DeploymentFilesTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    /** Service name to its HTTP port; the database is the name without "-service". */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("disclosure-service", 8080);
        SERVICES.put("statements-service", 8081);
        SERVICES.put("procurement-service", 8082);
        SERVICES.put("performance-service", 8083);
    }

    static final List<String> TOPICS = List.of("fiscal.statements.v1", "fiscal.procurement.v1",
            "fiscal.performance.v1", "fiscal.disclosures.v1", "fiscal.inbound.replies.v1", "fiscal.inbound.budget-platform.v1");
    static final List<String> FAST_JAR_PARTS = List.of("lib", "app", "quarkus", "quarkus-run.jar");

    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    static JsonNode compose;
    /** Every non-empty document of every YAML file under deploy/k8s, with the file it came from. */
    static final List<Map.Entry<Path, JsonNode>> K8S_DOCS = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        List<JsonNode> composeDocs = readAll(ROOT.resolve("docker-compose.yml"));
        assertEquals(1, composeDocs.size(), "docker-compose.yml must hold exactly one YAML document");
        compose = composeDocs.get(0);

        assertTrue(Files.isDirectory(K8S), K8S + " is missing");
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(DeploymentFilesTest::isYaml).sorted().toList()) {
                List<JsonNode> docs = readAll(file);
                assertFalse(docs.isEmpty(), file + " holds no YAML document");
                docs.forEach(doc -> K8S_DOCS.add(Map.entry(file, doc)));
            }
        }
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** All documents of a (possibly multi-document) YAML file, empty ones (only comments, a bare ---) left out. */
    static List<JsonNode> readAll(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is missing");
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static String database(String service) {
        return service.substring(0, service.length() - "-service".length());
    }

    /** A compose list-or-string field (command, healthcheck test, ...) as one string. */
    static String joined(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.asText()));
            return String.join(" ", parts);
        }
        return node.asText();
    }

    /** A compose environment (map or list of KEY=VALUE) as a map. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        } else if (node.isArray()) {
            node.forEach(n -> {
                String s = n.asText();
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            });
        }
        return env;
    }

    /** Published host port to container port, from the short ("8080:8080", "127.0.0.1:8080:8080/tcp") or long syntax. */
    static Map<String, String> publishedPorts(JsonNode service) {
        Map<String, String> ports = new LinkedHashMap<>();
        for (JsonNode p : service.path("ports")) {
            if (p.isObject()) {
                ports.put(p.path("published").asText(), p.path("target").asText());
            } else {
                String s = p.asText().replaceAll("/(tcp|udp)$", "");
                String[] parts = s.split(":");
                if (parts.length >= 2) {
                    ports.put(parts[parts.length - 2], parts[parts.length - 1]);
                }
            }
        }
        return ports;
    }

    // ------------------------------------------------------------------------------------------- docker compose

    @Test
    void composeHasTheInfrastructureAndTheFourServices() {
        JsonNode services = compose.path("services");
        assertTrue(services.isObject(), "docker-compose.yml has no services");
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);
        Set<String> expected = new HashSet<>(SERVICES.keySet());
        expected.add("postgres");
        expected.add("kafka");
        assertTrue(names.containsAll(expected), "compose services " + names + " lack some of " + expected);
    }

    @Test
    void composePostgresIs17WithTheFourDatabasesFromTheInitScript() throws IOException {
        JsonNode pg = compose.path("services").path("postgres");
        assertTrue(pg.path("image").asText().matches("postgres:17([.-].*)?"), "postgres image: " + pg.path("image"));
        assertTrue(joined(pg.path("healthcheck").path("test")).contains("pg_isready"), "postgres healthcheck");

        String mount = null;
        for (JsonNode v : pg.path("volumes")) {
            String s = v.isObject() ? v.path("source").asText() + ":" + v.path("target").asText() : v.asText();
            if (s.contains("/docker-entrypoint-initdb.d")) {
                mount = s;
            }
        }
        assertNotNull(mount, "postgres mounts nothing into /docker-entrypoint-initdb.d");
        String source = mount.substring(0, mount.indexOf(':'));
        Path script = ROOT.resolve(source).normalize();
        assertEquals(ROOT.resolve("deploy/postgres/init-databases.sql"), script, "the mounted init script");
        assertTrue(Files.isRegularFile(script), script + " is missing");

        String sql = Files.readString(script).toLowerCase();
        for (String service : SERVICES.keySet()) {
            assertTrue(sql.matches("(?s).*create\\s+database\\s+\"?" + database(service) + "\\b.*"),
                    script + " does not create database " + database(service));
        }
    }

    /**
     * The compose broker is configured as the tests' broker: one KRaft node, SASL/SCRAM-SHA-512 for every client, the
     * StandardAuthorizer denying what no ACL grants, the suite's record size; its setup job runs the Kubernetes Job's
     * script (topics, credentials, ACLs) as the administrator, once the broker is healthy.
     */
    @Test
    void composeKafkaAuthenticatesAndAuthorisesAndItsSetupJobRunsTheDeploymentsSetupScript() throws IOException {
        JsonNode services = compose.path("services");
        JsonNode kafka = services.path("kafka");
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:4.1."), "kafka image: " + kafka.path("image"));
        String health = joined(kafka.path("healthcheck").path("test"));
        assertTrue(health.contains("kafka-broker-api-versions.sh") && health.contains("--command-config"),
                "kafka healthcheck authenticates: " + health);
        assertTrue(joined(kafka.path("entrypoint")).contains("/etc/fiscal-kafka/compose/kafka-broker.sh"),
                "kafka runs kafka-broker.sh");
        String broker = Files.readString(ROOT.resolve("deploy/compose/kafka-broker.sh"));
        for (String line : List.of("process.roles=broker,controller", "listeners=SASL://:9092,CONTROLLER://localhost:9093",
                "advertised.listeners=SASL://kafka:9092", "listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer", "super.users=User:admin",
                "allow.everyone.if.no.acl.found=false", "auto.create.topics.enable=false",
                "message.max.bytes=" + MessageLimits.MAX_MESSAGE_BYTES, "replica.fetch.max.bytes=" + MessageLimits.MAX_MESSAGE_BYTES)) {
            assertTrue(broker.lines().anyMatch(l -> l.strip().equals(line)), "kafka-broker.sh lacks " + line);
        }
        assertTrue(broker.contains("--add-scram \"SCRAM-SHA-512=[name=admin,password=$admin]\""),
                "kafka-broker.sh creates the administrator's credential at format time");
        assertEquals("service_completed_successfully", kafka.path("depends_on").path("kafka-secrets").path("condition").asText(),
                "kafka waits for its generated password");

        List<String> setups = new ArrayList<>();
        services.fields().forEachRemaining(e -> {
            if (joined(e.getValue().path("entrypoint")).contains("setup-kafka.sh")) {
                setups.add(e.getKey());
                assertEquals("service_healthy", e.getValue().path("depends_on").path("kafka").path("condition").asText(),
                        e.getKey() + " must wait for a healthy kafka");
                assertTrue(e.getValue().path("volumes").toString().contains("./deploy/k8s/kafka:"),
                        e.getKey() + " mounts deploy/k8s/kafka (the script and acls.txt)");
                Map<String, String> env = environment(e.getValue());
                assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
                assertEquals("3", env.get("FISCAL_TOPICS_PARTITIONS"));
            }
        });
        assertEquals(List.of("kafka-setup"), setups, "exactly one container runs setup-kafka.sh");
        assertTrue(Files.readString(ROOT.resolve("deploy/k8s/kafka/setup-kafka.sh")).contains("cleanup.policy=compact"));
    }

    /**
     * One Kafka version everywhere: every apache/kafka image of compose and Kubernetes is the version of the Kafka the
     * tests run (the kafka.version of the build, as the client library reports it); every other compose image is built
     * here or pulled by a version, and every file compose mounts from the repository exists.
     */
    @Test
    void composeAndK8sRunTheTestedKafkaVersionAndComposeUsesOnlyVersionedImagesAndRepositoryFiles() {
        String tested = "apache/kafka:" + org.apache.kafka.common.utils.AppInfoParser.getVersion();
        List<String> kafkaImages = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(e -> {
            String image = e.getValue().path("image").asText();
            if (image.startsWith("apache/kafka")) {
                kafkaImages.add(image);
            }
            assertTrue(e.getValue().has("build") || image.matches("[a-z0-9./-]+:[0-9][A-Za-z0-9.-]*"),
                    e.getKey() + " neither built here nor pulled by a version: " + image);
            for (JsonNode v : e.getValue().path("volumes")) {
                String source = v.isObject() ? v.path("source").asText() : v.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertTrue(Files.exists(ROOT.resolve(source)), e.getKey() + " mounts " + source + ", which does not exist");
                }
            }
        });
        K8S_DOCS.forEach(d -> d.getValue().findValues("image").forEach(i -> {
            if (i.asText().startsWith("apache/kafka")) {
                kafkaImages.add(i.asText());
            }
        }));
        assertTrue(kafkaImages.size() >= 4, "Kafka images found: " + kafkaImages);
        kafkaImages.forEach(i -> assertEquals(tested, i, "the Kafka version the tests run"));
    }

    /**
     * The compose secrets: generated by a one-shot container into the volume kafka-secrets, never committed; the broker
     * mounts only the administrator's password and each service only its own settings.
     */
    @Test
    void composeGeneratesTheKafkaPasswordsAndEachContainerMountsOnlyItsOwn() throws IOException {
        JsonNode services = compose.path("services");
        assertTrue(compose.path("volumes").has("kafka-secrets"), "the volume kafka-secrets");
        String generator = Files.readString(ROOT.resolve("deploy/compose/kafka-secrets.sh"));
        assertTrue(generator.contains("/dev/urandom"), "kafka-secrets.sh generates the passwords");
        assertTrue(joined(services.path("kafka-secrets").path("entrypoint")).contains("kafka-secrets.sh"));
        for (String service : SERVICES.keySet()) {
            assertTrue(generator.contains(service), "kafka-secrets.sh writes the settings of " + service);
        }
        assertEquals("broker", secretsSubpath(services.path("kafka")), "the broker mounts its password only");
        for (String service : SERVICES.keySet()) {
            JsonNode s = services.path(service);
            assertEquals("services/" + service, secretsSubpath(s), service + " mounts its own Kafka settings only");
            assertTrue(environment(s).getOrDefault("QUARKUS_CONFIG_LOCATIONS", "")
                    .contains("/etc/fiscal-disclosure/kafka/kafka.properties"), service + " reads its Kafka settings");
            assertEquals("service_completed_successfully", s.path("depends_on").path("kafka-setup").path("condition").asText(),
                    service + " starts once the topics, credentials and ACLs exist");
        }
    }

    /** The subpath of the volume kafka-secrets a compose service mounts (the whole volume is "/"). */
    static String secretsSubpath(JsonNode service) {
        List<String> found = new ArrayList<>();
        for (JsonNode v : service.path("volumes")) {
            if (v.isObject() && "kafka-secrets".equals(v.path("source").asText())) {
                assertTrue(v.path("read_only").asBoolean(), "kafka-secrets mounted read-only");
                found.add(v.path("volume").path("subpath").asText("/"));
            } else if (v.isTextual() && v.asText().startsWith("kafka-secrets:")) {
                found.add("/");
            }
        }
        assertEquals(1, found.size(), "one mount of kafka-secrets: " + found);
        return found.get(0);
    }

    /**
     * The ACL list the deployment's Kafka setup script applies (deploy/k8s/kafka/acls.txt) is exactly the set the
     * embedded broker of the tests and the local run enforces (KafkaAccess), for the platforms of the deployment.
     */
    @Test
    void theDeploymentsKafkaAclsAreThoseTheTestsEnforce() throws IOException {
        Map<String, List<String>> platforms = new LinkedHashMap<>();
        for (String line : Files.readAllLines(K8S.resolve("inbound-platforms.properties"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\\s*fiscal\\.inbound\\.platforms\\.([a-z0-9-]+)\\.units\\s*=\\s*(.+)").matcher(line);
            if (m.matches()) {
                platforms.put(m.group(1), List.of(m.group(2).trim().split("\\s*,\\s*")));
            }
        }
        assertFalse(platforms.isEmpty(), "inbound-platforms.properties names no platform");
        Set<String> fromFile = new HashSet<>();
        for (String line : Files.readAllLines(K8S.resolve("kafka/acls.txt"))) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            assertEquals(5, f.length, "acls.txt line: " + line);
            List<String> expanded = (f[0] + f[3]).contains("{platform}") ? List.copyOf(platforms.keySet()) : List.of("");
            for (String p : expanded) {
                for (String op : f[4].split(",")) {
                    fromFile.add(String.join(" ", f[0].replace("{platform}", p), f[1], f[2],
                            f[3].replace("{platform}", p), op).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        Set<String> enforced = org.fiscaldisclosure.infra.KafkaAccess.suite(platforms).acls().stream()
                .map(b -> String.join(" ", b.entry().principal().substring("User:".length()),
                        b.pattern().resourceType().name(), b.pattern().patternType().name(), b.pattern().name(),
                        b.entry().operation().name()).toLowerCase(java.util.Locale.ROOT).replace("_", ""))
                .collect(Collectors.toSet());
        assertEquals(new java.util.TreeSet<>(enforced), new java.util.TreeSet<>(fromFile));
        String script = Files.readString(K8S.resolve("kafka/setup-kafka.sh"));
        assertTrue(script.contains("max_message_bytes=" + MessageLimits.MAX_MESSAGE_BYTES), "setup-kafka.sh record size");
    }

    @Test
    void theK8sKafkaSetupJobRunsTheSetupScriptWhichCreatesEveryTopicWithTheSuitesRecordSize() throws IOException {
        JsonNode job = k8s("Job").stream().filter(j -> j.toString().contains("setup-kafka.sh")).findFirst()
                .orElseThrow(() -> new AssertionError("no Job runs setup-kafka.sh"));
        String volumes = job.path("spec").path("template").path("spec").path("volumes").toString();
        assertTrue(volumes.contains("fiscal-kafka-setup") && volumes.contains("fiscal-disclosure-kafka")
                && volumes.contains("fiscal-kafka-admin") && volumes.contains("fiscal-inbound-platforms"), volumes);
        String script = Files.readString(K8S.resolve("kafka/setup-kafka.sh"));
        for (String topic : TOPICS) {
            String literal = topic.startsWith("fiscal.inbound.") && !topic.equals("fiscal.inbound.replies.v1")
                    ? "fiscal.inbound.$p.v1" : topic;
            assertTrue(script.contains(literal), "setup-kafka.sh does not create " + topic);
        }
        assertTrue(script.contains("cleanup.policy=compact"), "setup-kafka.sh does not compact the topics");
        assertTrue(script.contains("max_message_bytes=" + MessageLimits.MAX_MESSAGE_BYTES)
                && script.contains("max.message.bytes=$max_message_bytes"), "setup-kafka.sh record size");
        assertTrue(script.contains("SCRAM-SHA-512=[password=") && script.contains("kafka-acls.sh"),
                "setup-kafka.sh creates credentials and ACLs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure-service", "statements-service", "procurement-service", "performance-service"})
    void composeServiceIsBuiltPublishedConfiguredAndHealthChecked(String name) {
        JsonNode service = compose.path("services").path(name);
        int port = SERVICES.get(name);

        JsonNode build = service.path("build");
        Path context = ROOT.resolve(build.path("context").asText()).normalize();
        assertEquals(ROOT.resolve("services").resolve(name), context, name + " build context");
        assertTrue(Files.isDirectory(context), context + " is missing");
        Path dockerfile = context.resolve(build.path("dockerfile").asText()).normalize();
        assertEquals(context.resolve("src/main/docker/Dockerfile.jvm"), dockerfile, name + " dockerfile");
        assertTrue(Files.isRegularFile(dockerfile), dockerfile + " is missing");

        assertEquals(Map.of(String.valueOf(port), String.valueOf(port)), publishedPorts(service), name + " ports");

        Map<String, String> env = environment(service);
        assertEquals("jdbc:postgresql://postgres:5432/" + database(name), env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                name + " must use its own database");
        assertTrue(env.containsKey("QUARKUS_DATASOURCE_USERNAME") && env.containsKey("QUARKUS_DATASOURCE_PASSWORD"),
                name + " database credentials");
        String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
        assertEquals("kafka:9092", bootstrap, name + " KAFKA_BOOTSTRAP_SERVERS (what kafka-broker.sh advertises)");
        if (env.containsKey("QUARKUS_HTTP_PORT")) {
            assertEquals(String.valueOf(port), env.get("QUARKUS_HTTP_PORT"), name + " QUARKUS_HTTP_PORT");
        }

        String health = joined(service.path("healthcheck").path("test"));
        assertTrue(health.contains("/q/health/ready") && health.contains(":" + port), name + " healthcheck: " + health);

        for (String dependency : List.of("postgres", "kafka")) {
            assertEquals("service_healthy", service.path("depends_on").path(dependency).path("condition").asText(),
                    name + " must depend on a healthy " + dependency);
        }
    }

    // ---------------------------------------------------------------------------------------------- Dockerfiles

    /** The instructions of a Dockerfile, continuation lines joined and comments dropped. */
    static List<String> instructions(Path dockerfile) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            result.add(current.toString().strip());
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosure-service", "statements-service", "procurement-service", "performance-service"})
    void dockerfileCopiesTheFastJarRunsAsNonRootAndExposesThePort(String name) throws IOException {
        Path module = ROOT.resolve("services").resolve(name);
        Path dockerfile = module.resolve("src/main/docker/Dockerfile.jvm");
        List<String> instructions = instructions(dockerfile);

        String from = instructions.stream().filter(i -> i.toUpperCase().startsWith("FROM ")).findFirst().orElse("");
        assertTrue(from.contains("registry.access.redhat.com/ubi9/openjdk-17-runtime") || from.contains("eclipse-temurin:17-jre"),
                dockerfile + " base image: " + from);

        Set<String> copied = new HashSet<>();
        List<String> copies = instructions.stream().filter(i -> i.toUpperCase().startsWith("COPY ")).toList();
        assertFalse(copies.isEmpty(), dockerfile + " copies nothing");
        for (String copy : copies) {
            List<String> args = java.util.Arrays.stream(copy.substring(5).trim().split("\\s+"))
                    .filter(a -> !a.startsWith("--")).toList();
            assertTrue(args.size() >= 2, "COPY without source and destination: " + copy);
            for (String source : args.subList(0, args.size() - 1)) {
                assertTrue(source.startsWith("target/quarkus-app/"), dockerfile + " copies " + source
                        + ", not a target/quarkus-app path");
                String part = source.substring("target/quarkus-app/".length()).replaceAll("/$", "");
                copied.add(part);
                assertTrue(Files.exists(module.resolve(source)),
                        module.resolve(source) + " does not exist: package " + name + " first");
            }
        }
        assertTrue(copied.containsAll(FAST_JAR_PARTS), dockerfile + " copies " + copied + ", not all of " + FAST_JAR_PARTS);

        int port = SERVICES.get(name);
        assertTrue(instructions.stream().anyMatch(i -> i.matches("(?i)EXPOSE\\s+(.*\\s)?" + port + "(/tcp)?(\\s.*)?")),
                dockerfile + " does not EXPOSE " + port);

        List<String> users = instructions.stream().filter(i -> i.toUpperCase().startsWith("USER ")).toList();
        assertFalse(users.isEmpty(), dockerfile + " sets no USER");
        String user = users.get(users.size() - 1).substring(5).trim().split(":")[0];
        assertFalse(user.equals("root") || user.equals("0"), dockerfile + " runs as root");

        assertTrue(instructions.stream().anyMatch(i -> i.toUpperCase().startsWith("ENV ")
                        && i.contains("JAVA_OPTS") && i.contains("-Dquarkus.http.host=0.0.0.0")),
                dockerfile + " does not set JAVA_OPTS with -Dquarkus.http.host=0.0.0.0");
        assertTrue(instructions.stream().anyMatch(i -> i.matches("(?i)(CMD|ENTRYPOINT)\\s.*quarkus-run\\.jar.*")),
                dockerfile + " does not run quarkus-run.jar");
    }

    // ------------------------------------------------------------------------------------------------ Kubernetes

    static List<JsonNode> k8s(String kind) {
        return K8S_DOCS.stream().map(Map.Entry::getValue).filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    @Test
    void everyK8sDocumentIsAnObjectWithApiVersionKindAndName() {
        assertFalse(K8S_DOCS.isEmpty());
        for (Map.Entry<Path, JsonNode> e : K8S_DOCS) {
            JsonNode doc = e.getValue();
            assertTrue(doc.isObject(), e.getKey() + " holds a document that is not a mapping");
            assertFalse(doc.path("apiVersion").asText().isBlank(), e.getKey() + ": a document without apiVersion");
            assertFalse(doc.path("kind").asText().isBlank(), e.getKey() + ": a document without kind");
            if (!"Kustomization".equals(doc.path("kind").asText())) {
                assertFalse(doc.path("metadata").path("name").asText().isBlank(), e.getKey() + ": a document without a name");
            }
        }
        assertTrue(k8s("Namespace").stream().anyMatch(n -> "fiscal-disclosure".equals(n.path("metadata").path("name").asText())),
                "no Namespace fiscal-disclosure");
    }

    @Test
    void kustomizationListsExistingFilesAndEveryManifest() throws IOException {
        Path kustomization = K8S.resolve("kustomization.yaml");
        List<JsonNode> docs = readAll(kustomization);
        assertEquals(1, docs.size());
        JsonNode k = docs.get(0);
        assertEquals("Kustomization", k.path("kind").asText());
        assertEquals("fiscal-disclosure", k.path("namespace").asText());

        Set<Path> listed = new HashSet<>();
        assertTrue(k.path("resources").isArray() && k.path("resources").size() > 0, "kustomization lists no resources");
        for (JsonNode r : k.path("resources")) {
            Path file = K8S.resolve(r.asText()).normalize();
            assertTrue(Files.exists(file), "kustomization.yaml lists " + r.asText() + ", which does not exist");
            listed.add(file);
        }
        Set<Path> manifests = K8S_DOCS.stream().map(Map.Entry::getKey).filter(p -> !p.equals(kustomization))
                .collect(Collectors.toSet());
        assertEquals(manifests, listed, "kustomization.yaml must list every manifest under deploy/k8s");
    }

    @Test
    void everyServiceHasADeploymentAndAService() {
        Set<String> deployments = k8s("Deployment").stream().map(d -> d.path("metadata").path("name").asText())
                .collect(Collectors.toSet());
        Set<String> services = k8s("Service").stream().map(d -> d.path("metadata").path("name").asText())
                .collect(Collectors.toSet());
        assertEquals(SERVICES.keySet(), deployments, "Deployments");
        assertEquals(SERVICES.keySet(), services, "Services");
        for (JsonNode s : k8s("Service")) {
            String type = s.path("spec").path("type").asText("ClusterIP");
            assertEquals("ClusterIP", type, s.path("metadata").path("name").asText() + " Service type");
        }
        for (JsonNode doc : K8S_DOCS.stream().map(Map.Entry::getValue).toList()) {
            String kind = doc.path("kind").asText();
            if (!kind.equals("Namespace") && !kind.equals("Kustomization")) {
                assertEquals("fiscal-disclosure", doc.path("metadata").path("namespace").asText(),
                        kind + " " + doc.path("metadata").path("name").asText() + " namespace");
            }
        }
    }

    /** A probe or Service port (number or name) resolved to the container's port number, or -1. */
    static int resolvePort(JsonNode port, JsonNode container) {
        if (port.canConvertToInt() && !port.isTextual()) {
            return port.asInt();
        }
        if (port.isTextual() && port.asText().matches("\\d+")) {
            return Integer.parseInt(port.asText());
        }
        for (JsonNode p : container.path("ports")) {
            if (port.asText().equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyDeploymentProbesHealthAndItsServiceTargetsItsContainerPort() {
        List<JsonNode> deployments = k8s("Deployment");
        assertEquals(SERVICES.size(), deployments.size());
        for (JsonNode d : deployments) {
            String name = d.path("metadata").path("name").asText();
            JsonNode template = d.path("spec").path("template");
            assertTrue(selects(d.path("spec").path("selector").path("matchLabels"), template.path("metadata").path("labels")),
                    name + ": the selector does not match the pod labels");
            JsonNode containers = template.path("spec").path("containers");
            assertEquals(1, containers.size(), name + " containers");
            JsonNode c = containers.get(0);

            JsonNode ports = c.path("ports");
            assertEquals(1, ports.size(), name + " container ports");
            int containerPort = ports.get(0).path("containerPort").asInt();
            assertEquals(SERVICES.get(name).intValue(), containerPort, name + " containerPort");

            JsonNode readiness = c.path("readinessProbe").path("httpGet");
            JsonNode liveness = c.path("livenessProbe").path("httpGet");
            assertEquals("/q/health/ready", readiness.path("path").asText(), name + " readiness probe path");
            assertEquals("/q/health/live", liveness.path("path").asText(), name + " liveness probe path");
            assertEquals(containerPort, resolvePort(readiness.path("port"), c), name + " readiness probe port");
            assertEquals(containerPort, resolvePort(liveness.path("port"), c), name + " liveness probe port");

            JsonNode resources = c.path("resources");
            for (String section : List.of("requests", "limits")) {
                assertFalse(resources.path(section).path("memory").asText().isBlank(), name + " " + section + ".memory");
                assertFalse(resources.path(section).path("cpu").asText().isBlank(), name + " " + section + ".cpu");
            }

            List<JsonNode> services = k8s("Service").stream()
                    .filter(s -> selects(s.path("spec").path("selector"), template.path("metadata").path("labels"))).toList();
            assertEquals(1, services.size(), name + ": one Service must select its pods");
            JsonNode servicePorts = services.get(0).path("spec").path("ports");
            assertFalse(servicePorts.isEmpty(), name + " Service has no ports");
            for (JsonNode sp : servicePorts) {
                JsonNode target = sp.has("targetPort") ? sp.path("targetPort") : sp.path("port");
                assertEquals(containerPort, resolvePort(target, c), name + " Service targetPort");
            }
        }
    }

    @Test
    void deploymentsTakeTheirSettingsFromTheConfigMapAndTheirPasswordsFromGeneratedSecrets() throws IOException {
        List<JsonNode> configMaps = k8s("ConfigMap");
        Map<String, Set<String>> secrets = generatedSecrets();
        assertFalse(configMaps.isEmpty(), "no ConfigMap");
        assertFalse(secrets.isEmpty(), "no generated Secret");
        for (JsonNode d : k8s("Deployment")) {
            String name = d.path("metadata").path("name").asText();
            Map<String, JsonNode> env = new LinkedHashMap<>();
            d.path("spec").path("template").path("spec").path("containers").get(0).path("env")
                    .forEach(e -> env.put(e.path("name").asText(), e));

            for (String var : List.of("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL")) {
                JsonNode ref = env.getOrDefault(var, YAML.createObjectNode()).path("valueFrom").path("configMapKeyRef");
                JsonNode cm = configMaps.stream().filter(m -> m.path("metadata").path("name").asText()
                        .equals(ref.path("name").asText())).findFirst().orElse(null);
                assertNotNull(cm, name + " " + var + " does not come from a ConfigMap of deploy/k8s");
                String value = cm.path("data").path(ref.path("key").asText()).asText("");
                assertFalse(value.isBlank(), name + " " + var + ": ConfigMap key " + ref.path("key") + " is missing");
                if (var.equals("KAFKA_SECURITY_PROTOCOL")) {
                    assertTrue(value.startsWith("SASL_"), name + " authenticates to Kafka: " + value);
                }
                if (var.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                    assertTrue(value.startsWith("jdbc:postgresql://") && value.endsWith("/" + database(name)),
                            name + " must use its own database, not " + value);
                }
            }

            for (String var : List.of("QUARKUS_DATASOURCE_PASSWORD", "KAFKA_SASL_PASSWORD")) {
                JsonNode ref = env.getOrDefault(var, YAML.createObjectNode()).path("valueFrom").path("secretKeyRef");
                Set<String> keys = secrets.get(ref.path("name").asText());
                assertNotNull(keys, name + " " + var + " does not come from a generated Secret");
                assertTrue(keys.contains(ref.path("key").asText()),
                        name + ": Secret " + ref.path("name").asText() + " has no key " + ref.path("key").asText());
            }
            assertEquals(name, env.getOrDefault("KAFKA_SASL_USERNAME", YAML.createObjectNode()).path("value").asText(),
                    name + " connects to Kafka as its own principal");
            assertEquals(name, env.get("KAFKA_SASL_PASSWORD").path("valueFrom").path("secretKeyRef").path("key").asText(),
                    name + " reads its own Kafka password only");
        }
    }

    @Test
    void theIngressExposesThePortalTheRegionsAndThePublishedDisclosuresOfTheDisclosureServiceOnly() {
        List<JsonNode> ingresses = k8s("Ingress");
        assertEquals(1, ingresses.size(), "one Ingress");
        Map<String, String> backends = new LinkedHashMap<>();
        for (JsonNode rule : ingresses.get(0).path("spec").path("rules")) {
            for (JsonNode p : rule.path("http").path("paths")) {
                JsonNode service = p.path("backend").path("service");
                backends.put(p.path("path").asText(), service.path("name").asText() + ":" + service.path("port").path("number").asInt());
            }
        }
        for (String path : List.of("/portal", "/api/v1/regions", "/api/v1/disclosures")) {
            assertEquals("disclosure-service:" + SERVICES.get("disclosure-service"), backends.get(path), "Ingress path " + path);
        }
        assertEquals(3, backends.size(), "only the public paths are exposed: " + backends);
    }

    /** Secret name to its keys, from the kustomization's secretGenerator (files named {@code [key=]path}). */
    static Map<String, Set<String>> generatedSecrets() throws IOException {
        JsonNode k = readAll(K8S.resolve("kustomization.yaml")).get(0);
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (JsonNode g : k.path("secretGenerator")) {
            Set<String> keys = new HashSet<>();
            for (JsonNode f : g.path("files")) {
                String entry = f.asText();
                keys.add(entry.contains("=") ? entry.substring(0, entry.indexOf('='))
                        : entry.substring(entry.lastIndexOf('/') + 1));
                assertTrue(entry.contains("secrets/"), "a generated secret is read from secrets/ (git-ignored): " + entry);
            }
            secrets.put(g.path("name").asText(), keys);
        }
        return secrets;
    }

    @Test
    void noSecretIsCommittedAndTheGeneratorScriptWritesEveryGeneratedFile() throws IOException {
        assertTrue(k8s("Secret").isEmpty(), "Secrets are generated (generate-secrets.sh, secretGenerator), never committed");
        assertTrue(Files.readString(ROOT.resolve(".gitignore")).contains("deploy/k8s/secrets/"), "secrets/ is git-ignored");
        String script = Files.readString(K8S.resolve("generate-secrets.sh"));
        JsonNode k = readAll(K8S.resolve("kustomization.yaml")).get(0);
        for (JsonNode g : k.path("secretGenerator")) {
            for (JsonNode f : g.path("files")) {
                String path = f.asText().replaceFirst("^[^=]*=", "");
                String dir = path.substring(0, path.lastIndexOf('/') + 1);
                assertTrue(script.contains(dir), "generate-secrets.sh does not write " + path);
            }
        }
        for (JsonNode g : k.path("configMapGenerator")) {
            for (JsonNode f : g.path("files")) {
                Path file = K8S.resolve(f.asText().replaceFirst("^[^=]*=", ""));
                assertTrue(Files.isRegularFile(file), "configMapGenerator reads " + file + ", which does not exist");
            }
        }
    }
}
