package org.fiscaldisclosure.platform.security;

import java.util.function.Supplier;

/**
 * The actor of work that runs outside an HTTP request, such as an inbound Kafka submission: set around the work,
 * read by {@link CurrentActor}.
 */
public final class Acting {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private Acting() {
    }

    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor before = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    static Actor current() {
        return CURRENT.get();
    }
}
