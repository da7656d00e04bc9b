package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Reads of the immutable published files: a client that already holds a file (If-None-Match with its ETag) gets 304
 * without the bytes, and the files read recently are answered from memory, byte for byte as stored.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class PublishedFileReadsTest {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    static final PartEvents events = new PartEvents();
    static String unit;

    @Inject
    EntityManager em;

    /** Version 1 of a disclosure published for this class (once, by the first test that needs it). */
    static String v1() throws Exception {
        if (unit == null) {
            unit = PublishedFixture.publish(events);
        }
        return PublishedFixture.base(unit) + "/versions/1";
    }

    @Test
    void aMatchingIfNoneMatchIsAnsweredWith304AndAnyOtherWith200() throws Exception {
        for (String path : new String[] {v1() + "?format=html", v1() + "?format=json", v1() + "/files/datapackage.json"}) {
            byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");

            for (String held : new String[] {etag, "\"0000\", " + etag, "*"}) {
                given().header("If-None-Match", held).get(path).then().statusCode(304)
                        .header("ETag", equalTo(etag)).header("Cache-Control", equalTo(IMMUTABLE)).body(emptyString());
            }
            byte[] fresh = given().header("If-None-Match", "\"" + "0".repeat(64) + "\"").get(path).then().statusCode(200)
                    .header("ETag", equalTo(etag)).header("Cache-Control", equalTo(IMMUTABLE)).extract().asByteArray();
            assertArrayEquals(body, fresh, path);
        }
        // an unknown version is still a 404, whatever the client holds
        given().header("If-None-Match", "*").get(PublishedFixture.base(unit) + "/versions/9?format=html").then().statusCode(404);
    }

    @Test
    void aFileAnsweredFromMemoryIsByteIdenticalToTheStoredOne() throws Exception {
        String path = v1() + "?format=json";
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                        "select content from rendered_file where unit_code = ?1 and fiscal_year = 2024 and version = 1 and format = 'json'")
                .setParameter(1, unit).getSingleResult());
        byte[] first = given().get(path).then().statusCode(200).extract().asByteArray();
        long hits = hits();
        byte[] second = given().get(path).then().statusCode(200).extract().asByteArray();
        assertEquals(hits + 1, hits(), "the second read came from memory");
        assertArrayEquals(stored, first);
        assertArrayEquals(stored, second);
        assertEquals("\"" + RenderedFilesTest.sha256(second) + "\"", given().get(path).then().extract().header("ETag"));
    }

    @Test
    void thePublishedJsonIsCompactAndSentGzippedWhenTheClientAcceptsIt() throws Exception {
        String path = v1() + "?format=json";
        byte[] plain = given().get(path).then().statusCode(200).extract().asByteArray();
        assertEquals(-1, new String(plain, java.nio.charset.StandardCharsets.UTF_8).indexOf("\n  "), "compact, not indented");
        java.net.http.HttpResponse<byte[]> gz = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                        .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertArrayEquals(plain, in.readAllBytes(), "the same bytes, compressed on the way");
        }
        org.junit.jupiter.api.Assertions.assertTrue(gz.body().length <= 60_000, "gzipped JSON of the sample: " + gz.body().length + " B");
    }

    static long hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("fiscal_published_files_cache_total{") && l.contains("result=\"hit\""))
                .mapToLong(l -> new java.math.BigDecimal(l.substring(l.lastIndexOf(' ') + 1)).longValue()).sum();
    }
}
