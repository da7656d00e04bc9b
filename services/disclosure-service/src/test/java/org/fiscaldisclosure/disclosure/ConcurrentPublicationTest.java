package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * Requests that two instances of the service may receive at the same moment (a load balancer in front of two
 * replicas on one database): the same content published twice at once gives one version, approved twice at once two
 * approvals of the same content, and the version numbers stay one, two, ...
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class ConcurrentPublicationTest {

    static final PartEvents events = new PartEvents();

    @Test
    void theSameContentPublishedTwiceAtOnceIsOneVersion() throws Exception {
        String unit = Await.unit();
        String base = PublishedFixture.base(unit);
        DocumentFixture.documents().forEach((kind, doc) -> {
            try {
                PartPayload.consistent(kind, unit, 1).document(DocumentFixture.json(doc)).sendWith(events);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Await.get(base, j -> j.getMap("revisions").size() == PartKind.values().length);
        String hash = given().get(base + "/publication").then().statusCode(200).extract().path("contentHash");

        Map<String, Object> approval = Map.of("contentHash", hash, "approver", "王审核", "confidentialityReviewed", true,
                "confidentialityReviewer", "李保密", "signedOff", true, "signedOffBy", "张部长");
        assertEquals(List.of(201, 201), atOnce(() -> given().contentType(ContentType.JSON).body(approval)
                .post(base + "/approvals").then().extract().statusCode()), "approving is append-only: both are recorded");

        Map<String, Object> publish = Map.of("contentHash", hash, "publishedBy", "赵发布");
        List<Integer> statuses = atOnce(() -> given().contentType(ContentType.JSON).body(publish)
                .post(base + "/versions").then().extract().statusCode());
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "one publishes, the other finds it published");
        assertEquals(1L, versions(unit), "one version of the content");
        given().get(base + "/publication").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"))
                .body("latestVersion", org.hamcrest.Matchers.equalTo(1));
    }

    private static long versions(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> VersionEntity.count("unitCode = ?1 and fiscalYear = ?2", unit, 2024));
    }

    /** Runs the request twice, both released at the same instant; the two status codes in order of submission. */
    private static List<Integer> atOnce(Callable<Integer> request) throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(two.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : sent) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            two.shutdownNow();
        }
    }
}
