package org.fiscaldisclosure.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.infra.LocalInfra;

/**
 * The write baseline: the same rows a part write stores (its {@code part_head} upsert, its {@code part_revision}
 * and its {@code outbox_event}, with the very documents the producers stored), written by plain JDBC in batches of
 * 100 writes per transaction into the same PostgreSQL, in one database per part with the producers' own schema
 * (the platform and producer-support migrations). One connection; default driver settings. Only the inserts are timed, not the
 * reading of the rows from the producers' databases.
 */
public final class JdbcBaseline {

    /** What the baseline did. */
    public record Result(int writes, double seconds, long bytes) {
        public double perSecond() {
            return writes / seconds;
        }
    }

    private static final int BATCH = 100;
    private final SuiteDatabases dbs;
    private final StoredRevisions stored;

    public JdbcBaseline(LocalInfra infra, SuiteDatabases dbs, Path root) {
        this.dbs = dbs;
        this.stored = new StoredRevisions(dbs);
        for (PartKind kind : PartKind.values()) {
            String db = database(kind);
            infra.postgres().createDatabase(db);
            try (Connection c = dbs.open(db); Statement s = c.createStatement()) {
                s.execute("drop table if exists part_head, part_revision, inbound_seen, outbox_event");
                for (String file : List.of("services/platform/src/main/resources/db/outbox/V1_1__outbox.sql",
                        "services/producer-support/src/main/resources/db/parts/V1_2__part_revisions.sql")) {
                    s.execute(Files.readString(root.resolve(file)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("baseline schema: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String database(PartKind kind) {
        return "bench_" + kind.key();
    }

    /** Writes again the rows of revision 1 of units {@code from}..{@code to}. */
    public Result run(int from, int to) {
        AtomicLong nanos = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        stored.forEachChunk(from, to, 500, rows -> {
            if (rows.isEmpty()) {
                return;
            }
            try (Connection c = dbs.open(database(rows.get(0).kind()))) {
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                write(c, rows);
                nanos.addAndGet(System.nanoTime() - t0);
                writes.addAndGet(rows.size());
                rows.forEach(r -> bytes.addAndGet(r.document().length()));
            } catch (SQLException e) {
                throw new IllegalStateException("baseline insert: " + e.getMessage(), e);
            }
        });
        return new Result((int) writes.get(), nanos.get() / 1e9, bytes.get());
    }

    private static void write(Connection c, List<StoredRevisions.Row> rows) throws SQLException {
        try (PreparedStatement head = c.prepareStatement("insert into part_head (unit_code, fiscal_year, region_code, "
                + "revision, revised_at, headline) values (?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (unit_code, fiscal_year) "
                + "do update set revision = excluded.revision, revised_at = excluded.revised_at, headline = excluded.headline");
             PreparedStatement revision = c.prepareStatement("insert into part_revision (unit_code, fiscal_year, revision, "
                     + "revised_at, document) values (?, ?, ?, ?, cast(? as jsonb))");
             PreparedStatement outbox = c.prepareStatement("insert into outbox_event (id, topic, event_key, type, source, "
                     + "subject, payload, created_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)")) {
            int n = 0;
            for (StoredRevisions.Row r : rows) {
                head.setString(1, r.unitCode());
                head.setInt(2, r.year());
                head.setString(3, r.regionCode());
                head.setLong(4, r.revision());
                head.setTimestamp(5, r.revisedAt());
                head.setString(6, r.headline());
                head.addBatch();
                revision.setString(1, r.unitCode());
                revision.setInt(2, r.year());
                revision.setLong(3, r.revision());
                revision.setTimestamp(4, r.revisedAt());
                revision.setString(5, r.document());
                revision.addBatch();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, r.kind().topic());
                outbox.setString(3, r.unitCode() + ":" + r.year());
                outbox.setString(4, r.kind().eventType());
                outbox.setString(5, r.kind().source());
                outbox.setString(6, r.unitCode() + "/" + r.year());
                outbox.setString(7, r.document());
                outbox.setTimestamp(8, r.revisedAt());
                outbox.addBatch();
                if (++n % BATCH == 0) {
                    flush(c, head, revision, outbox);
                }
            }
            flush(c, head, revision, outbox);
        }
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
    }
}
