package org.fiscaldisclosure.producer.inbound;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiscaldisclosure.platform.security.UnitGrants;

/**
 * The budget platforms that may submit parts over Kafka, and the units each is granted:
 * {@code fiscal.inbound.platforms.<name>.units=110102-*,110105-JYW} (a unit code, every unit of a region
 * {@code <行政区划代码>-*}, or {@code *}). A platform writes its own topic {@code fiscal.inbound.<name>.v1}, which the
 * broker lets no other principal write (docs/security.md), so the topic says which platform sent a submission.
 */
@ConfigMapping(prefix = "fiscal.inbound")
public interface InboundPlatforms {

    /** By platform name (lower-case letters, digits and '-'; the middle of its topic's name). */
    Map<String, Platform> platforms();

    /** One platform's grant. */
    interface Platform {
        /** The units it may submit for; a platform with none may submit for none. */
        Optional<List<String>> units();
    }

    /** Whether the platform may submit for {@code unitCode} (the same grant rules as a token's {@code units}). */
    static boolean permits(Platform platform, String unitCode) {
        return platform != null && new UnitGrants(Optional.of(platform.units().orElse(List.of())), Set.of()).permits(unitCode);
    }
}
