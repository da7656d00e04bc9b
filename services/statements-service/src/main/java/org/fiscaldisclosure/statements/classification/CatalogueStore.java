package org.fiscaldisclosure.statements.classification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fiscaldisclosure.contracts.catalogue.CatalogueEdition;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/**
 * The classification catalogues in force: the shipped entries ({@link ClassificationCatalogue}) and the editions an
 * administrator or the budget platform loaded ({@code catalogue_edition}, newest per year and scheme in force). For a
 * year and scheme with a complete loaded edition, that edition alone is the catalogue; with an incomplete one, its
 * entries are added to (and rename) the shipped ones; with none, the shipped entries are the catalogue, not complete.
 * Views are cached per year and dropped whenever an edition is added (checked by the newest edition's id, so a load
 * through another instance is seen at the next request).
 */
@ApplicationScoped
public class CatalogueStore {

    private final ClassificationCatalogue shipped = ClassificationCatalogue.load();
    private final Map<Integer, CatalogueView> cache = new ConcurrentHashMap<>();
    private volatile long generation = -1;

    @Inject
    EntityManager em;

    /** A loaded edition, as answered by the API. */
    /** An edition of {@code fiscalYear} committed; {@code reason} says which, for the parts derived again. */
    public record EditionLoaded(int fiscalYear, String reason) {
    }

    public record Edition(int fiscalYear, String scheme, int edition, boolean complete, String source, String origin,
                          Instant loadedAt, long entries, long changes) {

        /** Why the parts of the year are derived again after this edition was loaded (the audit trail's reason). */
        public String reevaluationReason() {
            return fiscalYear + "年" + ClassificationScheme.of(scheme).title() + "目录第" + edition + "版已载入（"
                    + (complete ? "完整目录" : "非完整目录") + "，来源：" + source + "）";
        }
    }

    public ClassificationCatalogue shipped() {
        return shipped;
    }

    /** The catalogue in force for a year. */
    public CatalogueView view(int year) {
        long newest = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from catalogue_edition").getSingleResult()).longValue();
        if (newest != generation) {
            cache.clear();
            generation = newest;
        }
        return cache.computeIfAbsent(year, this::build);
    }

    private CatalogueView build(int year) {
        Map<ClassificationScheme, Map<String, ClassificationEntry>> entries = new EnumMap<>(ClassificationScheme.class);
        Set<ClassificationScheme> complete = EnumSet.noneOf(ClassificationScheme.class);
        Map<ClassificationScheme, Map<String, String>> changes = new EnumMap<>(ClassificationScheme.class);
        for (ClassificationScheme scheme : ClassificationScheme.values()) {
            Map<String, ClassificationEntry> m = new TreeMap<>();
            Optional<Object[]> edition = latest(year, scheme);
            boolean whole = edition.map(e -> (Boolean) e[2]).orElse(false);
            if (!whole) {
                shipped.entries().stream().filter(c -> c.scheme().equals(scheme.key())).forEach(c -> m.put(c.code(), c));
            }
            if (edition.isPresent()) {
                long id = ((Number) edition.get()[0]).longValue();
                String source = "第" + edition.get()[1] + "版：" + edition.get()[3];
                for (Object o : em.createNativeQuery("select code, name from catalogue_entry where edition_id = ?1 order by code")
                        .setParameter(1, id).getResultList()) {
                    Object[] r = (Object[]) o;
                    String code = (String) r[0];
                    m.put(code, new ClassificationEntry(scheme.key(), code, (String) r[1], scheme.level(code), scheme.parent(code),
                            true, source));
                }
                Map<String, String> c = new LinkedHashMap<>();
                for (Object o : em.createNativeQuery("select previous_code, code from catalogue_change where edition_id = ?1 "
                        + "order by previous_code").setParameter(1, id).getResultList()) {
                    Object[] r = (Object[]) o;
                    c.put((String) r[0], (String) r[1]);
                }
                changes.put(scheme, c);
                if (whole) {
                    complete.add(scheme);
                }
            }
            entries.put(scheme, m);
        }
        return new CatalogueView(year, entries, complete, changes);
    }

