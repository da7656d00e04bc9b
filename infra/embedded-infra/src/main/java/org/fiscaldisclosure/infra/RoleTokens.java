package org.fiscaldisclosure.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ready token per role of the suite (docs/security.md), signed by a {@link JwtIssuer}: a preparer scoped to one
 * unit, a reviewer, a publisher and an admin. The local run prints them and writes them as {@code tokens.env}.
 */
public final class RoleTokens {

    public static final String PREPARER = "preparer";
    public static final String REVIEWER = "reviewer";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";

    private final JwtIssuer issuer;
    private final Duration lifetime;

    public RoleTokens(JwtIssuer issuer, Duration lifetime) {
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    public JwtIssuer issuer() {
        return issuer;
    }

    /** A preparer who may write the parts of {@code units} (unit codes, {@code 110102-*}, {@code *}). */
    public String preparer(String... units) {
        return issuer.token("local-preparer").name("本地填报人").roles(PREPARER).units(units).validFor(lifetime).sign();
    }

    public String reviewer() {
        return issuer.token("local-reviewer").name("本地审核人").roles(REVIEWER).validFor(lifetime).sign();
    }

    public String publisher() {
        return issuer.token("local-publisher").name("本地发布人").roles(PUBLISHER).validFor(lifetime).sign();
    }

    public String admin() {
        return issuer.token("local-admin").name("本地管理员").roles(ADMIN).validFor(lifetime).sign();
    }

    /** Every role on every unit: for the end-to-end tests, never printed by the local run. */
    public String allRoles() {
        return issuer.token("e2e-all-roles").name("端到端测试").roles(PREPARER, REVIEWER, PUBLISHER, ADMIN).units("*")
                .validFor(lifetime).sign();
    }

    /** The four tokens by environment variable name, the preparer scoped to {@code unit}. */
    public Map<String, String> forUnit(String unit) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("PREPARER_TOKEN", preparer(unit));
        tokens.put("REVIEWER_TOKEN", reviewer());
        tokens.put("PUBLISHER_TOKEN", publisher());
        tokens.put("ADMIN_TOKEN", admin());
        return tokens;
    }

    /** Writes {@code NAME=token} lines that a shell can {@code source}. */
    public static void writeEnv(Map<String, String> tokens, Path file) {
        StringBuilder sb = new StringBuilder("# tokens of the local run (valid until it is restarted or they expire)\n");
        tokens.forEach((name, token) -> sb.append("export ").append(name).append('=').append(token).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
