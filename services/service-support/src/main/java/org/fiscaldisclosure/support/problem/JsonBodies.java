package org.fiscaldisclosure.support.problem;

import org.fiscaldisclosure.contracts.event.MessageLimits;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.support.security.UnsafeText;

/**
 * Reads a request body strictly: malformed UTF-8 or JSON is a 400; text with characters no disclosure may contain
 * ({@link UnsafeText}), wrong types, unknown or missing fields and values that break a constraint are a 422 with one
 * {@link FieldError} per field, located by JSON Pointer.
 */
@ApplicationScoped
public class JsonBodies {

    /** The deepest nesting of arrays and objects a request body may have. */
    public static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final long maxBytes;

    @Inject
    public JsonBodies(ObjectMapper mapper, Validator validator,
                      @ConfigProperty(name = "fiscal.http.max-body-bytes", defaultValue = "" + MessageLimits.MAX_REQUEST_BYTES) long maxBytes) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
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

    private static FieldError fieldError(JsonMappingException e) {
        String pointer = pointer(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            return new FieldError(pointer, "未知字段 \"" + u.getPropertyName() + "\"");
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new FieldError(pointer, rootMessage(e.getCause()));
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
