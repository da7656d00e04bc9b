package org.fiscaldisclosure.disclosure.findings;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.rules.CrossPartRules;
import org.fiscaldisclosure.disclosure.rules.DisclosureParts;
import org.fiscaldisclosure.disclosure.rules.PartContents;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/**
 * The findings of a whole disclosure: each part's own findings in part order (statements, procurement,
 * performance), then the cross-part rules in catalogue order; each WARNING with the explanation in force for its
 * rule and location.
 */
@ApplicationScoped
public class FindingsAssembler {

    private static final RuleCatalogue<DisclosureParts> RULES = CrossPartRules.catalogue();

    private final ExactJson json;
    private final PartContents contents;

    @Inject
    public FindingsAssembler(ExactJson json, Validator validator) {
        this.json = json;
        this.contents = new PartContents(json, validator);
    }

    public List<RuleDefinition> rules() {
        return RULES.definitions();
    }

    /**
     * @param parts        the parts as their events carried them, keyed by {@link PartKind#key()}
     * @param explanations the explanations in force, by rule id and location
     */
    public FindingsReport assemble(Map<String, JsonNode> parts, Map<FindingKey, ExplanationView> explanations) {
        List<LocatedFinding> all = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            JsonNode doc = parts.get(kind.key());
            if (doc != null) {
                for (JsonNode f : doc.path("validation").path("findings")) {
                    all.add(located(read(f), kind.key(), explanations));
                }
            }
        }
        for (Finding f : RULES.check(contents.read(parts))) {
            all.add(located(f, LocatedFinding.DISCLOSURE_ORIGIN, explanations));
        }
        return FindingsReport.of(all);
    }

    private static LocatedFinding located(Finding f, String origin, Map<FindingKey, ExplanationView> explanations) {
        ExplanationView e = f.severity() == Severity.WARNING
                ? explanations.get(new FindingKey(f.ruleId(), LocatedFinding.locationOf(f))) : null;
        return LocatedFinding.of(f, origin, e);
    }

    private Finding read(JsonNode node) {
        return json.convert(node, Finding.class);
    }
}
