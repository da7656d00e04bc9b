package org.fiscaldisclosure.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a signed token must also be, beyond its signature, issuer and expiry (checked by smallrye-jwt): a 401 when it
 * <ul>
 *   <li>lives longer than {@code fiscal.jwt.max-lifetime} (24 hours unless configured): its {@code exp} is more than
 *       that after its {@code iat}, or more than that from now (a token issued "in the future"); or has no {@code iat};</li>
 *   <li>has a {@code units} claim that is not an array of strings (a plain string, a number, an object, an array
 *       holding anything else).</li>
 * </ul>
 * A token with {@code exp} in the year 9999 is therefore refused, however well signed.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    /** Starts the message of a refusal by these rules, which the 401 answer states (smallrye-jwt's own are not shown). */
    static final String REFUSED = "令牌不符合要求：";

    private final Duration maxLifetime;

    public TokenRules(@ConfigProperty(name = "fiscal.jwt.max-lifetime", defaultValue = "PT24H") Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String why = why(jwt, Instant.now(), maxLifetime);
        if (why != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(REFUSED + why));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why the token is refused, or null when it passes. */
    static String why(JsonWebToken jwt, Instant now, Duration maxLifetime) {
        Long exp = seconds(jwt, "exp");
        Long iat = seconds(jwt, "iat");
        long max = maxLifetime.toSeconds();
        if (iat == null || iat <= 0) {
            return "令牌缺少 iat（签发时间）";
        }
        if (exp == null) {
            return "令牌缺少 exp（过期时间）";
        }
        if (exp - iat > max || exp - now.getEpochSecond() > max) {
            return "令牌有效期超过允许的最长期限 " + max + " 秒";
        }
        if (jwt.containsClaim(Roles.UNITS_CLAIM)) {
            Object units = jwt.getClaim(Roles.UNITS_CLAIM);
            // an array claim arrives as a JSON array (or, from some token parsers, a collection)
            if (!(units instanceof Collection<?> array) || !array.stream().allMatch(v -> v instanceof JsonString || v instanceof String)) {
                return "令牌的 units 声明应为字符串数组";
            }
        }
        return null;
    }

    private static Long seconds(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        return value instanceof Number n ? n.longValue() : null;
    }
}