    /** id, edition, complete, source of the newest edition of a year and scheme. */
    private Optional<Object[]> latest(int year, ClassificationScheme scheme) {
        List<?> rows = em.createNativeQuery("select id, edition, complete, source from catalogue_edition "
                        + "where fiscal_year = ?1 and scheme = ?2 order by edition desc limit 1")
                .setParameter(1, year).setParameter(2, scheme.key()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    /**
     * What is wrong with an edition beyond its JSON shape, located by JSON Pointer ({@code /entries/3/code}): a code
     * not of the scheme's lengths, a code twice, a change to a code the edition lacks or from a malformed code, and,
     * for a complete edition, an entry whose 类 or 款 the edition lacks.
     */
    public static List<FieldError> errors(CatalogueEdition e) {
        List<FieldError> out = new ArrayList<>();
        ClassificationScheme scheme = e.scheme();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < e.entries().size(); i++) {
            String code = e.entries().get(i).code();
            if (scheme.level(code) == null) {
                out.add(new FieldError("/entries/" + i + "/code", "科目编码“" + code + "”不是" + scheme.title() + "的类/款"
                        + (scheme.lengths().size() > 2 ? "/项" : "") + "编码（应为 " + lengths(scheme) + " 位数字）"));
            } else if (!codes.add(code)) {
                out.add(new FieldError("/entries/" + i + "/code", "科目编码“" + code + "”重复"));
            }
        }
        if (e.complete()) {
            for (int i = 0; i < e.entries().size(); i++) {
                String code = e.entries().get(i).code();
                String parent = scheme.level(code) == null ? null : scheme.parent(code);
                if (parent != null && !codes.contains(parent)) {
                    out.add(new FieldError("/entries/" + i + "/code", "完整目录中缺少科目“" + code + "”的上级科目“" + parent + "”"));
                }
            }
        }
        Set<String> previous = new HashSet<>();
        for (int i = 0; i < e.changes().size(); i++) {
            CatalogueEdition.Change c = e.changes().get(i);
            if (scheme.level(c.previousCode()) == null) {
                out.add(new FieldError("/changes/" + i + "/previousCode", "上年科目编码“" + c.previousCode() + "”格式不符（应为 "
                        + lengths(scheme) + " 位数字）"));
            } else if (!previous.add(c.previousCode())) {
                out.add(new FieldError("/changes/" + i + "/previousCode", "上年科目编码“" + c.previousCode() + "”重复"));
            }
            if (!codes.contains(c.code())) {
                out.add(new FieldError("/changes/" + i + "/code", "本年科目编码“" + c.code() + "”不在本版本的科目中"));
            }
        }
        return out;
    }

    private static String lengths(ClassificationScheme scheme) {
        return String.join("/", scheme.lengths().stream().map(String::valueOf).toList());
    }

    /**
     * Stores an edition as the newest of its year and scheme (in the caller's transaction). Malformed content is a
     * 422 listing every problem, with nothing stored. An edition with an {@code originId} already loaded from the same
     * origin (a redelivered event) is not loaded again: the edition loaded then is answered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Edition load(CatalogueEdition e, String origin, String originId) {
        List<FieldError> errors = errors(e);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " 处目录内容不符合要求，未载入任何内容", errors);
        }
        if (originId != null) {
            Optional<Edition> seen = find("origin = ?1 and origin_id = ?2", origin, originId);
            if (seen.isPresent()) {
                return seen.get();
            }
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('catalogue_edition:' || ?1 || ':' || ?2))")
                .setParameter(1, e.fiscalYear()).setParameter(2, e.scheme().key()).getSingleResult();
        int edition = ((Number) em.createNativeQuery("select coalesce(max(edition), 0) + 1 from catalogue_edition "
                + "where fiscal_year = ?1 and scheme = ?2").setParameter(1, e.fiscalYear()).setParameter(2, e.scheme().key())
                .getSingleResult()).intValue();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = ((Number) em.createNativeQuery("insert into catalogue_edition (fiscal_year, scheme, edition, complete, source, "
                        + "origin, origin_id, loaded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) returning id")
                .setParameter(1, e.fiscalYear()).setParameter(2, e.scheme().key()).setParameter(3, edition)
                .setParameter(4, e.complete()).setParameter(5, e.source()).setParameter(6, origin).setParameter(7, originId)
                .setParameter(8, Timestamp.from(now)).getSingleResult()).longValue();
        for (CatalogueEdition.Entry entry : e.entries()) {
            em.createNativeQuery("insert into catalogue_entry (edition_id, code, name) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, entry.code()).setParameter(3, entry.name().strip()).executeUpdate();
        }
        for (CatalogueEdition.Change c : e.changes()) {
            em.createNativeQuery("insert into catalogue_change (edition_id, previous_code, code) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, c.previousCode()).setParameter(3, c.code()).executeUpdate();
        }
        return new Edition(e.fiscalYear(), e.scheme().key(), edition, e.complete(), e.source(), origin, now,
                e.entries().size(), e.changes().size());
    }

    /** The editions loaded for a year (and scheme, when given), newest first. */
    public List<Edition> editions(int year, String scheme) {
        List<Edition> out = new ArrayList<>();
        for (Object o : query(scheme == null ? "fiscal_year = ?1" : "fiscal_year = ?1 and scheme = ?2", year, scheme)) {
            out.add(edition((Object[]) o));
        }
        return out;
    }

    private Optional<Edition> find(String where, Object a, Object b) {
        List<?> rows = query(where, a, b);
        return rows.isEmpty() ? Optional.empty() : Optional.of(edition((Object[]) rows.get(0)));
    }

    private List<?> query(String where, Object a, Object b) {
        var q = em.createNativeQuery("select e.fiscal_year, e.scheme, e.edition, e.complete, e.source, e.origin, e.loaded_at, "
                + "(select count(*) from catalogue_entry x where x.edition_id = e.id), "
                + "(select count(*) from catalogue_change x where x.edition_id = e.id) "
                + "from catalogue_edition e where " + where + " order by e.fiscal_year desc, e.scheme, e.edition desc");
        q.setParameter(1, a);
        if (b != null) {
            q.setParameter(2, b);
        }
        return q.getResultList();
    }

    private static Edition edition(Object[] r) {
        Object at = r[6];
        Instant loadedAt = at instanceof Instant i ? i : at instanceof Timestamp t ? t.toInstant()
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(at.toString());
        return new Edition(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).intValue(), (Boolean) r[3],
                (String) r[4], (String) r[5], loadedAt, ((Number) r[7]).longValue(), ((Number) r[8]).longValue());
    }
}
