package org.fiscaldisclosure.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.fiscaldisclosure.infra.ForgedTokens;
import org.fiscaldisclosure.infra.JwtIssuer;
import org.fiscaldisclosure.infra.RoleTokens;

/**
 * Tokens for the services' tests, signed by the tests' issuer ({@link JwtIssuer#forTests()}), whose public key
 * {@code EmbeddedInfraTestResource} gives the service under test.
 */
public final class TestTokens {

    private static String superUser;
    private static Instant superUserSigned = Instant.EPOCH;

    private TestTokens() {
    }

    public static JwtIssuer issuer() {
        return JwtIssuer.forTests();
    }

    /** Every role on every unit: the default of tests that are not about access. */
    public static synchronized String superUser() {
        if (superUser == null || superUserSigned.isBefore(Instant.now().minus(Duration.ofMinutes(30)))) {
            superUserSigned = Instant.now();
            superUser = issuer().token("test-super-user").name("测试总账号")
                    .roles(RoleTokens.PREPARER, RoleTokens.REVIEWER, RoleTokens.PUBLISHER, RoleTokens.ADMIN).units("*")
                    .sign();
        }
        return superUser;
    }

    /** A preparer of the given units (codes, {@code 110102-*}, {@code *}). */
    public static String preparer(String... units) {
        return namedPreparer("test-preparer", "测试填报人", units);
    }

    /** A named preparer, to tell two preparers apart in the audit trail. */
    public static String namedPreparer(String subject, String name, String... units) {
        return issuer().token(subject).name(name).roles(RoleTokens.PREPARER).units(units).sign();
    }

    public static String reviewer() {
        return issuer().token("test-reviewer").name("测试审核人").roles(RoleTokens.REVIEWER).sign();
    }

    public static String publisher() {
        return issuer().token("test-publisher").name("测试发布人").roles(RoleTokens.PUBLISHER).sign();
    }

    public static String admin() {
        return issuer().token("test-admin").name("测试管理员").roles(RoleTokens.ADMIN).sign();
    }

    /** Tokens that must be refused with 401, by what is wrong with them. */
    public static Map<String, String> forged() {
        return ForgedTokens.against(issuer());
    }
}
