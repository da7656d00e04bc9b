package org.fiscaldisclosure.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Bearer tokens per role, for when the services require authentication (docs/security.md). A role's token comes from the
 * environment variable {@code FISCAL_TOKEN_<ROLE>} (e.g. {@code FISCAL_TOKEN_PREPARER}), else from the properties
 * file named by {@code FISCAL_TOKENS_FILE} ({@code preparer=eyJ…}); when neither gives any, the harness uses tokens
 * signed by the key pair of the suite it started ({@link #issuedBy}), the preparer granted every unit.
 */
public final class Tokens {

    /** Who does what in the harness. */
    public enum Role {
        /** writes the parts (PUT). */
        PREPARER,
        /** reads drafts and findings, explains warnings, approves. */
        REVIEWER,
        /** publishes versions. */
        PUBLISHER,
        /** rebuilds the read model. */
        ADMIN
    }

    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    private Tokens() {
    }

    public static Tokens fromEnvironment() {
        Tokens t = new Tokens();
        Properties file = new Properties();
        String path = System.getenv("FISCAL_TOKENS_FILE");
        if (path != null && !path.isBlank()) {
            try (Reader in = Files.newBufferedReader(Path.of(path))) {
                file.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("FISCAL_TOKENS_FILE " + path, e);
            }
        }
        for (Role role : Role.values()) {
            String env = System.getenv("FISCAL_TOKEN_" + role.name());
            String value = env != null && !env.isBlank() ? env : file.getProperty(role.name().toLowerCase(Locale.ROOT));
            if (value != null && !value.isBlank()) {
                t.tokens.put(role, value.trim());
            }
        }
        return t;
    }

    /** Tokens of the suite's own issuer (the run's key pair), for every role; the preparer may write every unit. */
    public static Tokens issuedBy(org.fiscaldisclosure.infra.RoleTokens issuer) {
        Tokens t = new Tokens();
        t.tokens.put(Role.PREPARER, issuer.preparer("*"));
        t.tokens.put(Role.REVIEWER, issuer.reviewer());
        t.tokens.put(Role.PUBLISHER, issuer.publisher());
        t.tokens.put(Role.ADMIN, issuer.admin());
        return t;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The header value ({@code Bearer …}) for a role, if a token was given. */
    public Optional<String> authorization(Role role) {
        return Optional.ofNullable(tokens.get(role)).map(v -> "Bearer " + v);
    }

    /** Which roles have a token, for the report (never the tokens themselves). */
    public String describe() {
        return tokens.isEmpty() ? "none (no Authorization header sent)" : tokens.keySet().toString().toLowerCase(Locale.ROOT);
    }
}
