package org.fiscaldisclosure.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.security.UnsafeText;

/**
 * Reads a request body strictly: malformed UTF-8 or JSON is a 400; a member name given twice in one object, a number
 * whose exponent is beyond {@link #MAX_EXPONENT}, text with characters no disclosure may contain ({@link UnsafeText}),
 * wrong types (a number or a flag sent as text, a flag sent as a number, an enumeration sent as its index), unknown or
 * missing fields and values that break a constraint are a 422 with one {@link FieldError} per field, located by JSON
 * Pointer. Only request bodies are read this strictly; the disclosure-service reads the parts' Kafka events with a
 * reader of its own that ignores fields it does not know, so that producers can add fields first.
 */
@ApplicationScoped
public class JsonBodies {

    /** The deepest nesting of arrays and objects a request body may have. */
    public static final int MAX_NESTING = 64;

    /**
     * The largest exponent (in absolute value) a number in a request body may be written with: {@code 1E+400} is read
     * and refused by the field's own rule, but {@code 1E2147483648} or {@code 0E99999999999} cannot even be held as a
     * decimal and are refused while parsing.
     */
    public static final int MAX_EXPONENT = 1000;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final long maxBytes;

    @Inject
    public JsonBodies(ObjectMapper mapper, Validator validator, HttpLimits limits) {
        this(mapper, validator, limits.maxBodyBytes());
    }

