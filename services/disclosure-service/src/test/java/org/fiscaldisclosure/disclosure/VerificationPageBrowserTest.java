package org.fiscaldisclosure.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The portal's verification page in Debian's headless Chromium: linked from the disclosure's page, it lists the
 * signed manifest's files, passes the accessibility check, and checks chosen files in the browser — the downloaded
 * PDF is a file of the signed manifest (一致), the same PDF with one byte changed is not (不一致).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "disclosure"))
class VerificationPageBrowserTest {

    static final PartEvents events = new PartEvents();

    /** The page's answer once the script has one: its state and text. */
    static String[] answer(HeadlessChromium chrome) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = chrome.execute("var r = document.getElementById('verify-result');"
                    + " return r.dataset.state && r.textContent.indexOf('核验中') < 0 ? [r.dataset.state, r.textContent] : null;");
            if (state != null && !state.isNull()) {
                return new String[] {state.get(0).asText(), state.get(1).asText()};
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the verification page gave no answer: " + chrome.execute(
                "var i = document.getElementById('verify-file'); return [document.getElementById('verify-result').outerHTML,"
                + " i.files.length, i.dataset.ready || 'script not run', !!(window.crypto && window.crypto.subtle)];"));
    }

    @Test
    void aDownloadedFileIsCheckedInTheBrowserAgainstTheSignedManifest() throws Exception {
        String unit = PublishedFixture.publish(events);
        String v1 = PublishedFixture.base(unit) + "/versions/1";
        Await.get(v1 + "/manifest", j -> j.getString("jws") != null);
        String portal = "/portal/disclosures/" + unit + "/2024";
        String listing = given().get(portal).then().statusCode(200).extract().asString();
        assertTrue(listing.contains(portal + "/versions/1/verify") && listing.contains(v1 + "/manifest.jws"), listing);

        byte[] pdf = given().get(v1 + "?format=pdf").then().statusCode(200).extract().asByteArray();
        Path dir = Files.createTempDirectory("verify-page");
        Path genuine = Files.write(dir.resolve(unit + "-2024-v1.pdf"), pdf);
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), changed);

        try (HeadlessChromium chrome = HeadlessChromium.desktop(1280, 1000)) {
            given().get("/portal/verify.js").then().statusCode(200).contentType(containsString("javascript"));
            chrome.open("http://localhost:" + RestAssured.port + portal + "/versions/1/verify");
            assertTrue(chrome.title().startsWith("核验下载的文件："), chrome.title());
            assertTrue(chrome.count("table tbody tr") >= 6, "the manifest's files are listed");
            assertEquals(List.of(), chrome.axeViolations());

            chrome.sendKeys(chrome.find("#verify-file"), genuine.toString());
            String[] ok = answer(chrome);
            assertEquals("verified", ok[0], ok[1]);
            assertTrue(ok[1].contains("一致：" + genuine.getFileName() + " 即签名清单中的 " + unit + "-2024-v1.pdf"), ok[1]);

            chrome.open("http://localhost:" + RestAssured.port + portal + "/versions/1/verify");
            chrome.sendKeys(chrome.find("#verify-file"), tampered.toString());
            String[] bad = answer(chrome);
            assertEquals("not-verified", bad[0], bad[1]);
            assertTrue(bad[1].contains("不一致：tampered.pdf"), bad[1]);
        }
    }
}
