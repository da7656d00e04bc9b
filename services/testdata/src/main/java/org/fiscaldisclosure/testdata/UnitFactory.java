package org.fiscaldisclosure.testdata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.statements.AssetHoldings;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;

/**
 * The N synthetic units: each unit's three parts built through the contract types from the sample
 * ({@code sample/110102-SWD/2024}) and the catalogue, and written as the JSON a preparer PUTs. Deterministic: unit
 * {@code i} with seed {@code s} is the same in every run; a {@code revision} above 1 changes one text of the part
 * (a new revision with the same figures).
 */
public final class UnitFactory {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // a helper, not a field of the payload (the services' strict reader refuses it)
            .addMixIn(AssetHoldings.class, WithoutEmpty.class);

    @JsonIgnoreProperties({"empty"})
    private interface WithoutEmpty {
    }

    /** The parts in the order a unit is loaded, with the path segment each producer serves. */
    public static final java.util.List<String> PARTS = java.util.List.of("final-accounts", "procurement", "performance");

    private final long seed;
    private final FinalAccountsFactory statements;
    private final ProcurementFactory procurement = new ProcurementFactory();
    private final PerformanceFactory performance;

    public UnitFactory(Path projectRoot, long seed) {
        this.seed = seed;
        Sources sources = Sources.read(projectRoot);
        this.statements = sources.statements();
        this.performance = new PerformanceFactory(sources.samplePerformance());
    }

    /** What the generators read from the repository: the sample's texts and the year's classification catalogue. */
    record Sources(FinalAccountsFactory statements, Performance samplePerformance, Catalogue catalogue) {

        static Sources read(Path projectRoot) {
            Path sample = projectRoot.resolve("sample/110102-SWD/2024");
            try {
                FinalAccounts sampleStatements = JSON.readValue(sample.resolve("final-accounts.json").toFile(), FinalAccounts.class);
                Performance samplePerformance = JSON.readValue(sample.resolve("performance.json").toFile(), Performance.class);
                Catalogue catalogue = Catalogue.read(projectRoot.resolve("services/statements-service/src/main/resources/classifications/shipped.csv"));
                FinalAccountsFactory statements = new FinalAccountsFactory(catalogue, sampleStatements.unit().duties()
                        .substring(sampleStatements.unit().duties().indexOf("主要职责")));
                return new Sources(statements, samplePerformance, catalogue);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the sample in " + sample, e);
            }
        }
    }

    /** The JSON body of one part of unit {@code index}; {@code revision} 1 is the first version. */
    public String part(int index, String part, int revision) {
        return json(parts(index, revision, part).get(part));
    }

    /** All three parts of a unit, as JSON bodies by part. */
    public Map<String, String> all(int index) {
        Map<String, Object> p = parts(index, 1, null);
        return Map.of("final-accounts", json(p.get("final-accounts")), "procurement", json(p.get("procurement")),
                "performance", json(p.get("performance")));
    }

    private Map<String, Object> parts(int index, int revision, String changed) {
        Random r = new Random(seed * 1_000_003L + index);
        UnitIdentity unit = UnitIdentity.of(index);
        String note = revision > 1 ? "（第" + revision + "次修订）" : null;
        FinalAccountsFactory.Generated st = statements.generate(r, unit, "final-accounts".equals(changed) ? note : null);
        Object pr = procurement.generate(r, st.totals().expenditure(), "procurement".equals(changed) ? note : null);
        Object pf = performance.generate(r, st.totals(), "performance".equals(changed) ? note : null);
        return Map.of("final-accounts", st.part(), "procurement", pr, "performance", pf);
    }

    public static UnitIdentity unit(int index) {
        return UnitIdentity.of(index);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