    /** Bodies read with the given limit in bytes. */
    public JsonBodies(ObjectMapper mapper, Validator validator, long maxBytes) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // numbers as numbers and flags as flags: "100", " 100 ", "1E+2" are not amounts, "true" and 1 are not attestations
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            this.mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        this.mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // no part nests deeper than about ten levels; a deeper body is refused while parsing (400), before anything
        // walks it recursively (binding, validation, the unsafe-text check) on a service thread's small stack
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        this.validator = validator;
        this.maxBytes = maxBytes;
    }

    public <T> T read(byte[] body, Class<T> type) {
        return read(body, mapper.constructType(type));
    }

    public <T> T read(byte[] body, JavaType type) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("请求体为空，应为 JSON 对象", List.of(new FieldError("", "请求体为空")));
        }
        if (body.length > maxBytes) {
            throw ProblemException.tooLarge(maxBytes);
        }
        String malformed = UnsafeText.malformedUtf8(body);
        if (malformed != null) {
            throw ProblemException.badRequest("请求体应为 UTF-8 编码的 JSON", List.of(new FieldError("", malformed)));
        }
        JsonNode tree;
        try {
            List<FieldError> refused = scan(body);
            if (!refused.isEmpty()) {
                throw ProblemException.invalid(refused.size() + " 处不符合要求", refused);
            }
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列: ";
            throw ProblemException.badRequest("JSON 格式错误", List.of(new FieldError("", where + e.getOriginalMessage())));
        } catch (IOException e) {
            throw ProblemException.badRequest("无法读取请求体", List.of(new FieldError("", e.getMessage())));
        }
        List<FieldError> unsafe = UnsafeText.check(tree);
        if (!unsafe.isEmpty()) {
            throw ProblemException.invalid(unsafe.size() + " 处文字含有不允许的字符", unsafe);
        }
        T value;
        try {
            ObjectReader reader = mapper.readerFor(type);
            value = reader.readValue(mapper.treeAsTokens(tree));
        } catch (JsonMappingException e) {
            throw ProblemException.invalid("字段值不符合要求", List.of(fieldError(e)));
        } catch (NumberFormatException | ArithmeticException e) {
            throw ProblemException.invalid("数值超出范围", List.of(new FieldError("", "数值超出范围")));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("JSON 格式错误: " + e.getOriginalMessage(), List.of(new FieldError("", e.getOriginalMessage())));
        } catch (IOException e) {
            throw ProblemException.badRequest("无法读取请求体", List.of(new FieldError("", e.getMessage())));
        }
        if (value == null) {
            throw ProblemException.invalid("请求体应为 JSON 对象", List.of(new FieldError("", "应为 JSON 对象，而非 null")));
        }
        validate(value);
        return value;
    }

    /** Bean Validation of a value, and its text ({@link UnsafeText}), as field errors located by JSON Pointer. */
    public void validate(Object value) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<Object> v : violations) {
                errors.add(new FieldError(pointer(v.getPropertyPath()), v.getMessage()));
            }
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.invalid(errors.size() + " 个字段不符合要求", errors);
        }
        // text that did not come as JSON (a workbook's cells) is held to the same rule as a JSON body
        List<FieldError> unsafe = UnsafeText.check(mapper.valueToTree(value));
        if (!unsafe.isEmpty()) {
            throw ProblemException.invalid(unsafe.size() + " 处文字含有不允许的字符", unsafe);
        }
    }

    /**
     * One pass over the tokens before the tree is built: a member name given twice in one object and a number whose
     * exponent is beyond {@link #MAX_EXPONENT}, each located by JSON Pointer. Syntax errors are left to the tree
     * reader, which reports them with their line and column.
     */
    private List<FieldError> scan(byte[] body) throws IOException {
        List<FieldError> refused = new ArrayList<>();
        Deque<Set<String>> names = new ArrayDeque<>();
        try (JsonParser p = mapper.getFactory().createParser(body)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT -> names.push(new HashSet<>());
                    case END_OBJECT -> names.pop();
                    case FIELD_NAME -> {
                        if (!names.peek().add(p.currentName())) {
                            refused.add(new FieldError(p.getParsingContext().pathAsPointer().toString(),
                                    "字段 \"" + p.currentName() + "\" 重复出现"));
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (exponentTooLarge(p.getText())) {
                            refused.add(new FieldError(p.getParsingContext().pathAsPointer().toString(),
                                    "数值 " + abbreviated(p.getText()) + " 超出范围（指数的绝对值不能超过 " + MAX_EXPONENT + "）"));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonProcessingException syntax) {
            // reported by the tree reader
        }
        return refused;
    }

    static boolean exponentTooLarge(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return false;
        }
        String digits = number.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        return digits.length() > 4 || Integer.parseInt(digits) > MAX_EXPONENT;
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private FieldError fieldError(JsonMappingException e) {
        String pointer = pointer(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldError(pointer, "未知字段 \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new FieldError(pointer, rootMessage(e.getCause()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isEnum()) {
            Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
            return new FieldError(pointer, (value == null ? "类型错误，应为字符串" : "值 " + value + " 不在允许的取值中")
                    + "，允许的取值：" + allowedValues(m.getTargetType()));
        }
        if (e instanceof InvalidFormatException f) {
            return new FieldError(pointer, "值 " + f.getValue() + " 不是有效的" + typeName(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getOriginalMessage().startsWith("Missing required creator property")) {
                return new FieldError(pointer, "缺少必填字段");
            }
            return new FieldError(pointer, "类型错误，应为" + typeName(m.getTargetType()));
        }
        if (e.getCause() instanceof IllegalArgumentException iae) {
            return new FieldError(pointer, iae.getMessage());
        }
        return new FieldError(pointer, e.getOriginalMessage());
    }

    /** An enumeration's values as a request body writes them (its JSON names), in declaration order. */
    private String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> mapper.valueToTree(c).asText())
                .collect(Collectors.joining("、"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "值";
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "Amount", "BigDecimal", "Score" -> "数字";
            case "int", "Integer", "long", "Long", "FiscalYear" -> "整数";
            case "boolean", "Boolean" -> "布尔值";
            case "String", "UnitCode" -> "字符串";
            case "List" -> "数组";
            default -> "对象";
        };
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            sb.append('/');
            sb.append(ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()));
        }
        return sb.toString();
    }

    static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('/').append(escape(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
