package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

/** Waits for the read model: events reach it asynchronously through the broker. */
final class Await {

    private Await() {
    }

    static String unit() {
        return "110102-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Polls GET {path} until it answers 200 with a body meeting the condition (30 s at most). */
    static JsonPath get(String path, Predicate<JsonPath> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = given().get(path);
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never met the condition; last: " + (last == null ? "404" : last.prettify()));
    }

    /** The disclosure once it holds the given revision of a part. */
    static JsonPath revision(String unit, String part, int revision) throws InterruptedException {
        return get("/api/v1/disclosures/" + unit + "/2024",
                j -> j.getMap("revisions").containsKey(part) && j.getInt("revisions." + part) == revision);
    }
}
