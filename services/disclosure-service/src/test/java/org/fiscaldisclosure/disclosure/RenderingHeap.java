package org.fiscaldisclosure.disclosure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.DataPackageRendering;
import org.fiscaldisclosure.disclosure.rendering.HtmlRendering;
import org.fiscaldisclosure.disclosure.rendering.JsonRendering;
import org.fiscaldisclosure.disclosure.rendering.PdfFont;
import org.fiscaldisclosure.disclosure.rendering.PdfRendering;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;
import org.fiscaldisclosure.disclosure.rendering.Rendering;
import org.fiscaldisclosure.disclosure.rendering.XlsxRendering;

/**
 * What one rendering of a published version costs in heap: renders {@code format} of the version in a JSON file (the
 * version's {@code ?format=json}) and prints the largest heap still in use after a collection while it ran (what the
 * rendering holds at once), the file's size and the time. Run it in a JVM with the services' memory settings:
 * <pre>
 * java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *   org.fiscaldisclosure.disclosure.RenderingHeap version.json pdf out.pdf
 * </pre>
 * {@link LargePdfInSmallHeapTest} runs it on a document it writes, in a heap too small for the whole document's
 * layout.
 */
public final class RenderingHeap {

    private RenderingHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        String format = args[1];
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        ExactJson json = new ExactJson(mapper);
        AtomicLong peak = watchLiveHeap();
        PublishedDocument document = json.read(Files.readString(in), PublishedDocument.class);
        RenderInput input = RenderInput.of(document, json);
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.set(before);
        long t0 = System.nanoTime();
        byte[] file = rendering(format, mapper, args.length > 3 ? Integer.parseInt(args[3]) : 0).render(input);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (out != null) {
            Files.write(out, file);
        }
        System.out.printf("%s: %d bytes in %d ms; heap live after GC: input %d MiB, peak while rendering %d MiB (max heap %d MiB)%n",
                format, file.length, ms, before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    static Rendering rendering(String format, ObjectMapper mapper, int pieceChars) {
        return switch (format) {
            case "html" -> new HtmlRendering();
            case "pdf" -> pieceChars > 0
                    ? new PdfRendering(new HtmlRendering(), new PdfFont(PdfRenderingTest.FONT), pieceChars)
                    : new PdfRendering(new HtmlRendering(), new PdfFont(PdfRenderingTest.FONT));
            case "xlsx" -> new XlsxRendering();
            case "json" -> new JsonRendering(mapper);
            case "datapackage" -> new DataPackageRendering(mapper);
            default -> throw new IllegalArgumentException(format);
        };
    }

    /** The largest heap in use right after a collection, from now on. */
    static AtomicLong watchLiveHeap() {
        AtomicLong peak = new AtomicLong();
        java.util.Set<String> heap = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heap.add(p.getName()));
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean gc : gcs) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return peak;
    }
}
