package org.fiscaldisclosure.e2e;

import java.nio.file.Path;
import java.util.Map;
import org.fiscaldisclosure.infra.FreePorts;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.Suite;

/**
 * The four packaged services (java -jar, as deployed) on a fresh PostgreSQL and Kafka broker, every one on a free
 * port, for one end-to-end test class; logs go to {@code e2e-tests/target/<logs>}. Close it when the class is done.
 */
record RunningSuite(Path root, LocalInfra infra, Suite suite) implements AutoCloseable {

    static RunningSuite start(String logs) {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        LocalInfra infra = LocalInfra.start(0, 0);
        Suite suite = new Suite(root, infra, Map.of(
                Suite.DISCLOSURE.name(), FreePorts.pick(), Suite.STATEMENTS.name(), FreePorts.pick(),
                Suite.PROCUREMENT.name(), FreePorts.pick(), Suite.PERFORMANCE.name(), FreePorts.pick()),
                root.resolve("e2e-tests/target/" + logs));
        RunningSuite running = new RunningSuite(root, infra, suite);
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    @Override
    public void close() {
        suite.close();
        infra.close();
    }
}
