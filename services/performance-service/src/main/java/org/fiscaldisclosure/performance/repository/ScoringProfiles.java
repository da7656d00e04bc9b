package org.fiscaldisclosure.performance.repository;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.performance.scoring.ScoringProfile;

/**
 * The scoring profiles, read once from the JSON resources named by {@code fiscal.performance.scoring.profiles}.
 * A part of year y and region r is scored with the profile covering y whose region prefix matches r longest (a
 * narrower year range wins a tie), else with {@code fiscal.performance.scoring.default}.
 */
@Singleton
public class ScoringProfiles {

    private final Map<String, ScoringProfile> byId = new LinkedHashMap<>();
    private final ScoringProfile fallback;

    @Inject
    public ScoringProfiles(ObjectMapper mapper,
                           @ConfigProperty(name = "fiscal.performance.scoring.profiles") List<String> resources,
                           @ConfigProperty(name = "fiscal.performance.scoring.default") String defaultId) {
        ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        for (String resource : resources) {
            ScoringProfile p = read(strict, resource.strip());
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalStateException("scoring profile " + p.id() + " defined twice");
            }
        }
        fallback = byId.get(defaultId);
        if (fallback == null) {
            throw new IllegalStateException("default scoring profile " + defaultId + " not among " + byId.keySet());
        }
    }

    private static ScoringProfile read(ObjectMapper mapper, String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("scoring profile resource " + resource + " not found");
            }
            return mapper.readValue(in, ScoringProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("scoring profile " + resource + " unreadable", e);
        }
    }

    public List<ScoringProfile> all() {
        return List.copyOf(byId.values());
    }

    public Optional<ScoringProfile> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public ScoringProfile defaultProfile() {
        return fallback;
    }

    /** The profile for a fiscal year and a 6-digit region code. */
    public ScoringProfile select(int year, String regionCode) {
        return byId.values().stream()
                .filter(p -> p.applies().covers(year) && p.applies().regionMatch(regionCode) >= 0)
                .max(Comparator.<ScoringProfile>comparingInt(p -> p.applies().regionMatch(regionCode))
                        .thenComparing(p -> -p.applies().yearSpan()))
                .orElse(fallback);
    }
}
