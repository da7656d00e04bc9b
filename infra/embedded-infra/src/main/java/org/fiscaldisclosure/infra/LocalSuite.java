package org.fiscaldisclosure.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.fiscaldisclosure.testdata.DepartmentSize;
import org.fiscaldisclosure.testdata.LargeDepartment;

/**
 * The local run command (./run.sh): a real PostgreSQL and Kafka broker, the four services on 8080-8083, the sample
 * disclosure loaded through the REST APIs; with {@code --large-department}, the large department too, published and
 * rendered ({@link LargeDepartmentLoad}); with {@code --region}, a region of generated units published over two years
 * ({@link RegionLoad}). Ctrl-C or SIGTERM stops everything it started.
 */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".").toAbsolutePath().normalize();
        int largeProjects;
        int regionUnits;
        try {
            largeProjects = largeDepartment(args);
            regionUnits = region(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local run: " + e.getMessage() + " (--large-department[=N], --region[=N])");
            System.exit(2);
            return;
        }
        int pgPort = intEnv("FISCAL_PG_PORT", 15432);
        int kafkaPort = intEnv("FISCAL_KAFKA_PORT", 19092);
        Path logDir = root.resolve("target/local-run");
        long t0 = System.nanoTime();

        say("starting PostgreSQL on 127.0.0.1:" + pgPort + " and Kafka on 127.0.0.1:" + kafkaPort + " ...");
        LocalInfra infra = LocalInfra.start(portOrFree(pgPort), portOrFree(kafkaPort), KafkaAccess.local());
        Suite suite = null;
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            suite = new Suite(root, infra, Map.of(), logDir);
            Suite running = suite;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                say("stopping the services, Kafka and PostgreSQL ...");
                running.close();
                infra.close();
                say("stopped.");
                stopped.countDown();
            }, "local-suite-stop"));
            say("starting the four services (logs in " + logDir + ") ...");
            suite.startAll();
            say("loading the sample disclosure 110102-SWD/2024 through the producers' REST APIs ...");
            SampleLoader.load(suite, root.resolve("sample"), "110102-SWD", 2024);
            SampleLoader.awaitComplete(suite, "110102-SWD", 2024, Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            System.err.println("local run failed: " + e.getMessage());
            if (suite != null) {
                suite.close();
            }
            infra.close();
            System.exit(1);
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        say("ready in " + seconds + " s:");
        say("  disclosure (assembled sample)  " + suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures/110102-SWD/2024");
        say("  disclosure listing             " + suite.baseUrl(Suite.DISCLOSURE) + "/api/v1/disclosures?year=2024");
        say("  statements part                " + suite.baseUrl(Suite.STATEMENTS) + "/api/v1/final-accounts/110102-SWD/2024");
        say("  procurement part               " + suite.baseUrl(Suite.PROCUREMENT) + "/api/v1/procurement/110102-SWD/2024");
        say("  performance part               " + suite.baseUrl(Suite.PERFORMANCE) + "/api/v1/performance/110102-SWD/2024");
        say("  OpenAPI (each service)         http://localhost:808{0,1,2,3}/q/openapi , Swagger UI at /q/swagger-ui");
        say("  PostgreSQL                     " + infra.postgres().jdbcUrl("<statements|procurement|performance|disclosure>") + " (user postgres)");
        say("  Kafka                          " + infra.kafka().bootstrapServers() + " (SASL/SCRAM-SHA-512; docs/security.md)");
        for (String platform : infra.kafka().access().platforms().keySet()) {
            Path file = KafkaCredentials.writeClientProperties(infra.kafka(), platform, logDir.resolve("kafka"));
            say("  platform " + platform + " " + infra.kafka().access().platforms().get(platform) + ": writes "
                    + org.fiscaldisclosure.contracts.event.Topics.inbound(platform) + ", client settings in " + file);
        }
        Map<String, String> tokens = suite.tokens().forUnit("110102-SWD");
        Path tokenFile = logDir.resolve("tokens.env");
        RoleTokens.writeEnv(tokens, tokenFile);
        say("tokens (24 h; preparer scoped to 110102-SWD; docs/security.md), also in " + tokenFile
                + " for `source`:");
        tokens.forEach((name, token) -> say("  " + name + "=" + token));
        say("  e.g. curl -H \"Authorization: Bearer $REVIEWER_TOKEN\" " + suite.baseUrl(Suite.DISCLOSURE)
                + "/api/v1/disclosures/110102-SWD/2024");
        if (regionUnits > 0) {
            loadRegion(suite, root, regionUnits);
        }
        if (largeProjects > 0) {
            loadLargeDepartment(suite, root, largeProjects);
        }
        say("Ctrl-C stops everything.");
        stopped.await();
    }

    /**
     * {@code --large-department} (300 自评表, the generator's full size) or {@code --large-department=N}: the number of
     * projects of the large department to load after the sample; 0 without the option.
     */
    static int largeDepartment(String[] args) {
        for (String a : args) {
            if (a.equals("--large-department")) {
                return DepartmentSize.FULL.projects();
            }
            if (a.startsWith("--large-department=")) {
                return Integer.parseInt(a.substring("--large-department=".length()));
            }
        }
        return 0;
    }

    /**
     * {@code --region} ({@link RegionLoad#DEFAULT_UNITS} units) or {@code --region=N} (at least 3): the number of
     * generated units of the region to load after the sample; 0 without the option.
     */
    static int region(String[] args) {
        for (String a : args) {
            if (a.equals("--region")) {
                return RegionLoad.DEFAULT_UNITS;
            }
            if (a.startsWith("--region=")) {
                String value = a.substring("--region=".length());
                int n = value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : 0;
                if (n < 3) {
                    throw new IllegalArgumentException("--region=N needs N of at least 3 (one unit republished, one late, one unpublished): " + a);
                }
                return n;
            }
        }
        return 0;
    }

    /**
     * Loads and publishes the region of generated units (docs/testdata.md), then prints the pages to open; a failure
     * is reported and the suite keeps running.
     */
    private static void loadRegion(Suite suite, Path root, int units) {
        RegionLoad load = new RegionLoad(suite, root, line -> say(line));
        try {
            say("loading a region of " + units + " generated units of " + RegionLoad.DISTRICT + " (" + RegionLoad.PREVIOUS_YEAR
                    + " and " + RegionLoad.YEAR + ") ...");
            long t0 = System.nanoTime();
            RegionLoad.Region region = load.load(units);
            say("the region is published in " + (System.nanoTime() - t0) / 1_000_000_000L + " s: " + region.units().size()
                    + " units, " + region.republished().code() + " with a version 2, " + region.late().code() + " late in "
                    + RegionLoad.PREVIOUS_YEAR + ", " + region.unpublished().code() + " not published for " + RegionLoad.YEAR + "; open:");
            load.urls(region).forEach((what, url) -> say(String.format("  %-22s %s", what, url)));
        } catch (RuntimeException e) {
            System.err.println("[fiscal-disclosure] loading the region failed: " + e.getMessage());
        }
    }

    /**
     * Loads and publishes the large department (docs/testdata.md), then waits for its five files, saying when each is
     * rendered and what the disclosure-service's memory is; a failure is reported and the suite keeps running.
     */
    private static void loadLargeDepartment(Suite suite, Path root, int projects) {
        DepartmentSize size = DepartmentSize.FULL.withProjects(projects);
        LargeDepartmentLoad load = new LargeDepartmentLoad(suite, root, line -> say(line));
        try {
            say("loading the large department " + LargeDepartment.UNIT.unitCode() + "/" + LargeDepartment.YEAR + " (" + size + ") ...");
            String version = load.publish(size);
            say("rendering its files (" + version + " lists them) ...");
            boolean ready = load.awaitFiles(version, Duration.ofMinutes(30));
            say(ready ? "the large department's files are ready:" : "the large department's files are NOT all ready:");
            say("  page      " + version + "?format=html");
            say("  PDF       " + version + "?format=pdf   (also xlsx, json, datapackage)");
            say("  portal    " + suite.baseUrl(Suite.DISCLOSURE) + "/portal/disclosures/" + LargeDepartment.UNIT.unitCode() + "/"
                    + LargeDepartment.YEAR);
        } catch (RuntimeException e) {
            System.err.println("[fiscal-disclosure] loading the large department failed: " + e.getMessage());
        }
    }

    private static int portOrFree(int preferred) {
        return FreePorts.inUse(preferred) ? 0 : preferred;
    }

    private static int intEnv(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    private static void say(String line) {
        System.out.println("[fiscal-disclosure] " + line);
        System.out.flush();
    }
}
