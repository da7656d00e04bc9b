package org.fiscaldisclosure.bench.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.infra.LocalInfra;
import org.fiscaldisclosure.infra.PostgresServer;

/**
 * Read-only looks into the services' databases: what the producers stored (to know which revisions the read model
 * must reach, and to copy the same rows for the baselines) and the disclosure-service's read model
 * ({@code disclosure_part}: the committed state its GET answers from).
 */
public final class SuiteDatabases {

    private final LocalInfra infra;
    /** One connection per database for the polls (every 50 ms while waiting): a new one each time cost PostgreSQL a backend start. */
    private final Map<String, Connection> polling = new HashMap<>();

    public SuiteDatabases(LocalInfra infra) {
        this.infra = infra;
    }

    private synchronized Connection polling(String database) throws SQLException {
        Connection c = polling.get(database);
        if (c == null || c.isClosed()) {
            c = open(database);
            c.setAutoCommit(true);
            polling.put(database, c);
        }
        return c;
    }

    public Connection open(String database) {
        try {
            return DriverManager.getConnection(infra.postgres().jdbcUrl(database), PostgresServer.USER, "");
        } catch (SQLException e) {
            throw new IllegalStateException("connecting to " + database + ": " + e.getMessage(), e);
        }
    }

    /** Parts stored by the producers and the sum of their newest revision numbers. */
    public long[] producedCountAndRevisionSum() {
        long count = 0;
        long sum = 0;
        for (String db : List.of("statements", "procurement", "performance")) {
            long[] cs = countAndSum(db, "select count(*), coalesce(sum(revision), 0) from part_head where revision > 0");
            count += cs[0];
            sum += cs[1];
        }
        return new long[] {count, sum};
    }

    /** Parts in the read model and the sum of their revision numbers. */
    public long[] readModelCountAndRevisionSum() {
        return countAndSum("disclosure", "select count(*), coalesce(sum(revision), 0) from disclosure_part");
    }

    private long[] countAndSum(String db, String sql) {
        try (PreparedStatement s = polling(db).prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The database server's clock. */
    public java.sql.Timestamp databaseNow(String db) {
        try (Connection c = open(db); PreparedStatement s = c.prepareStatement("select now()"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events the read model records as seen before {@code t}. */
    public long eventsSeenBefore(java.sql.Timestamp t) {
        try (PreparedStatement s = polling("disclosure").prepareStatement("select count(*) from consumed_event where consumed_at < ?")) {
            s.setTimestamp(1, t);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the read model holds every produced part at its newest revision; returns the seconds waited. */
    public double awaitReadModelCaughtUp(long timeoutMillis) {
        long t0 = System.nanoTime();
        long[] want = producedCountAndRevisionSum();
        while (true) {
            long[] have = readModelCountAndRevisionSum();
            if (have[0] == want[0] && have[1] == want[1]) {
                return (System.nanoTime() - t0) / 1e9;
            }
            if ((System.nanoTime() - t0) / 1_000_000 > timeoutMillis) {
                throw new IllegalStateException("read model not caught up after " + timeoutMillis + " ms: has "
                        + have[0] + " parts (revision sum " + have[1] + "), producers " + want[0] + " (" + want[1] + ")");
            }
            sleep(50);
        }
    }

    /** Newest revision in the read model per "unit|part" for the given units. */
    public Map<String, Long> readModelRevisions(Connection c, String[] units) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select unit_code, part, revision from disclosure_part where fiscal_year = 2024 and unit_code = any(?)")) {
            s.setArray(1, c.createArrayOf("text", units));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        return out;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
