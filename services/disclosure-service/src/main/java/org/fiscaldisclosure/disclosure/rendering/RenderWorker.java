package org.fiscaldisclosure.disclosure.rendering;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.repository.RenderingTaskEntity;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;
import org.jboss.logging.Logger;

/**
 * Renders the files of published versions after their publication committed, on one thread of its own, one file at a
 * time (the memory a PDF of several hundred pages takes is needed once, never twice at once), oldest version first.
 * It starts when a version is published ({@link Published}, after the commit), when the service starts (files left
 * PENDING by a stop are rendered then) and every {@code fiscal.rendering.sweep-interval} (files another instance left,
 * attempts to retry). A failure is retried up to {@code fiscal.rendering.max-attempts} times, then the file is FAILED
 * with its reason; the other files of the version are rendered all the same. Once a version's files are all READY,
 * its manifest is signed (a {@link PassDone} event, observed by the manifests).
 */
@ApplicationScoped
public class RenderWorker {

    private static final Logger LOG = Logger.getLogger(RenderWorker.class);

    /** Fired in the publishing transaction; observed once it committed. */
    public record Published(String unitCode, int fiscalYear, int version) {
    }

    /** Fired after each pass that rendered every pending file it could: the versions whose files are all READY. */
    public record PassDone() {
    }

    @Inject
    Renderings renderings;

    @Inject
    ExactJson json;

    @Inject
    MeterRegistry registry;

    @Inject
    Event<PassDone> passDone;

    @ConfigProperty(name = "fiscal.rendering.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "fiscal.rendering.sweep-interval", defaultValue = "30s")
    Duration sweepInterval;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "renderer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        thread.scheduleWithFixedDelay(this::wake, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        thread.shutdownNow();
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
        wake();
    }

    /** Asks for a pass over the pending files (at most one pass waits behind the running one). */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false);
            }
        }
    }

    private void drain() {
        queued.set(false);
        try {
            for (Optional<RenderingTaskEntity.Key> next = oldestPending(); next.isPresent(); next = oldestPending()) {
                RenderingTaskEntity.Key k = next.get();
                if (!renderVersion(k.unitCode(), k.fiscalYear(), k.version())) {
                    return; // a file to try again: by the next pass (the sweep), not in a tight loop
                }
            }
            // the versions whose files are all READY now get their signed manifest
            passDone.fire(new PassDone());
        } catch (RuntimeException e) {
            LOG.errorf(e, "rendering stopped; the pending files are tried again within %s", sweepInterval);
        }
    }

    private static Optional<RenderingTaskEntity.Key> oldestPending() {
        return QuarkusTransaction.requiringNew().call(() -> RenderingTaskEntity.oldestPending()
                .map(t -> new RenderingTaskEntity.Key(t.unitCode, t.fiscalYear, t.version, t.format)));
    }

    /** Every pending file of one version, the input made once for all of them; false when one is to be tried again. */
    private boolean renderVersion(String unit, int year, int version) {
        List<String> formats = QuarkusTransaction.requiringNew().call(() -> Renderings.byOrder(
                RenderingTaskEntity.pending(unit, year, version).stream().map(t -> t.format).toList()));
        RenderInput input = null;
        for (String format : formats) {
            long started = System.nanoTime();
            try {
                if (input == null) {
                    PublishedDocument document = QuarkusTransaction.requiringNew().call(() -> VersionEntity.get(unit, year, version)
                            .map(v -> json.read(v.document, PublishedDocument.class)).orElseThrow());
                    input = renderings.input(document);
                }
                Supplier<List<Renderings.Rendered>> rendering = renderings.prepare(input, format);
                if (format.equals(formats.get(formats.size() - 1))) {
                    input = null; // the last file (the PDF) is laid out without the document: its heap is free for it
                }
                List<Renderings.Rendered> files = rendering.get();
                if (renderings.store(unit, year, version, format, files)) {
                    registry.timer("fiscal.rendering", "format", format, "result", "ready")
                            .record(Duration.ofNanos(System.nanoTime() - started));
                    LOG.infof("rendered %s/%d v%d %s: %d bytes in %d ms", unit, year, version, format,
                            files.get(0).content().length, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                RenderingTaskEntity.State state = renderings.failed(unit, year, version, format, reason, maxAttempts);
                registry.counter("fiscal.rendering.failures", "format", format).increment();
                LOG.errorf(e, "rendering %s/%d v%d %s failed (%s)", unit, year, version, format, state);
                if (state == RenderingTaskEntity.State.PENDING) {
                    return false;
                }
            }
        }
        return true;
    }
}
