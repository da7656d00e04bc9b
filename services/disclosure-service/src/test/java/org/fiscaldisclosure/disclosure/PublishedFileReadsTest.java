package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
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
        byte[] stored = storedJson();
        byte[] first = given().get(path).then().statusCode(200).extract().asByteArray();
        long hits = hits();
        byte[] second = given().get(path).then().statusCode(200).extract().asByteArray();
        assertEquals(hits + 1, hits(), "the second read came from memory");
        byte[] rendered = gunzip(stored);
        assertArrayEquals(rendered, first);
        assertArrayEquals(rendered, second);
        assertEquals("\"" + RenderedFilesTest.sha256(second) + "\"", given().get(path).then().extract().header("ETag"));
    }

    @Test
    void thePublishedJsonIsCompactStoredGzippedAndSentAsStoredWhenTheClientAcceptsGzip() throws Exception {
        String path = v1() + "?format=json";
        byte[] stored = storedJson();
        HttpResponse<byte[]> gz = send(path, "gzip, deflate, br", HttpClient.Version.HTTP_1_1);
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("Accept-Encoding", gz.headers().firstValue("Vary").orElse(""));
        assertArrayEquals(stored, gz.body(), "the stored bytes, not compressed again");
        byte[] plain = gunzip(gz.body());
        assertEquals(-1, new String(plain, StandardCharsets.UTF_8).indexOf("\n  "), "compact, not indented");
        assertTrue(gz.body().length <= 60_000, "gzipped JSON of the sample: " + gz.body().length + " B");

        // a client that does not accept gzip gets the rendering as rendered, same ETag
        for (String refusing : new String[] {null, "identity", "gzip;q=0"}) {
            HttpResponse<byte[]> identity = send(path, refusing, HttpClient.Version.HTTP_1_1);
            assertEquals(200, identity.statusCode());
            assertTrue(identity.headers().firstValue("Content-Encoding").filter(e -> !e.equals("identity")).isEmpty(), "" + refusing);
            assertArrayEquals(plain, identity.body(), "" + refusing);
            assertEquals(gz.headers().firstValue("ETag"), identity.headers().firstValue("ETag"));
        }
        // over HTTP/2 (cleartext upgrade) the file is compressed once on the way, not twice
        HttpResponse<byte[]> h2 = send(path, "gzip", HttpClient.Version.HTTP_2);
        assertEquals(200, h2.statusCode());
        byte[] once = h2.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent() ? gunzip(h2.body()) : h2.body();
        assertArrayEquals(plain, once);
    }

    private byte[] storedJson() throws Exception {
        v1();
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select content, content_encoding from rendered_file "
                            + "where unit_code = ?1 and fiscal_year = 2024 and version = 1 and format = 'json'")
                    .setParameter(1, unit).getSingleResult();
            assertEquals("gzip", row[1], "JSON is stored compressed");
            return (byte[]) row[0];
        });
    }

    static HttpResponse<byte[]> send(String path, String acceptEncoding, HttpClient.Version version) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newBuilder().version(version).build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] gunzip(byte[] gz) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    static long hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("fiscal_published_files_cache_total{") && l.contains("result=\"hit\""))
                .mapToLong(l -> new java.math.BigDecimal(l.substring(l.lastIndexOf(' ') + 1)).longValue()).sum();
    }
}
