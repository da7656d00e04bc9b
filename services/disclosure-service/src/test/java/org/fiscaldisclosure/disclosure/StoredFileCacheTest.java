package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.disclosure.rendering.StoredFile;
import org.fiscaldisclosure.disclosure.rendering.StoredFileCache;
import org.junit.jupiter.api.Test;

/** The in-memory cache of stored files holds at most its size in bytes, dropping the least recently read first. */
class StoredFileCacheTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final StoredFileCache cache = new StoredFileCache(new MemorySize(BigInteger.valueOf(1_000)), registry);
    final List<String> loads = new ArrayList<>();

    Optional<StoredFile> read(String format, int bytes) {
        StoredFileCache.Key key = new StoredFileCache.Key("110102-C", 2024, 1, format);
        return cache.get(key, () -> {
            loads.add(format);
            return Optional.of(new StoredFile("110102-C", 2024, 1, format, "text/html", new byte[bytes], format, null));
        });
    }

    double bytesHeld() {
        return registry.get("fiscal.published_files.cache.bytes").gauge().value();
    }

    @Test
    void theLeastRecentlyReadFileGoesFirstWhenTheBytesWouldExceedTheSize() {
        StoredFile a = read("a", 250).orElseThrow();
        read("b", 250);
        read("c", 250);
        read("d", 250);
        assertEquals(1_000, bytesHeld());
        assertSame(a, read("a", 250).orElseThrow(), "a hit returns the file kept");
        read("e", 250); // b is now the least recently read
        assertEquals(1_000, bytesHeld());
        read("b", 250);
        assertEquals(List.of("a", "b", "c", "d", "e", "b"), loads, "only b had to be loaded again");
        assertEquals(1.0, registry.get("fiscal.published_files.cache").tag("result", "hit").counter().count());
        assertEquals(6.0, registry.get("fiscal.published_files.cache").tag("result", "miss").counter().count());
    }

    @Test
    void aFileLargerThanAQuarterOfTheCacheIsServedButNotKept() {
        assertEquals(251, read("pdf", 251).orElseThrow().content().length);
        read("pdf", 251);
        assertEquals(List.of("pdf", "pdf"), loads);
        assertEquals(0, bytesHeld());
    }

    @Test
    void aFileThatDoesNotExistIsNotRemembered() {
        StoredFileCache.Key key = new StoredFileCache.Key("110102-C", 2024, 2, "html");
        assertEquals(Optional.empty(), cache.get(key, Optional::empty));
        assertEquals("later", cache.get(key, () -> Optional.of(new StoredFile("110102-C", 2024, 2, "html", "text/html",
                new byte[1], "later", null))).orElseThrow().sha256(), "published after the first read: found");
    }
}
