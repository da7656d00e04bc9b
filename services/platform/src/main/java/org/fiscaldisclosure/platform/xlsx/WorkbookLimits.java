package org.fiscaldisclosure.platform.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * Bounds an uploaded workbook before it is parsed. An xlsx file is a ZIP archive of XML parts; a small file can unpack
 * to a huge sheet (a 954 kB upload that unpacks to 84 MB ran a service out of memory), whatever compression ratio a
 * guard allows. So every entry is inflated here, in a stream, counting the bytes it really unpacks to (the sizes its
 * headers state are not trusted) and the cells ({@code <c} elements) of the worksheets, and the reading stops as soon
 * as a bound is passed: 413 with problem details, before the workbook model is built.
 */
public final class WorkbookLimits {

    /** The most bytes all parts of a workbook may unpack to together. */
    public static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    /** The most cells all worksheets of a workbook may hold together. */
    public static final long MAX_CELLS = 100_000;
    /** The most parts (ZIP entries) a workbook may have. */
    public static final int MAX_ENTRIES = 1_000;

    private WorkbookLimits() {
    }

    /** Throws a 413 problem when the archive passes a bound, a 400 when it cannot be inflated. */
    public static void check(byte[] body) {
        check(body, MAX_UNPACKED_BYTES, MAX_CELLS);
    }

    static void check(byte[] body, long maxUnpacked, long maxCells) {
        long unpacked = 0;
        long cells = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("工作簿的部件超过 " + MAX_ENTRIES + " 个");
                }
                boolean worksheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
                CellCounter counter = new CellCounter();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > maxUnpacked) {
                        throw tooLarge("工作簿解压后超过 " + maxUnpacked + " 字节（" + entry.getName() + " 处）");
                    }
                    if (worksheet) {
                        cells += counter.count(buffer, n);
                        if (cells > maxCells) {
                            throw tooLarge("工作簿的单元格超过 " + maxCells + " 个（" + entry.getName() + " 处）");
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // what cannot be inflated here is not parsed either
            throw WorkbookProblems.notAWorkbook("无法读取 xlsx 工作簿（ZIP 结构损坏：" + e.getMessage() + "）");
        }
    }

    private static ProblemException tooLarge(String reason) {
        return new ProblemException(Problem.of(413, "workbook-too-large", "工作簿过大",
                reason + "，未保存任何内容", List.of(new FieldError("", reason))));
    }

    /** Counts {@code <c} start tags ({@code <c>} or {@code <c } …) across the chunks of one worksheet part. */
    static final class CellCounter {
        private int state; // 0: outside, 1: after '<', 2: after "<c"

        long count(byte[] b, int n) {
            long found = 0;
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (state == 2) {
                    if (c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                        found++;
                    }
                    state = c == '<' ? 1 : 0;
                } else if (state == 1) {
                    state = c == 'c' ? 2 : c == '<' ? 1 : 0;
                } else if (c == '<') {
                    state = 1;
                }
            }
            return found;
        }
    }
}
