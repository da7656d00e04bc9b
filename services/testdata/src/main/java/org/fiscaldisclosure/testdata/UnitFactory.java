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
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.statements.AssetHoldings;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;

/**
 * The N synthetic units: each unit's three parts built through the contract types from the sample
 * ({@code sample/110102-SWD/2024}) and the catalogue, and written as the JSON a preparer PUTs. Deterministic: unit
 * {@code i} with seed {@code s} is the same in every run; a {@code revision} above 1 changes one text of the part
 * (a new revision with the same figures). A unit is generated for 2024 (the sample's year) or for another fiscal
 * year, and may record its 决算批复 date.
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

    /** The fiscal year of the sample, the generator's default year. */
    public static final int YEAR = 2024;

    /** The parts in the order a unit is loaded, with the path segment each producer serves. */
    public static final java.util.List<String> PARTS = java.util.List.of("final-accounts", "procurement", "performance");

    private final long seed;
    private final FinalAccountsFactory statements;
    private final ProcurementFactory procurement = new ProcurementFactory();
    private final Performance samplePerformance;
    private final Map<Integer, PerformanceFactory> performanceByYear = new java.util.concurrent.ConcurrentHashMap<>();

    public UnitFactory(Path projectRoot, long seed) {
        this.seed = seed;
        Sources sources = Sources.read(projectRoot);
        this.statements = sources.statements();
        this.samplePerformance = sources.samplePerformance();
        performanceByYear.put(YEAR, new PerformanceFactory(samplePerformance));
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
        return part(index, YEAR, part, revision, null);
    }

    /** All three parts of a unit, as JSON bodies by part. */
    public Map<String, String> all(int index) {
        return all(index, YEAR, null);
    }

    /**
     * The JSON body of one part of unit {@code index} for fiscal year {@code year}; {@code revision} 1 is the first
     * version; {@code accountsApprovedOn} is the 决算批复 date the statements part records (null: none). Year
     * {@link #YEAR} without a date is exactly {@link #part(int, String, int)}.
     */
    public String part(int index, int year, String part, int revision, LocalDate accountsApprovedOn) {
        return json(parts(index, year, revision, part, accountsApprovedOn).get(part));
    }

    /** All three parts of unit {@code index} for fiscal year {@code year}, as JSON bodies by part (see {@link #part(int, int, String, int, LocalDate)}). */
    public Map<String, String> all(int index, int year, LocalDate accountsApprovedOn) {
        Map<String, Object> p = parts(index, year, 1, null, accountsApprovedOn);
        return Map.of("final-accounts", json(p.get("final-accounts")), "procurement", json(p.get("procurement")),
                "performance", json(p.get("performance")));
    }

    /**
     * Unit {@code index} of year {@code year}: {@link #YEAR} draws from the seed and the index alone (the bench's
     * units); another year from a stream of its own, so the same unit reports other figures in another year.
     */
    private Map<String, Object> parts(int index, int year, int revision, String changed, LocalDate accountsApprovedOn) {
        long stream = seed * 1_000_003L + index;
        Random r = new Random(year == YEAR ? stream : stream * 31L + year);
        UnitIdentity unit = UnitIdentity.of(index);
        String note = revision > 1 ? "（第" + revision + "次修订）" : null;
        FinalAccountsFactory.Generated st = statements.generate(r, unit, "final-accounts".equals(changed) ? note : null);
        Object pr = procurement.generate(r, st.totals().expenditure(), "procurement".equals(changed) ? note : null, year);
        Object pf = performance(year).generate(r, st.totals(), "performance".equals(changed) ? note : null, year);
        return Map.of("final-accounts", approvedOn(st.part(), accountsApprovedOn), "procurement", pr, "performance", pf);
    }

    /** The part with its 决算批复 date recorded (unchanged without one). */
    private static FinalAccounts approvedOn(FinalAccounts p, LocalDate date) {
        if (date == null) {
            return p;
        }
        UnitInfo u = p.unit();
        return new FinalAccounts(new UnitInfo(u.name(), u.region(), u.duties(), u.newlyEstablished(), u.kind(), u.emptyWording(), date),
                p.tableSet(), p.tables(), p.initialBudget(), p.priorYear(), p.other(), p.figureBasis());
    }

    /** The department evaluation's texts of the sample, its year ({@code 2024年}) read as {@code year}. */
    private PerformanceFactory performance(int year) {
        return performanceByYear.computeIfAbsent(year, y -> {
            try {
                return new PerformanceFactory(JSON.readValue(JSON.writeValueAsString(samplePerformance)
                        .replace(YEAR + "年", y + "年"), Performance.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The index of the {@code k}-th unit (0-based) of the district {@code districtCode} (one of the sixteen Beijing
     * 行政区划代码 of {@link UnitIdentity}): unit {@code i} belongs to district {@code i mod 16}, so a district's units
     * are every sixteenth index, from 1 on.
     */
    public static int indexInDistrict(String districtCode, int k) {
        int position = UnitIdentity.districtPosition(districtCode);
        int first = position == 0 ? UnitIdentity.DISTRICTS.size() : position;
        return first + UnitIdentity.DISTRICTS.size() * k;
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
