package org.fiscaldisclosure.platform.security;

import jakarta.json.JsonString;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who made a change: a person authenticated by a token (its {@code sub} and its {@code name} or
 * {@code preferred_username}), a budget platform submitting over Kafka, or the system itself.
 */
public record Actor(String subject, String name, Kind kind) {

    /** How the actor was identified. */
    public enum Kind { USER, PLATFORM, SYSTEM }

    public static final Actor SYSTEM = new Actor("system", "system", Kind.SYSTEM);

    /** A budget platform, named as configured; the broker authenticated it (its Kafka principal writes its topic). */
    public static Actor platform(String name) {
        String s = name == null || name.isBlank() ? "unknown" : name;
        return new Actor("platform:" + s, s, Kind.PLATFORM);
    }

    /** The person behind an authenticated principal. */
    public static Actor of(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            String subject = firstNonBlank(jwt.getSubject(), jwt.getName(), "unknown");
            String name = firstNonBlank(claim(jwt, "name"), claim(jwt, "preferred_username"), claim(jwt, "upn"), subject);
            return new Actor(subject, name, Kind.USER);
        }
        String name = principal == null ? "unknown" : principal.getName();
        return new Actor(name, name, Kind.USER);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
