package org.fiscaldisclosure.disclosure.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.disclosure.findings.ExplanationView;

/**
 * The content hash of a disclosure: SHA-256, as 64 lower-case hex digits, of the UTF-8 bytes of the
 * {@link CanonicalJson} text of
 * <pre>
 * {"explanations": [{"location": …, "ruleId": …, "text": …}, …],   // those in force, sorted by ruleId, location
 *  "fiscalYear": 2024,
 *  "parts": {"performance": {…}, "procurement": {…}, "statements": {…}},  // each part's event payload as received
 *  "unitCode": "110102-SWD"}
 * </pre>
 * A part's event payload is the whole revision: unitCode, fiscalYear, revision, revisedAt, part, headline,
 * validation (and any field a later producer adds). A part not received is absent. Explanations count only while
 * their WARNING stands; their author and time are not content. So the hash changes exactly when a part gets a new
 * revision, a revision's findings or document are derived again differently, or an explanation in force changes.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String unitCode, int fiscalYear, Map<String, JsonNode> parts, List<ExplanationView> explanations) {
        return sha256(CanonicalJson.write(hashed(unitCode, fiscalYear, parts, explanations)));
    }

    /** The JSON value that is hashed. */
    static ObjectNode hashed(String unitCode, int fiscalYear, Map<String, JsonNode> parts, List<ExplanationView> explanations) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("unitCode", unitCode);
        root.put("fiscalYear", fiscalYear);
        ObjectNode p = root.putObject("parts");
        parts.forEach((key, part) -> p.set(key, withoutDerivation(part)));
        ArrayNode e = root.putArray("explanations");
        explanations.stream().sorted((a, b) -> a.key().compareTo(b.key())).forEach(x -> e.addObject()
                .put("ruleId", x.ruleId()).put("location", x.location()).put("text", x.text()));
        return root;
    }

    /**
     * A part's payload without its {@code derivation} counter: the counter only says that the producer derived the
     * findings and document again, which the hash sees in those; so content derived back to what was published hashes
     * as published.
     */
    private static JsonNode withoutDerivation(JsonNode part) {
        if (part instanceof ObjectNode o && o.has("derivation")) {
            ObjectNode copy = o.deepCopy();
            copy.remove("derivation");
            return copy;
        }
        return part;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
