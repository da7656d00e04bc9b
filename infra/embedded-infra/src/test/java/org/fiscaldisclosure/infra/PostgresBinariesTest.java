package org.fiscaldisclosure.infra;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresBinariesTest {

    @Test
    void bundledBinariesFromMavenCentralRunWithoutASystemInstallation() {
        Path bin = PostgresBinaries.unpackBundled();
        assertTrue(Files.isExecutable(bin.resolve("initdb")));
        String version = ProcessRunner.run(ProcessRunner.asServiceUser(List.of(bin.resolve("postgres").toString(), "--version")), null, 30);
        assertTrue(version.contains("PostgreSQL) 17."), version);
    }

    @Test
    void aServerFromTheBundledBinariesAcceptsConnections() throws Exception {
        try (PostgresServer server = PostgresServer.start(PostgresBinaries.unpackBundled(), 0);
             java.sql.Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"), PostgresServer.USER, "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("show server_version")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("17."), rs.getString(1));
        }
    }
}
