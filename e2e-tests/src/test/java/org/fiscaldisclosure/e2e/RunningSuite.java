package org.fiscaldisclosure.e2e;

import java.nio.file.Path;
import java.util.Map;
import org.fiscaldisclosure.infra.FreePorts;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.Suite;

/**
 * The four packaged services (java -jar, as deployed) on free ports, on one real PostgreSQL and Kafka broker of their
 * own: how every end-to-end test starts the suite.
 */
final class RunningSuite implements AutoCloseable {

    final Path root;
    final LocalInfra infra;
    final Suite suite;

    private RunningSuite(Path root, LocalInfra infra, Suite suite) {
        this.root = root;
        this.infra = infra;
        this.suite = suite;
    }

    /** @param logs the folder under {@code e2e-tests/target} for the services' logs (and the run's token keys) */
    static RunningSuite start(String logs) {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        LocalInfra infra = LocalInfra.start(0, 0);
        try {
            Suite suite = new Suite(root, infra, Map.of(
                    Suite.DISCLOSURE.name(), FreePorts.pick(), Suite.STATEMENTS.name(), FreePorts.pick(),
                    Suite.PROCUREMENT.name(), FreePorts.pick(), Suite.PERFORMANCE.name(), FreePorts.pick()),
                    root.resolve("e2e-tests/target").resolve(logs));
            suite.startAll();
            return new RunningSuite(root, infra, suite);
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    @Override
    public void close() {
        suite.close();
        infra.close();
    }
}
