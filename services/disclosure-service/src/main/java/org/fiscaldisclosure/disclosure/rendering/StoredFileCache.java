package org.fiscaldisclosure.disclosure.rendering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The most recently read stored files in memory, bounded by their bytes ({@code fiscal.published-files.cache-size},
 * 8M by default; 0 turns it off), least recently used first out. A stored file never changes (the
 * {@code rendered_file} rows refuse update and delete, and a rebuild of the read model leaves them alone), so an entry
 * never needs invalidating; only files that exist are kept, so a version published later is found. A file larger
 * than a quarter of the cache is served but not kept. Hits and misses are counted in
 * {@code fiscal.published_files.cache{result=hit|miss}}.
 */
@ApplicationScoped
public class StoredFileCache {

    /** Identity of a stored file. */
    public record Key(String unitCode, int fiscalYear, int version, String format) {
    }

    private final long capacity;
    private final LinkedHashMap<Key, StoredFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private final Counter hits;
    private final Counter misses;
    private long bytes;

    @Inject
    public StoredFileCache(@ConfigProperty(name = "fiscal.published-files.cache-size", defaultValue = "8M") MemorySize size,
                           MeterRegistry registry) {
        this.capacity = size.asLongValue();
        this.hits = registry.counter("fiscal.published_files.cache", "result", "hit");
        this.misses = registry.counter("fiscal.published_files.cache", "result", "miss");
        Gauge.builder("fiscal.published_files.cache.bytes", this, StoredFileCache::bytes).baseUnit("bytes").register(registry);
    }

    /** The file from memory, or loaded (and kept when it exists and fits). */
    public Optional<StoredFile> get(Key key, Supplier<Optional<StoredFile>> load) {
        StoredFile cached;
        synchronized (this) {
            cached = files.get(key);
        }
        if (cached != null) {
            hits.increment();
            return Optional.of(cached);
        }
        misses.increment();
        Optional<StoredFile> loaded = load.get();
        loaded.ifPresent(f -> keep(key, f));
        return loaded;
    }

    private synchronized void keep(Key key, StoredFile file) {
        if (file.content().length > capacity / 4) {
            return;
        }
        StoredFile previous = files.put(key, file);
        bytes += file.content().length - (previous == null ? 0 : previous.content().length);
        Iterator<StoredFile> eldest = files.values().iterator();
        while (bytes > capacity && eldest.hasNext()) {
            bytes -= eldest.next().content().length;
            eldest.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }
}
