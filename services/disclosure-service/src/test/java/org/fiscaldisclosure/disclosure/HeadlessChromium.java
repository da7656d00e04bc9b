package org.fiscaldisclosure.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver with the W3C WebDriver protocol (the protocol
 * Selenium speaks, spoken here over the JDK's HTTP client). Both come from {@code scripts/ensure-debian-packages.sh}.
 * A fresh profile directory, no network features (sync, component updates, background networking, QUIC).
 */
final class HeadlessChromium implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String session;
    private final String base;

    /** A rectangle of the page, in CSS pixels. */
    record Rect(double x, double y, double width, double height) {
    }

    /** A desktop window of {@code width} × {@code height} CSS pixels. */
    static HeadlessChromium desktop(int width, int height) throws Exception {
        return new HeadlessChromium(width, height, false);
    }

    /** A phone: device emulation of {@code width} × {@code height} CSS pixels at 3× (the page's viewport meta applies). */
    static HeadlessChromium phone(int width, int height) throws Exception {
        return new HeadlessChromium(width, height, true);
    }

    private HeadlessChromium(int width, int height, boolean phone) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        profile = Files.createTempDirectory("chromium-profile");
        driver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port).redirectErrorStream(true)
                .redirectOutput(Path.of("target/chromedriver.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        try {
            session = start(width, height, phone);
        } catch (Exception | Error e) {
            driver.destroy();
            throw e;
        }
    }

    private String start(int width, int height, boolean phone) throws Exception {
        waitUntilReady();
        List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=zh-CN");
        Map<String, Object> options = new java.util.HashMap<>(Map.of("binary", CHROMIUM, "args", args));
        if (phone) {
            options.put("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 3,
                    "mobile", true, "touch", true)));
        }
        JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", options))));
        return created.at("/value/sessionId").asText();
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (call("GET", "/status", null).at("/value/ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                // the driver is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start, see target/chromedriver.log");
    }

    void open(String url) throws Exception {
        call("POST", path("/url"), Map.of("url", url));
    }

    /** The first element matching a CSS selector, by its WebDriver id; fails when there is none. */
    String find(String css) throws Exception {
        JsonNode value = call("POST", path("/element"), Map.of("using", "css selector", "value", css)).get("value");
        return value.elements().next().asText();
    }

    int count(String css) throws Exception {
        return call("POST", path("/elements"), Map.of("using", "css selector", "value", css)).get("value").size();
    }

    /** Types into an element; for a file input, {@code text} is the path of the file to choose. */
    void sendKeys(String element, String text) throws Exception {
        call("POST", path("/element/" + element + "/value"), Map.of("text", text));
    }

    /** The element's rendered text (what a person sees, after layout). */
    String text(String element) throws Exception {
        return call("GET", path("/element/" + element + "/text"), null).get("value").asText();
    }

    Rect rect(String element) throws Exception {
        JsonNode v = call("GET", path("/element/" + element + "/rect"), null).get("value");
        return new Rect(v.get("x").asDouble(), v.get("y").asDouble(), v.get("width").asDouble(), v.get("height").asDouble());
    }

    boolean displayed(String element) throws Exception {
        return call("GET", path("/element/" + element + "/displayed"), null).get("value").asBoolean();
    }

    String tagName(String element) throws Exception {
        return call("GET", path("/element/" + element + "/name"), null).get("value").asText();
    }

    String title() throws Exception {
        return call("GET", path("/title"), null).get("value").asText();
    }

    /** The layout viewport's width in CSS pixels. */
    long innerWidth() throws Exception {
        return call("POST", path("/execute/sync"), Map.of("script", "return window.innerWidth;", "args", List.of())).get("value").asLong();
    }

    /** The page's scrollable width: more than {@link #innerWidth()} when something overflows sideways. */
    long scrollWidth() throws Exception {
        return call("POST", path("/execute/sync"), Map.of("script", "return document.documentElement.scrollWidth;", "args", List.of()))
                .get("value").asLong();
    }

    /** Runs a script in the page and gives its return value. */
    JsonNode execute(String script, Object... args) throws Exception {
        return call("POST", path("/execute/sync"), Map.of("script", script, "args", List.of(args))).get("value");
    }

    /** axe-core as the Maven artifact {@code org.webjars.npm:axe-core} ships it, read once from the test class path. */
    private static String axeSource;

    private static synchronized String axeSource() throws IOException {
        if (axeSource == null) {
            try (var in = HeadlessChromium.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE + " is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }

    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /**
     * The page checked by axe-core against the WCAG 2.0/2.1 level A and AA rules: each violation as
     * {@code rule-id (impact): help — the elements it found}; empty when the page passes.
     */
    List<String> axeViolations() throws Exception {
        execute(axeSource() + "\n;return typeof axe;");
        JsonNode v = call("POST", path("/execute/async"), Map.of("script", """
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """, "args", List.of())).get("value");
        List<String> violations = new java.util.ArrayList<>();
        v.forEach(x -> violations.add(x.asText()));
        return violations;
    }

    /** Scrolls the page so that the element is at the top of the viewport. */
    void scrollTo(String element) throws Exception {
        call("POST", path("/execute/sync"), Map.of("script", "window.scrollTo(0, arguments[0]);",
                "args", List.of((long) rect(element).y())));
    }

    /** The viewport as a PNG, written to {@code file}. */
    Path screenshot(Path file) throws Exception {
        byte[] png = Base64.getDecoder().decode(call("GET", path("/screenshot"), null).get("value").asText());
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        return file;
    }

    private String path(String rest) {
        return "/session/" + session + rest;
    }

    private JsonNode call(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            b = method.equals("DELETE") ? b.DELETE() : b.GET();
        } else {
            b = b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return answer;
    }

    @Override
    public void close() throws Exception {
        try {
            if (session != null) {
                call("DELETE", path(""), null);
            }
        } finally {
            driver.destroy();
            driver.waitFor();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
