package org.fiscaldisclosure.support.part;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;

/** What a producing service tells the shared part store about its part. */
public interface PartDefinition<T> {

    PartKind kind();

    Class<T> type();

    /** Named headline figures (元 or points) for listings and dashboards. */
    Map<String, BigDecimal> headline(T part);

    /** The part's own rules; findings never block saving a draft. */
    List<Finding> validate(T part);

    /** The rule catalogue behind {@link #validate}. */
    List<RuleDefinition> rules();
}
