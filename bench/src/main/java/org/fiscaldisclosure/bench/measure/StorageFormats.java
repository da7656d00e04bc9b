package org.fiscaldisclosure.bench.measure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.fiscaldisclosure.infra.LocalInfra;

/**
 * How a stored revision's JSON is best kept in PostgreSQL: the same documents written to and read back from a
 * {@code jsonb}, a {@code text} and a {@code bytea} column (as is, and gzip-compressed by the client), one row per
 * statement as a part write and a part read do. Reported: microseconds per write and per read (the client's time,
 * compression and decompression included) and the bytes on disk (the table with its TOAST and index).
 */
public final class StorageFormats {

    /** One format's figures. */
    public record Figures(String format, int rows, double writeMicros, double readMicros, long diskBytes, long jsonBytes) {
        public String line() {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f | %.2f |", format, rows, writeMicros, readMicros,
                    diskBytes / 1e6, jsonBytes / 1e6);
        }
    }

    private static final String DB = "bench_formats";

    private final LocalInfra infra;
    private final SuiteDatabases dbs;

    public StorageFormats(LocalInfra infra, SuiteDatabases dbs) {
        this.infra = infra;
        this.dbs = dbs;
    }

    /** Measures each format with {@code documents} (written twice: the first pass warms the JIT and is discarded). */
    public List<Figures> measure(List<String> documents) {
        infra.postgres().createDatabase(DB);
        List<Figures> out = new ArrayList<>();
        for (String format : List.of("jsonb", "text", "bytea", "bytea gzip")) {
            one(format, documents); // warm-up
            out.add(one(format, documents));
        }
        return out;
    }

    public static String table(List<Figures> figures) {
        StringBuilder md = new StringBuilder("| column | rows | write µs/row | read µs/row | on disk MB | JSON MB |\n|---|---|---|---|---|---|\n");
        figures.forEach(f -> md.append(f.line()).append('\n'));
        return md.toString();
    }

    private Figures one(String format, List<String> documents) {
        String type = format.startsWith("bytea") ? "bytea" : format;
        boolean gzip = format.endsWith("gzip");
        try (Connection c = dbs.open(DB); Statement s = c.createStatement()) {
            s.execute("drop table if exists doc");
            s.execute("create table doc (id bigint primary key, content " + type + " not null)");
            long jsonBytes = 0;
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into doc (id, content) values (?, "
                    + (type.equals("jsonb") ? "cast(? as jsonb)" : "?") + ")")) {
                for (int i = 0; i < documents.size(); i++) {
                    String d = documents.get(i);
                    byte[] utf8 = d.getBytes(StandardCharsets.UTF_8);
                    jsonBytes += utf8.length;
                    insert.setLong(1, i);
                    if (type.equals("bytea")) {
                        insert.setBytes(2, gzip ? gzip(utf8) : utf8);
                    } else {
                        insert.setString(2, d);
                    }
                    insert.executeUpdate();
                }
            }
            double write = (System.nanoTime() - t0) / 1e3 / documents.size();
            long t1 = System.nanoTime();
            long read = 0;
            try (PreparedStatement select = c.prepareStatement("select content" + (type.equals("jsonb") ? "::text" : "")
                    + " from doc where id = ?")) {
                for (int i = 0; i < documents.size(); i++) {
                    select.setLong(1, i);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        read += type.equals("bytea") ? (gzip ? gunzip(rs.getBytes(1)) : rs.getBytes(1)).length : rs.getString(1).length();
                    }
                }
            }
            double readMicros = (System.nanoTime() - t1) / 1e3 / documents.size();
            if (read == 0) {
                throw new IllegalStateException("nothing read");
            }
            long disk;
            try (ResultSet rs = s.executeQuery("select pg_total_relation_size('doc')")) {
                rs.next();
                disk = rs.getLong(1);
            }
            return new Figures(format, documents.size(), write, readMicros, disk, jsonBytes);
        } catch (SQLException e) {
            throw new IllegalStateException("storage formats: " + e.getMessage(), e);
        }
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] b) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
