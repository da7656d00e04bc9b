package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF of a document with many 自评表 is written in a heap too small to hold its whole layout: a JVM of its own
 * with {@value #HEAP} of heap and the services' collector renders the PDF of {@value #PROJECTS} projects
 * ({@link RenderingHeap}); the file holds every project, bookmarked, and every page is numbered.
 */
class LargePdfInSmallHeapTest {

    static final int PROJECTS = 120;
    /** Well under the services' 256 MiB (the rendering peaked at 122 MiB of a 128 MiB heap), with a margin for the collector. */
    static final String HEAP = "-Xmx160m";

    @Test
    void thePdfOfManyProjectsIsWrittenInASmallHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/large-pdf"));
        Path version = dir.resolve("version.json");
        Path pdf = dir.resolve("version.pdf");
        Files.deleteIfExists(pdf);
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Files.write(version, mapper.writeValueAsBytes(DocumentFixture.published(ManyProjectsFixture.documents(PROJECTS), null, null)));

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-Xss512k", "-Djava.awt.headless=true", "-cp", classpath, RenderingHeap.class.getName(),
                version.toString(), "pdf", pdf.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("render.log").toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the rendering ended");
        String log = Files.readString(dir.resolve("render.log"));
        System.out.println(log.lines().filter(l -> l.startsWith("pdf:")).findFirst().orElse(log));
        assertEquals(0, p.exitValue(), log);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > PROJECTS, "a page or more per project: " + pages);
            List<PDOutlineItem> parts = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(parts::add);
            List<String> sections = new ArrayList<>();
            parts.get(3).children().forEach(i -> sections.add(i.getTitle()));
            assertEquals(PROJECTS + 1, sections.size());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (int k = 1; k <= PROJECTS; k++) {
                assertTrue(sections.get(k).contains(ManyProjectsFixture.name(k)), sections.get(k));
                assertTrue(text.contains(ManyProjectsFixture.name(k)), "project " + k + " in the text");
            }
            assertTrue(text.contains("第" + pages + "页共" + pages + "页"), "the last page numbered");
        }
    }
}
