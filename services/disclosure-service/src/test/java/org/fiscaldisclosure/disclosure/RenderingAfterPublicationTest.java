package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fiscaldisclosure.disclosure.rendering.RenderWorker;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The files of a published version are rendered after the publication is recorded: the version lists each with its
 * state, a file not rendered yet answers 503 with Retry-After, the files a stopped service left PENDING are rendered
 * when the renderer runs again, and a version whose files cannot be rendered shows them FAILED with the reason.
 * Versions are added in the database here as a service that stopped right after committing a publication leaves them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class RenderingAfterPublicationTest {

    static final PartEvents events = new PartEvents();
    static final List<String> ORDER = List.of("json", "html", "xlsx", "datapackage", "pdf");

    @Inject
    EntityManager em;

    @Inject
    RenderWorker renderer;

    @Test
    void aPublishedVersionListsItsFilesReadyInRenderingOrder() throws Exception {
        String unit = PublishedFixture.publish(events);
        JsonPath v1 = given().get(PublishedFixture.base(unit) + "/versions/1").then().statusCode(200).extract().jsonPath();
        assertEquals(ORDER, v1.getList("files.format"));
        assertEquals(List.of("READY", "READY", "READY", "READY", "READY"), v1.getList("files.state"));
        assertEquals(PublishedFixture.base(unit) + "/versions/1?format=pdf", v1.getString("files[4].href"));
        given().get(PublishedFixture.base(unit) + "/versions").then().statusCode(200)
                .body("[0].files", hasSize(5)).body("[0].files[0].renderedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void filesLeftPendingByAStopAreServedAfterTheRendererRunsAgain() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v2 = PublishedFixture.base(unit) + "/versions/2";
        QuarkusTransaction.requiringNew().run(() -> {
            copyVersion(unit, 2, "document");
            for (String format : ORDER) {
                task(unit, 2, format);
            }
        });

        given().get(v2).then().statusCode(200).body("files.state", equalTo(List.of("PENDING", "PENDING", "PENDING", "PENDING", "PENDING")));
        given().get(v2 + "?format=pdf").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", containsString("rendering-pending")).body("detail", containsString("pdf"));
        given().get(v2 + "/files/T3.csv").then().statusCode(503).header("Retry-After", "5");

        renderer.wake(); // what the service does when it starts
        Await.get(v2, j -> j.getList("files.state").stream().allMatch("READY"::equals));
        byte[] pdf = given().get(v2 + "?format=pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("支出决算表"));
        }
        given().get(v2 + "/files/T3.csv").then().statusCode(200).contentType(containsString("text/csv"));
        given().get(v2 + "?format=json").then().statusCode(200).body("version", equalTo(1)); // the copied document
    }

    @Test
    void aVersionWhoseFilesCannotBeRenderedShowsThemFailedWithTheReason() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v2 = PublishedFixture.base(unit) + "/versions/2";
        QuarkusTransaction.requiringNew().run(() -> {
            // a document whose statements part cannot be read as a part document: every rendering of it fails
            copyVersion(unit, 2, "jsonb_set(document, '{parts,statements,document}', '\"unreadable\"'::jsonb)");
            task(unit, 2, "html");
        });
        for (int attempt = 1; attempt <= 3; attempt++) {
            renderer.wake();
            int expected = attempt;
            Await.get(v2, j -> j.getInt("files[0].attempts") >= expected || "FAILED".equals(j.getString("files[0].state")));
        }
        given().get(v2).then().statusCode(200).body("files[0].state", equalTo("FAILED"))
                .body("files[0].attempts", equalTo(3))
                .body("files[0].error", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())).body("files[0].renderedAt", nullValue());
        given().get(v2 + "?format=html").then().statusCode(503).contentType("application/problem+json")
                .body("type", containsString("rendering-failed")).header("Retry-After", nullValue());
    }

    private void copyVersion(String unit, int version, String document) {
        em.createNativeQuery("insert into disclosure_version (unit_code, fiscal_year, version, content_hash, approval_id, "
                        + "published_by, published_at, correction_note, document) select unit_code, fiscal_year, ?2, content_hash, "
                        + "approval_id, published_by, now(), '更正', " + document + " from disclosure_version "
                        + "where unit_code = ?1 and fiscal_year = 2024 and version = 1")
                .setParameter(1, unit).setParameter(2, version).executeUpdate();
    }

    private void task(String unit, int version, String format) {
        em.createNativeQuery("insert into rendering_task (unit_code, fiscal_year, version, format, state, requested_at) "
                        + "values (?1, 2024, ?2, ?3, 'PENDING', now())")
                .setParameter(1, unit).setParameter(2, version).setParameter(3, format).executeUpdate();
    }
}
