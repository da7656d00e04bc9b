package org.fiscaldisclosure.performance.service;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;

/**
 * The scoring profile of the part being stored. The shared part store validates a part without knowing its unit
 * and year; the performance store enters the profile selected for them around the store, on the storing thread.
 */
@Singleton
public class ScoringScope {

    private final ThreadLocal<ScoringProfile> current = new ThreadLocal<>();

    /** Makes {@code profile} current until the returned scope is closed. */
    public Entered enter(ScoringProfile profile) {
        ScoringProfile previous = current.get();
        current.set(profile);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** The profile entered on this thread, if any. */
    public Optional<ScoringProfile> current() {
        return Optional.ofNullable(current.get());
    }

    @FunctionalInterface
    public interface Entered extends AutoCloseable {
        @Override
        void close();
    }
}
