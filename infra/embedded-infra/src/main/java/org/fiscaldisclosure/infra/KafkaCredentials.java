package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * Writes a principal's Kafka credentials where a client reads them, readable by the owner only: a service's
 * {@code kafka.*} settings ({@code <service>.properties}, read through {@code quarkus.config.locations}), or a plain
 * Kafka client configuration ({@code <principal>.client.properties}, for {@code kafka-console-producer.sh
 * --producer.config} and the like).
 */
public final class KafkaCredentials {

    private KafkaCredentials() {
    }

    /** Writes {@code dir/<service>.properties} with the service's {@code kafka.*} settings; returns the file. */
    public static Path writeServiceSettings(KafkaBroker broker, String service, Path dir) {
        return write(dir.resolve(service + ".properties"), broker.serviceSettings(service),
                "Kafka settings of " + service + " (generated for this run)");
    }

    /** Writes {@code dir/<principal>.client.properties}, a Kafka client configuration of the principal; returns the file. */
    public static Path writeClientProperties(KafkaBroker broker, String principal, Path dir) {
        Map<String, Object> settings = broker.clientSettings(principal);
        Map<String, String> text = new java.util.TreeMap<>();
        settings.forEach((k, v) -> text.put(k, String.valueOf(v)));
        return write(dir.resolve(principal + ".client.properties"), text,
                "Kafka client configuration of " + principal + " (generated for this run)");
    }

    private static Path write(Path file, Map<String, String> settings, String comment) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties p = new Properties();
            p.putAll(settings);
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, comment);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
