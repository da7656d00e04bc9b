package org.fiscaldisclosure.producer.part;

import org.fiscaldisclosure.contracts.document.PartDocument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.problem.FieldError;

/** What a producing service tells the shared part store about its part. */
public interface PartDefinition<T> {

    PartKind kind();

    Class<T> type();

    /**
     * The part's headline figures for listings, dashboards, the cross-part rules and the page: each a
     * {@link HeadlineFigure} of this part, so that it has its published name and unit.
     */
    Map<HeadlineFigure, BigDecimal> headline(T part);

    /**
     * The part's own rules for a unit and year (rules may read the year's catalogues or the previous year's part);
     * findings never block saving a draft.
     */
    List<Finding> validate(UnitCode unit, FiscalYear year, T part);

    /**
     * What makes the content malformed beyond its JSON shape (a table or column its layout does not have, ...):
     * answered 422 with these field errors, nothing stored.
     */
    default List<FieldError> structuralErrors(FiscalYear year, T part) {
        return List.of();
    }

    /**
     * The part's published form for a unit and year: the sections, tables, text and charts it contributes to the
     * 部门决算公开, generated from the same figures (stored with the revision and carried by its event).
     */
    default PartDocument document(UnitCode unit, FiscalYear year, T part) {
        return PartDocument.EMPTY;
    }

    /**
     * The headline figures, findings and published form of a part, from one pass: what the part store derives for a
     * revision. A definition whose three derive from the same figures (or read the same previous-year part) builds
     * them once here; by default it asks the three methods above.
     */
    default PartEvaluation evaluate(UnitCode unit, FiscalYear year, T part) {
        return new PartEvaluation(headline(part), validate(unit, year, part), document(unit, year, part));
    }

    /** The rule catalogue behind {@link #validate}. */
    List<RuleDefinition> rules();
}
