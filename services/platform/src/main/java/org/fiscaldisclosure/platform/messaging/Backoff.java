package org.fiscaldisclosure.platform.messaging;

/** The pause before retrying after a passing failure: 500 ms, doubling to 30 s, back to the start after a success. */
public final class Backoff {

    private static final long FIRST_MS = 500;
    private static final long MAX_MS = 30_000;

    private int failures;

    /** The pause to take now; each call doubles the next one, up to the maximum. */
    public synchronized long next() {
        long pause = Math.min(MAX_MS, FIRST_MS << Math.min(failures, 10));
        failures++;
        return pause;
    }

    public synchronized void reset() {
        failures = 0;
    }
}
