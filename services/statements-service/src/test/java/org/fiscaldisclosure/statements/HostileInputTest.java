package org.fiscaldisclosure.statements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.fiscaldisclosure.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the hostile-input corpus (e2e HostileCorpusIT) found, pinned in the service: each is a problem and stores
 * nothing. Text rules are shared by every service (platform UnsafeText, MediaTypeFilter, ChunkedBodyLimit).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "statements"))
class HostileInputTest {

    static final String UNIT = "110102-HOSTILE";
    static final String URL = "/api/v1/final-accounts/" + UNIT + "/2024";

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void nothingWasStoredOrQueued() {
        given().get(URL).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, OutboxEvent.count("subject", UNIT + "/2024"));
    }

    static String withName(String jsonEscapedName) throws Exception {
        return FinalAccountsResourceTest.clean().replace("\"name\": \"中共北京市西城区委社会工作部\"",
                "\"name\": \"中共北京市西城区委社会工作部" + jsonEscapedName + "\"");
    }

    @Test
    void bidiControlsZeroWidthCharactersControlsAndLoneSurrogatesInTextAre422AtTheirField() throws Exception {
        for (String escape : new String[]{"\\u202e", "\\u200b", "\\u0000", "\\u001b[31m", "\\ud800"}) {
            String body = withName(escape);
            assertTrue(body.contains(escape), "the fixture has the unit name");
            given().contentType(ContentType.JSON).body(body).put(URL).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("/unit/name"))
                    .body("errors[0].message", startsWith("含有不允许的字符 U+"));
        }
    }

    @Test
    void aBodyThatIsNotWellFormedUtf8Is400EvenWhereJsonReadersAreLenient() throws Exception {
        String marker = "中共北京市西城区委社会工作部";
        byte[] json = withName("").getBytes(StandardCharsets.UTF_8);
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf(marker) + marker.length();
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        overlong.writeBytes(new byte[]{(byte) 0xC0, (byte) 0xAF}); // "/" in an overlong form
        overlong.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        given().contentType(ContentType.JSON).body(overlong.toByteArray()).put(URL).then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("请求体应为 UTF-8 编码的 JSON"));
    }

    @Test
    void aBodyNestedDeeperThanAnyPartIs400WhileParsing() throws Exception {
        // 900 arrays where the unit name goes: under Jackson's own limit of 1000, and deep enough to overflow a small
        // thread stack in whatever walks the tree recursively; refused at 64 levels before anything walks it
        String name = "\"name\": \"中共北京市西城区委社会工作部\"";
        String json = FinalAccountsResourceTest.clean().replace(name, "\"name\": " + "[".repeat(900) + "]".repeat(900));
        given().contentType(ContentType.JSON).body(json).put(URL).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(""));
        String shallow = FinalAccountsResourceTest.clean().replace(name, "\"name\": " + "[".repeat(3) + "]".repeat(3));
        given().contentType(ContentType.JSON).body(shallow).put(URL).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("/unit/name"));
    }

    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + URL))
                        .header("Authorization", "Bearer " + TestTokens.superUser())
                        .PUT(HttpRequest.BodyPublishers.ofString(FinalAccountsResourceTest.clean())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void anAcceptNoTypeOfTheEndpointMeetsIs406() {
        given().accept("application/xml").get(URL).then().statusCode(406).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Accept"));
        given().accept("application/xml").get("/api/v1/final-accounts/rules").then().statusCode(406);
        given().accept("application/xml, */*;q=0.1").get("/api/v1/final-accounts/rules").then().statusCode(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413WithProblemDetails() throws Exception {
        byte[] big = ("{\"padding\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(big)).put(URL).then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsStoredLikeAnyOther() throws Exception {
        String unit = FinalAccountsResourceTest.unit();
        byte[] body = FinalAccountsResourceTest.clean().getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).put(FinalAccountsResourceTest.url(unit))
                .then().statusCode(201).body("revision", equalTo(1)).body("part.unit.name", equalTo("中共北京市西城区委社会工作部"));
    }
}
