package org.fiscaldisclosure.bench.measure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fiscaldisclosure.testdata.UnitFactory;
import org.fiscaldisclosure.contracts.event.PartKind;

/**
 * The revisions the producers stored for a range of units, read back from their databases in chunks: the exact rows
 * (and so the exact event bytes) the baselines write again.
 */
public final class StoredRevisions {

    /** One stored revision: the part, its key, the region (for part_head) and the document as stored (jsonb text). */
    public record Row(PartKind kind, String unitCode, int year, String regionCode, long revision, Timestamp revisedAt,
                      String headline, String document) {
    }

    private final SuiteDatabases dbs;

    public StoredRevisions(SuiteDatabases dbs) {
        this.dbs = dbs;
    }

    /** Calls {@code chunk} with at most {@code size} rows at a time, for revision 1 of units {@code from}..{@code to}. */
    public void forEachChunk(int from, int to, int size, Consumer<List<Row>> chunk) {
        for (PartKind kind : PartKind.values()) {
            try (Connection c = dbs.open(kind.key())) {
                for (int start = from; start <= to; start += size) {
                    List<String> codes = new ArrayList<>();
                    for (int i = start; i <= Math.min(to, start + size - 1); i++) {
                        codes.add(UnitFactory.unit(i).unitCode());
                    }
                    chunk.accept(read(c, kind, codes.toArray(String[]::new)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Row> read(Connection c, PartKind kind, String[] codes) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select r.unit_code, r.fiscal_year, h.region_code, r.revision, "
                + "r.revised_at, h.headline::text, r.document::text from part_revision r join part_head h "
                + "on h.unit_code = r.unit_code and h.fiscal_year = r.fiscal_year "
                + "where r.revision = 1 and r.unit_code = any(?) order by r.unit_code")) {
            s.setArray(1, c.createArrayOf("text", codes));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(kind, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                            rs.getTimestamp(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return rows;
    }
}
