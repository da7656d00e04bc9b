package org.fiscaldisclosure.e2e;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fiscaldisclosure.infra.RoleTokens;
import org.fiscaldisclosure.infra.Suite;

/**
 * The hostile-input corpus (docs/security.md): for one endpoint, every request it must refuse with a 4xx problem and
 * without storing or sending anything. Categories: tokens (missing, forged, wrong role or unit), path and query
 * parameters (bad unit codes and years, SQL and script fragments, Unicode edge cases, overflowing numbers), bodies
 * (malformed and truncated JSON, wrong top-level and field types, unknown fields, deep nesting, oversized, amounts with
 * too many decimals, overflowing and negative, forbidden characters in names and text, control characters, invalid
 * UTF-8, SQL and script fragments in identifiers), content types, If-Match, methods and Accept.
 */
final class HostileCases {

    /** A request of the corpus and what it attacks. */
    record Case(HostileEndpoint endpoint, String category, String name, HostileRequest request) {
    }

    static final String UNIT = "110102-SWD";
    static final String SQL = "x'; DROP TABLE part_revision; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final Map<String, String> VALID = Map.ofEntries(Map.entry("unitCode", UNIT), Map.entry("year", "2024"),
            Map.entry("revision", "1"), Map.entry("version", "1"), Map.entry("other", "1"), Map.entry("projectCode", "P01"),
            Map.entry("scheme", "func"), Map.entry("code", "201"), Map.entry("id", "beijing-2024"),
            Map.entry("chart", "income-by-source"), Map.entry("regionCode", "110102"), Map.entry("name", "datapackage.json"));

    /** Hostile values of each path parameter; {@code raw:} marks a value sent already percent-encoded. */
    static final Map<String, List<String>> PATH_VALUES = Map.ofEntries(
            Map.entry("unitCode", List.of("110102-swd", "SWD", "1101021-SWD", "110102-", "110102-SWD-X", "110102_SWD", SQL, SCRIPT,
                    "raw:110102-SWD%00", "\u202e110102-SWD", "110102-S\u200bWD", "𠮷𠮷𠮷", "raw:..%2F..%2Fetc%2Fpasswd",
                    "110102-" + "A".repeat(300), "raw:%ED%A0%80", "110102-ＳＷＤ")),
            Map.entry("year", List.of("24", "20244", "1999", "2101", "abcd", "-2024", "2024.0", "２０２４", "raw:2024%00", "0x7E8",
                    SQL, "raw:20%2F24")),
            Map.entry("revision", List.of("abc", "-1", "0", "99999999999999999999", "1e3", "1.0", SQL)),
            Map.entry("version", List.of("0", "-1", "abc", "99999999999", "1.5", SCRIPT)),
            Map.entry("other", List.of("0", "-1", "abc", "99999999999", SQL)),
            Map.entry("projectCode", List.of("P 01", "P01'--", SCRIPT, "A".repeat(65), "raw:P01%00", "\u202eP01")),
            Map.entry("scheme", List.of("nope", SCRIPT, "func'--")),
            Map.entry("code", List.of(SCRIPT, "201'; DROP TABLE x;--", "9".repeat(300))),
            Map.entry("id", List.of(SCRIPT, "raw:..%2Fbeijing-2024", "nope")),
            Map.entry("chart", List.of(SCRIPT, "nope", "raw:..%2Fincome-by-source")),
            Map.entry("regionCode", List.of("11", "1101021", "ABCDEF", "110102' OR '1'='1", SCRIPT, "１１０１０２", "raw:110102%00")),
            Map.entry("name", List.of(SCRIPT, "raw:..%2F..%2Fetc%2Fpasswd", "nope.csv", "T3.csv'--", "raw:datapackage.json%00")));

    /**
     * Hostile values of each query parameter. The search text {@code q} is free text: markup and quotes are searched
     * for as they are (200, shown escaped); what it refuses is text over its length, a control character and the
     * refused invisible characters.
     */
    static final Map<String, List<String>> QUERY_VALUES = Map.of(
            "q", List.of("一".repeat(101), "raw:x%00", "raw:x%E2%80%AE"),
            "year", List.of("24", "abcd", "1999", "2101", "2024'--", SCRIPT, "２０２４", "-2024"),
            "region", List.of("11", "1101021", "ABCDEF", "110102' OR '1'='1", SCRIPT),
            "page", List.of("-1", "abc", "1e3", "99999999999"),
            "size", List.of("0", "501", "-5", "abc", "99999999999"),
            "status", List.of("DONE", SCRIPT, "' OR 1=1--"),
            "scheme", List.of("nope", SCRIPT, "func'--"),
            "format", List.of("pdf", SCRIPT, "../../../etc/passwd", "raw:html%00"),
            "profile", List.of("nope", SCRIPT, "../cz-2020-10"));

    static final Set<String> NAME_KEYS = Set.of("name", "approver", "author", "publishedBy", "supplier", "project",
            "confidentialityReviewer", "signedOffBy");
    static final Set<String> IDENTIFIER_KEYS = Set.of("code", "projectCode", "ruleId", "contentHash", "tableSet",
            "category", "fundingSource", "emptyTableWording");
    static final Set<String> AMOUNT_KEYS = Set.of("amount", "goods", "works", "services", "total", "budget", "execution",
            "initialBudget", "annualBudget");

    private final Map<Suite.Service, String> baseUrls;
    private final RoleTokens tokens;
    private final Map<String, String> forged;
    private final Function<HostileEndpoint, byte[]> validBodies;

    HostileCases(Map<Suite.Service, String> baseUrls, RoleTokens tokens, Map<String, String> forged,
                 Function<HostileEndpoint, byte[]> validBodies) {
        this.baseUrls = baseUrls;
        this.tokens = tokens;
        this.forged = forged;
        this.validBodies = validBodies;
    }

    /** Every case of the endpoint; {@code methodsOfPath} are the methods its path answers, in document order. */
    List<Case> of(HostileEndpoint e, Set<String> methodsOfPath) {
        List<Case> cases = new ArrayList<>();
        tokens(e, cases);
        pathParameters(e, cases);
        queryParameters(e, cases);
        if (e.hasJsonBody()) {
            bodies(e, cases);
            contentTypes(e, cases);
        }
        if (e.method().equals("PUT")) {
            ifMatch(e, cases);
        }
        if (e.method().equals("GET")) {
            cases.add(new Case(e, "accept", "Accept: application/xml", valid(e).header("Accept", "application/xml")));
        }
        // once per path (with its first method): the methods the path does not answer
        for (String method : List.of("DELETE", "PATCH")) {
            if (!methodsOfPath.contains(method) && e.method().equals(methodsOfPath.iterator().next())) {
                cases.add(new Case(e, "method", method + " not allowed",
                        HostileRequest.of(method, url(e, Map.of())).bearer(tokens.allRoles())));
            }
        }
        return cases;
    }

    // ---- requests

    String url(HostileEndpoint e, Map<String, String> values) {
        String path = e.template();
        for (String p : e.pathParams()) {
            path = path.replace("{" + p + "}", encode(values.getOrDefault(p, VALID.get(p))));
        }
        return baseUrls.get(e.service()) + path;
    }

    /** The endpoint's valid request: valid path, the token of its role, and its valid body. */
    HostileRequest valid(HostileEndpoint e) {
        HostileRequest r = HostileRequest.of(e.method(), url(e, Map.of())).bearer(tokenFor(e));
        byte[] body = e.hasJsonBody() ? validBodies.apply(e) : null;
        return body == null ? r : r.body("application/json", body);
    }

    String tokenFor(HostileEndpoint e) {
        if (e.roles().size() == 1) {
            return switch (e.roles().get(0)) {
                case RoleTokens.PREPARER -> tokens.preparer(UNIT);
                case RoleTokens.REVIEWER -> tokens.reviewer();
                case RoleTokens.PUBLISHER -> tokens.publisher();
                default -> tokens.admin();
            };
        }
        return tokens.allRoles();
    }

    // ---- categories

    private void tokens(HostileEndpoint e, List<Case> cases) {
        if (!e.isProtected()) {
            return;
        }
        cases.add(new Case(e, "token", "no token", valid(e).bearer(null)));
        forged.forEach((what, token) -> cases.add(new Case(e, "token", "forged: " + what, valid(e).bearer(token))));
        cases.add(new Case(e, "token", "Basic credentials", valid(e).header("Authorization", "Basic YWRtaW46YWRtaW4=")));
        cases.add(new Case(e, "token", "token in the query string",
                valid(e).bearer(null).url(url(e, Map.of()) + "?access_token=" + tokens.allRoles())));
        for (String role : List.of(RoleTokens.PREPARER, RoleTokens.REVIEWER, RoleTokens.PUBLISHER, RoleTokens.ADMIN)) {
            if (!e.roles().contains(role)) {
                String token = switch (role) {
                    case RoleTokens.PREPARER -> tokens.preparer(UNIT);
                    case RoleTokens.REVIEWER -> tokens.reviewer();
                    case RoleTokens.PUBLISHER -> tokens.publisher();
                    default -> tokens.admin();
                };
                cases.add(new Case(e, "role", "role " + role + " not allowed", valid(e).bearer(token)));
            }
        }
        if (e.pathParams().contains("unitCode") && e.roles().contains(RoleTokens.PREPARER)) {
            cases.add(new Case(e, "role", "preparer of another unit", valid(e).bearer(tokens.preparer("110102-OTHER"))));
            // a grant is matched exactly as written: "\t*\n" and " *" are not "*"
            cases.add(new Case(e, "role", "preparer whose units are [\"\\t*\\n\", \" *\"]",
                    valid(e).bearer(tokens.preparer("\t*\n", " *"))));
        }
        cases.add(new Case(e, "role", "valid token without roles",
                valid(e).bearer(tokens.issuer().token("nobody").name("无角色").sign())));
    }

    private void pathParameters(HostileEndpoint e, List<Case> cases) {
        for (String p : e.pathParams()) {
            for (String value : PATH_VALUES.getOrDefault(p, List.of(SCRIPT, SQL))) {
                HostileRequest r = valid(e).url(url(e, Map.of(p, value)));
                if (e.isProtected()) {
                    r = r.bearer(tokens.allRoles());
                }
                cases.add(new Case(e, "path", p + " = " + shown(value), r));
            }
        }
    }

    private void queryParameters(HostileEndpoint e, List<Case> cases) {
        for (String q : e.queryParams()) {
            for (String value : QUERY_VALUES.getOrDefault(q, List.of(SCRIPT, SQL))) {
                cases.add(new Case(e, "query", q + " = " + shown(value),
                        valid(e).url(url(e, Map.of()) + "?" + q + "=" + encode(value))));
            }
        }
    }

    private void bodies(HostileEndpoint e, List<Case> cases) {
        byte[] valid = validBodies.apply(e);
        String text = new String(valid, StandardCharsets.UTF_8).strip();
        HostileRequest r = valid(e);
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("malformed: open brace", "{");
        malformed.put("malformed: open member", "{\"a\":");
        malformed.put("malformed: open array", "[");
        malformed.put("malformed: bare word", "nul");
        malformed.put("malformed: trailing comma", "{\"a\":1,}");
        malformed.put("malformed: single quotes", "{'a':1}");
        malformed.put("malformed: extra brace", text + "}");
        malformed.put("malformed: missing colon", "{\"a\" 1}");
        malformed.put("malformed: unterminated string", "\"unterminated");
        malformed.put("malformed: leading zero", "{\"a\":01}");
        malformed.put("malformed: NaN", "{\"a\":NaN}");
        malformed.put("malformed: Infinity", "{\"a\":-Infinity}");
        malformed.put("malformed: hex number", "{\"a\":0x10}");
        malformed.put("malformed: comment", "/* c */ " + text);
        malformed.put("malformed: two documents", text + " " + text);
        malformed.put("truncated: half", text.substring(0, text.length() / 2));
        malformed.put("truncated: last byte cut", text.substring(0, text.length() - 1));
        malformed.put("truncated: first byte only", text.substring(0, 1));
        malformed.put("empty body", "");
        malformed.put("whitespace only", " \n\t ");
        malformed.put("top level: array", "[]");
        malformed.put("top level: string", "\"text\"");
        malformed.put("top level: number", "42");
        malformed.put("top level: true", "true");
        malformed.put("top level: null", "null");
        malformed.put("empty object", "{}");
        malformed.put("deep nesting: 5000 arrays", "[".repeat(5000) + "]".repeat(5000));
        malformed.put("deep nesting: 5000 objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        malformed.forEach((name, body) -> cases.add(new Case(e, "body", name, r.json(body))));

        JsonNode tree = read(text);
        mutate(e, cases, r, tree, "wrong type: number as text", JsonNode::isNumber, n -> Http.JSON.getNodeFactory().textNode("lots"));
        mutate(e, cases, r, tree, "wrong type: text as object", JsonNode::isTextual, n -> Http.JSON.createObjectNode().put("x", 1));
        mutate(e, cases, r, tree, "wrong type: array as object", JsonNode::isArray, n -> Http.JSON.createObjectNode());
        mutate(e, cases, r, tree, "wrong type: object as array", n -> n.isObject() && n != tree, n -> Http.JSON.createArrayNode());
        mutate(e, cases, r, tree, "wrong type: flag as array", JsonNode::isBoolean, n -> Http.JSON.createArrayNode());
        mutate(e, cases, r, tree, "deep nesting: 900 arrays in a field", n -> n.isValueNode() && n != tree, n -> nested(900));
        ObjectNode unknown = tree.deepCopy();
        unknown.put("unexpected", 1);
        cases.add(new Case(e, "body", "unknown field at the top", r.json(unknown.toString())));
        ObjectNode proto = tree.deepCopy();
        proto.putObject("__proto__").put("admin", true);
        cases.add(new Case(e, "body", "unknown field __proto__", r.json(proto.toString())));
        JsonPointer nestedObject = first(tree, n -> n.isObject() && n != tree);
        if (nestedObject != null) {
            ObjectNode copy = tree.deepCopy();
            ((ObjectNode) copy.at(nestedObject)).put("extra", "x");
            cases.add(new Case(e, "body", "unknown field nested at " + nestedObject, r.json(copy.toString())));
        }
        for (String required : e.requiredFields()) {
            if (tree.has(required)) {
                ObjectNode missing = tree.deepCopy();
                missing.remove(required);
                cases.add(new Case(e, "body", "required field missing: " + required, r.json(missing.toString())));
                ObjectNode nulled = tree.deepCopy();
                nulled.putNull(required);
                cases.add(new Case(e, "body", "required field null: " + required, r.json(nulled.toString())));
            }
        }

        JsonPointer amount = first(tree, (p, n) -> n.isNumber() && AMOUNT_KEYS.contains(p.last().getMatchingProperty()));
        if (amount != null) {
            for (String value : List.of("1.234", "0.001", "-1", "-0.01", "1E+15", "1E+20",
                    "123456789012345678901234567890.12", "1E+400", "1E-400", "1E+2147483647",
                    // exponents no decimal can hold: refused while parsing, at the field
                    "1E2147483648", "1e99999999999", "0E99999999999", "1E-2147483649", "-0E+2147483647")) {
                cases.add(new Case(e, "amount", amount + " = " + value, r.json(replaceRaw(tree, amount, value))));
            }
        }
        // numbers as numbers, flags as flags
        JsonPointer number = amount != null ? amount : first(tree, (p, n) -> n.isNumber());
        if (number != null) {
            for (String value : List.of("\"100\"", "\" 100 \"", "\"1E+2\"", "\"\"")) {
                cases.add(new Case(e, "strict types", "number as text " + value + " at " + number,
                        r.json(replaceRaw(tree, number, value))));
            }
        }
        JsonPointer flag = first(tree, (p, n) -> n.isBoolean());
        if (flag != null) {
            for (String value : List.of("\"true\"", "\"TRUE\"", "1", "0")) {
                cases.add(new Case(e, "strict types", "flag as " + value + " at " + flag, r.json(replaceRaw(tree, flag, value))));
            }
        }
        // a member given twice: at the top and in the first nested object
        if (tree.isObject() && tree.size() > 0) {
            String first = tree.fieldNames().next();
            cases.add(new Case(e, "duplicate key", "\"" + first + "\" twice at the top",
                    r.json("{" + Http.JSON.getNodeFactory().textNode(first) + ":" + tree.get(first) + "," + tree.toString().substring(1))));
            JsonPointer inner = first(tree, n -> n.isObject() && n != tree && n.size() > 0);
            if (inner != null) {
                JsonNode obj = tree.at(inner);
                String key = obj.fieldNames().next();
                String raw = "{" + Http.JSON.getNodeFactory().textNode(key) + ":" + obj.get(key) + "," + obj.toString().substring(1);
                cases.add(new Case(e, "duplicate key", "\"" + key + "\" twice at " + inner, r.json(replaceRaw(tree, inner, raw))));
            }
        }
        JsonPointer name = first(tree, (p, n) -> n.isTextual() && NAME_KEYS.contains(p.last().getMatchingProperty()));
        if (name == null) {
            name = first(tree, (p, n) -> n.isTextual() && !IDENTIFIER_KEYS.contains(p.last().getMatchingProperty()));
        }
        if (name != null) {
            String original = tree.at(name).asText();
            Map<String, String> escapes = new LinkedHashMap<>();
            escapes.put("unicode: lone high surrogate", "\\ud800");
            escapes.put("unicode: lone low surrogate", "\\udc00");
            escapes.put("unicode: reversed surrogate pair", "\\udc00\\ud800");
            escapes.put("unicode: right-to-left override", "\\u202e");
            escapes.put("unicode: right-to-left mark", "\\u200f");
            escapes.put("unicode: left-to-right isolate", "\\u2066");
            escapes.put("unicode: zero-width space", "\\u200b");
            escapes.put("unicode: zero-width joiner", "\\u200d");
            escapes.put("unicode: byte order mark", "\\ufeff");
            escapes.put("unicode: noncharacter U+FFFF", "\\uffff");
            escapes.put("unicode: invisible plus U+2064", "\\u2064");
            escapes.put("unicode: soft hyphen U+00AD", "\\u00ad");
            escapes.put("unicode: Mongolian vowel separator U+180E", "\\u180e");
            escapes.put("unicode: Hangul filler U+3164", "\\u3164");
            escapes.put("unicode: Hangul choseong filler U+115F", "\\u115f");
            escapes.put("unicode: Hangul jungseong filler U+1160", "\\u1160");
            escapes.put("unicode: halfwidth Hangul filler U+FFA0", "\\uffa0");
            escapes.put("unicode: language tag U+E0001", "\\udb40\\udc01");
            escapes.put("unicode: private use U+E000", "\\ue000");
            escapes.put("unicode: private use plane 15 U+F0000", "\\udb80\\udc00");
            escapes.put("unicode: line separator U+2028", "\\u2028");
            escapes.put("unicode: paragraph separator U+2029", "\\u2029");
            escapes.put("control: NUL", "\\u0000");
            escapes.put("control: BEL", "\\u0007");
            escapes.put("control: ESC sequence", "\\u001b[31m");
            escapes.put("control: DEL", "\\u007f");
            escapes.put("control: C1 NEL", "\\u0085");
            for (Map.Entry<String, String> esc : escapes.entrySet()) {
                String json = replaceRaw(tree, name, "\"" + escapeJson(original) + esc.getValue() + "x\"");
                cases.add(new Case(e, esc.getKey().substring(0, esc.getKey().indexOf(':')), esc.getKey().substring(
                        esc.getKey().indexOf(':') + 2) + " in " + name, r.json(json)));
            }
            String marker = "\"" + escapeJson(original) + "\"";
            byte[][] raw = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {0x01}, {0x1F}};
            String[] rawNames = {"invalid UTF-8: broken sequence", "invalid UTF-8: byte FF", "invalid UTF-8: overlong slash",
                    "invalid UTF-8: encoded surrogate", "control: raw 0x01 unescaped", "control: raw 0x1F unescaped"};
            for (int i = 0; i < raw.length; i++) {
                cases.add(new Case(e, rawNames[i].startsWith("control") ? "control" : "unicode", rawNames[i] + " in " + name,
                        r.body("application/json", splice(replaceRaw(tree, name, marker), marker, raw[i]))));
            }
        }
        JsonPointer identifier = first(tree, (p, n) -> n.isTextual() && IDENTIFIER_KEYS.contains(p.last().getMatchingProperty()));
        if (identifier != null) {
            for (String value : List.of(SQL, SCRIPT, "1 OR 1=1", "' UNION SELECT password FROM pg_shadow --")) {
                cases.add(new Case(e, "injection", identifier + " = " + shown(value),
                        r.json(replaceRaw(tree, identifier, Http.JSON.getNodeFactory().textNode(value).toString()))));
            }
        }

        // over the request limit (MessageLimits.MAX_REQUEST_BYTES, 4 MiB) and, chunked, under and over it
        byte[] big = oversized(text, 5 * 1024 * 1024);
        cases.add(new Case(e, "size", "5 MiB body with Content-Length", r.body("application/json", big)));
        cases.add(new Case(e, "size", "1.5 MiB body chunked", r.body("application/json", oversized(text, 3 * 512 * 1024)).withoutLength()));
        cases.add(new Case(e, "size", "5 MiB body chunked", r.body("application/json", oversized(text, 5 * 1024 * 1024)).withoutLength()));
    }

    private void contentTypes(HostileEndpoint e, List<Case> cases) {
        HostileRequest r = valid(e);
        byte[] body = validBodies.apply(e);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/jsonx", "image/svg+xml", "*/*", "application/*")) {
            cases.add(new Case(e, "content type", type, r.body(type, body)));
        }
        cases.add(new Case(e, "content type", "none", r.header("Content-Type", null)));
        if (e.bodyTypes().stream().anyMatch(t -> t.contains("spreadsheetml"))) {
            cases.add(new Case(e, "content type", "JSON sent as xlsx",
                    r.body("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body)));
            cases.add(new Case(e, "content type", "random bytes as xlsx",
                    r.body("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3})));
            cases.add(new Case(e, "size", "xlsx of 65 kB unpacking to 64 MiB",
                    r.body("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbookBomb())));
        }
    }

    private void ifMatch(HostileEndpoint e, List<Case> cases) {
        HostileRequest r = valid(e);
        for (String tag : List.of("\"999\"", "\"0\"", "W/\"999\"", "abc", "\"-1\"", "\"" + "9".repeat(3000) + "\"", "\"1\" garbage")) {
            cases.add(new Case(e, "if-match", "If-Match " + shown(tag), r.header("If-Match", tag)));
        }
        cases.add(new Case(e, "if-match", "If-Match * on a part that does not exist", r.header("If-Match", "*")
                .url(url(e, Map.of("unitCode", "110102-NOPART"))).bearer(tokens.allRoles())));
    }

    /** An xlsx-shaped archive whose one sheet unpacks to 64 MiB (a compression ratio of about 1:1000). */
    static byte[] workbookBomb() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 64 * 1024; i++) {
                zip.write(spaces);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- JSON helpers

    interface PathPredicate {
        boolean test(JsonPointer pointer, JsonNode node);
    }

    private void mutate(HostileEndpoint e, List<Case> cases, HostileRequest r, JsonNode tree, String name,
                        Predicate<JsonNode> which, Function<JsonNode, JsonNode> replacement) {
        JsonPointer at = first(tree, (p, n) -> which.test(n));
        if (at != null) {
            cases.add(new Case(e, "body", name + " at " + at, r.json(replace(tree, at, replacement.apply(tree.at(at))).toString())));
        }
    }

    static JsonPointer first(JsonNode tree, Predicate<JsonNode> which) {
        return first(tree, (p, n) -> which.test(n));
    }

    static JsonPointer first(JsonNode node, PathPredicate which) {
        return first(node, JsonPointer.empty(), which);
    }

    private static JsonPointer first(JsonNode node, JsonPointer at, PathPredicate which) {
        if (at.tail() != null && !at.toString().isEmpty() && which.test(at, node)) {
            return at;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonPointer found = first(f.getValue(), at.append(JsonPointer.compile("/" + f.getKey().replace("~", "~0")
                        .replace("/", "~1"))), which);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer found = first(node.get(i), at.appendIndex(i), which);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static JsonNode replace(JsonNode tree, JsonPointer at, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode o) {
            o.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            a.set(at.last().getMatchingIndex(), value);
        }
        return copy;
    }

    /** The document with the value at {@code at} replaced by raw JSON text (numbers and escapes exactly as written). */
    static String replaceRaw(JsonNode tree, JsonPointer at, String rawJson) {
        String marker = "\"@@HOSTILE@@\"";
        return replace(tree, at, Http.JSON.getNodeFactory().textNode("@@HOSTILE@@")).toString().replace(marker, rawJson);
    }

    private static JsonNode nested(int depth) {
        JsonNode n = Http.JSON.getNodeFactory().numberNode(1);
        for (int i = 0; i < depth; i++) {
            ArrayNode a = Http.JSON.createArrayNode();
            a.add(n);
            n = a;
        }
        return n;
    }

    private static byte[] splice(String json, String marker, byte[] bytes) {
        int at = json.indexOf(marker) + marker.length() - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] oversized(String validJson, int size) {
        JsonNode tree = read(validJson);
        ObjectNode padded = tree.isObject() ? ((ObjectNode) tree).deepCopy() : Http.JSON.createObjectNode();
        padded.put("padding", "填".repeat(size / 3 + 1));
        return padded.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String escapeJson(String s) {
        String quoted = Http.JSON.getNodeFactory().textNode(s).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    static String encode(String value) {
        if (value.startsWith("raw:")) {
            return value.substring(4);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    static String shown(String value) {
        String v = value.startsWith("raw:") ? value.substring(4) : value;
        StringBuilder sb = new StringBuilder();
        v.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                    || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.append(String.format("U+%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb + (v.codePointCount(0, v.length()) > 40 ? "… (" + v.length() + " chars)" : "");
    }
}
