package org.fiscaldisclosure.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    /** A verified token's claims as smallrye-jwt hands them over (numbers as Long, arrays as JSON arrays). */
    static JsonWebToken token(long iat, long exp, Object units) {
        Map<String, Object> claims = new HashMap<>();
        if (iat > 0) {
            claims.put("iat", iat);
        }
        claims.put("exp", exp);
        if (units != null) {
            claims.put("units", units);
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "t";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    static long at(Duration fromNow) {
        return NOW.plus(fromNow).getEpochSecond();
    }

    @Test
    void aTokenOfAtMostTheMaximumLifetimeWithAnArrayOfUnitsPasses() {
        assertNull(TokenRules.why(token(at(Duration.ZERO), at(DAY), Json.createArrayBuilder().add("110102-*").build()), NOW, DAY));
        assertNull(TokenRules.why(token(at(Duration.ofHours(-1)), at(Duration.ofHours(1)), null), NOW, DAY));
    }

    @Test
    void aTokenThatLivesLongerThanTheMaximumIsRefusedHoweverItsIatIsSet() {
        assertEquals("令牌有效期超过允许的最长期限 86400 秒",
                TokenRules.why(token(at(Duration.ZERO), Instant.parse("9999-12-31T00:00:00Z").getEpochSecond(), null), NOW, DAY));
        assertEquals("令牌有效期超过允许的最长期限 86400 秒",
                TokenRules.why(token(at(Duration.ZERO), at(DAY.plusSeconds(1)), null), NOW, DAY));
        // issued "in the future": exp − iat is short, exp − now is not
        assertEquals("令牌有效期超过允许的最长期限 86400 秒",
                TokenRules.why(token(at(Duration.ofDays(400)), at(Duration.ofDays(400).plusHours(1)), null), NOW, DAY));
        assertEquals("令牌缺少 iat（签发时间）", TokenRules.why(token(0, at(Duration.ofHours(1)), null), NOW, DAY));
        assertNull(TokenRules.why(token(at(Duration.ZERO), at(Duration.ofDays(7)), null), NOW, Duration.ofDays(7)), "configurable");
    }

    @Test
    void aUnitsClaimThatIsNotAnArrayOfStringsIsRefused() {
        for (Object units : new Object[]{Json.createValue("*"), "*", Json.createObjectBuilder().add("u", "*").build(),
                Json.createArrayBuilder().add("*").add(1).build(), Json.createValue(1)}) {
            assertEquals("令牌的 units 声明应为字符串数组",
                    TokenRules.why(token(at(Duration.ZERO), at(Duration.ofHours(1)), units), NOW, DAY), String.valueOf(units));
        }
        assertNull(TokenRules.why(token(at(Duration.ZERO), at(Duration.ofHours(1)), Json.createArrayBuilder().build()), NOW, DAY));
    }
}
