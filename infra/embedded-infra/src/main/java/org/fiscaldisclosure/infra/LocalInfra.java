package org.fiscaldisclosure.infra;

/**
 * One PostgreSQL server and one Kafka broker, started together and stopped together. {@link #shared()} gives the
 * pair for a whole JVM (all test classes of a module share it; a shutdown hook stops it). The broker's principals and
 * ACLs are those of a {@link KafkaAccess}: the tests' ({@link KafkaAccess#forTests()}) unless another is given.
 */
public final class LocalInfra implements AutoCloseable {

    private static LocalInfra shared;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private LocalInfra(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts both servers for tests ({@link KafkaAccess#forTests()}); a port of 0 means any free port. */
    public static LocalInfra start(int postgresPort, int kafkaPort) {
        return start(postgresPort, kafkaPort, KafkaAccess.forTests());
    }

    /** Starts both servers, the broker with the principals and ACLs of {@code access}; a port of 0 means any free port. */
    public static LocalInfra start(int postgresPort, int kafkaPort, KafkaAccess access) {
        PostgresServer pg = PostgresServer.start(postgresPort);
        try {
            return new LocalInfra(pg, KafkaBroker.start(kafkaPort, access));
        } catch (RuntimeException e) {
            pg.stop();
            throw e;
        }
    }

    public static synchronized LocalInfra shared() {
        if (shared == null) {
            LocalInfra infra = start(0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "local-infra-stop"));
            shared = infra;
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            System.err.println("stopping Kafka: " + e.getMessage());
        }
        try {
            postgres.close();
        } catch (RuntimeException e) {
            System.err.println("stopping PostgreSQL: " + e.getMessage());
        }
    }
}
