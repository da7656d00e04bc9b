package org.fiscaldisclosure.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** How strictly a request body is read: each refusal a 4xx problem naming the field, never an exception that is a 500. */
class JsonBodiesTest {

    enum Colour { RED, GREEN }

    record Inner(@NotNull Amount amount, String note) {
    }

    record Body(@NotNull Inner inner, Boolean attested, Integer count, BigDecimal share, Colour colour,
                @Size(max = 3) String code) {
    }

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    static final JsonBodies BODIES = new JsonBodies(new ObjectMapper(), VALIDATOR, 1 << 20);

    static Problem refused(String json) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> BODIES.read(json.getBytes(StandardCharsets.UTF_8), Body.class), json);
        return e.problem();
    }

    static void refusedAt(String json, int status, String field) {
        Problem p = refused(json);
        assertEquals(status, p.status(), json + " → " + p);
        assertTrue(p.errors().stream().anyMatch(f -> f.field().equals(field)), json + " → " + p.errors());
    }

    static String with(String inner, String rest) {
        return "{\"inner\":{\"amount\":" + inner + "}" + rest + "}";
    }

    @Test
    void aValidBodyIsRead() {
        Body b = BODIES.read(with("100.5", ",\"attested\":true,\"count\":2,\"share\":-1E+2,\"colour\":\"GREEN\"")
                .getBytes(StandardCharsets.UTF_8), Body.class);
        assertEquals(new BigDecimal("100.50"), b.inner().amount().yuan());
        assertEquals(Colour.GREEN, b.colour());
        assertEquals(0, new BigDecimal("-100").compareTo(b.share()));
    }

    @Test
    void exponentsNoDecimalCanHoldAre422AtTheFieldWhileParsing() {
        for (String n : List.of("1E2147483648", "1e99999999999", "0E99999999999", "1E-2147483649", "-0E+2147483648",
                "1E1001", "1e+0000000000000000000001001")) {
            Problem p = refused(with(n, ""));
            assertEquals(422, p.status(), n);
            assertEquals("/inner/amount", p.errors().get(0).field(), n);
            assertTrue(p.errors().get(0).message().contains("超出范围"), p.errors().get(0).message());
        }
        refusedAt(with("1", ",\"share\":1E-99999999999"), 422, "/share");
        refusedAt(with("1", ",\"count\":9E999999999999"), 422, "/count");
    }

    @Test
    void exponentsWithinTheBoundReachTheFieldsOwnRule() {
        refusedAt(with("1E+400", ""), 422, "/inner/amount");
        refusedAt(with("1E-400", ""), 422, "/inner/amount");
        Body b = BODIES.read(with("1E+3", ",\"share\":0E-1000").getBytes(StandardCharsets.UTF_8), Body.class);
        assertEquals(new BigDecimal("1000.00"), b.inner().amount().yuan());
    }

    @Test
    void numbersSentAsTextAndFlagsSentAsTextOrNumbersAre422() {
        for (String n : List.of("\"100\"", "\" 100 \"", "\"1E+2\"", "\"\"")) {
            refusedAt(with(n, ""), 422, "/inner/amount");
            refusedAt(with("1", ",\"share\":" + n), 422, "/share");
            refusedAt(with("1", ",\"count\":" + n), 422, "/count");
        }
        for (String flag : List.of("\"true\"", "\"TRUE\"", "1", "0", "1.0", "\"\"")) {
            refusedAt(with("1", ",\"attested\":" + flag), 422, "/attested");
        }
    }

    @Test
    void aMemberGivenTwiceIs422AtItsPointer() {
        refusedAt(with("1", ",\"code\":\"a\",\"code\":\"b\""), 422, "/code");
        refusedAt("{\"inner\":{\"amount\":1,\"amount\":2}}", 422, "/inner/amount");
        Problem p = refused("{\"inner\":{\"amount\":1,\"note\":\"x\",\"note\":\"y\"}}");
        assertEquals("字段 \"note\" 重复出现", p.errors().get(0).message());
    }

    @Test
    void anEnumerationErrorListsTheAllowedValuesAndAnIndexIsNotAValue() {
        Problem p = refused(with("1", ",\"colour\":\"BLUE\""));
        assertEquals(422, p.status());
        assertEquals("/colour", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().contains("允许的取值：RED、GREEN"), p.errors().get(0).message());
        Problem index = refused(with("1", ",\"colour\":1"));
        assertEquals("/colour", index.errors().get(0).field());
        assertTrue(index.errors().get(0).message().contains("RED、GREEN"), index.errors().get(0).message());
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Problem p = refused(with("1", ",\"colur\":\"RED\""));
        assertEquals(422, p.status());
        assertEquals("未知字段 \"colur\"", p.errors().get(0).message());
    }

    @Test
    void constraintMessagesAreChineseWhateverTheLocale() {
        Problem p = refused("{\"inner\":null}");
        assertEquals("/inner", p.errors().get(0).field());
        assertEquals("缺少必填字段（不能为 null）", p.errors().get(0).message());
        Problem size = refused(with("1", ",\"code\":\"abcd\""));
        assertEquals("个数或长度应在 0 到 3 之间", size.errors().get(0).message());
    }
}
