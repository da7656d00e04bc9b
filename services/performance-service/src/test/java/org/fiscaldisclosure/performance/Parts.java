package org.fiscaldisclosure.performance;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The sample, the clean fixture, unique unit codes and PUTs, shared by the tests. */
final class Parts {

    static final ObjectMapper JSON = new ObjectMapper();

    private Parts() {
    }

    static String sample() throws IOException {
        return Files.readString(Path.of("../../sample/110102-SWD/2024/performance.json"));
    }

    /** A consistent part: two projects, a report, no finding under the default profile. */
    static ObjectNode clean() throws IOException {
        try (InputStream in = Parts.class.getResourceAsStream("/clean-performance.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static String url(String unit) {
        return "/api/v1/performance/" + unit + "/2024";
    }

    static String unit() {
        return "110102-F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** PUTs a new part for a fresh unit (201) and answers the stored revision. */
    static JsonPath putNew(String unit, String body) {
        return given().contentType(ContentType.JSON).body(body).put(url(unit)).then().statusCode(201)
                .extract().jsonPath();
    }
}
