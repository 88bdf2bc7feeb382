package io.subnetstorage.auth.bootstrap.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's chromium, headless, driven by its chromedriver over the WebDriver protocol with plain java.net.http (no
 * Selenium: five endpoints are all a page check needs). Both are installed by scripts/test.sh when absent. One per test
 * class: starting the browser is the slow part.
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     browser.open(uri); browser.await("return document.readyState === 'complete'");
 *     Object width = browser.execute("return document.documentElement.scrollWidth");
 *     browser.severeLogEntries();   // console errors, failed loads, CSP violations
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    /** The flags the issue asks for: no sandbox (tests run as root), nothing phoning home. */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern STARTED = Pattern.compile("started successfully on port (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process driver;
    private final Path driverLog;
    private final URI session;
    private final URI sessionItself;

    private HeadlessChromium(Process driver, Path driverLog, URI sessionItself) {
        this.driver = driver;
        this.driverLog = driverLog;
        this.sessionItself = sessionItself;
        this.session = URI.create(sessionItself + "/");
    }

    public static HeadlessChromium start() {
        Path chromedriver = installed("chromedriver", "/usr/bin/chromedriver");
        // The real binary, not /usr/bin/chromium: Debian's wrapper script adds flags of its own.
        Path chromium = installed("chromium", "/usr/lib/chromium/chromium");
        try {
            Path log = Files.createTempFile("chromedriver", ".log");
            Process driver = new ProcessBuilder(chromedriver.toString(), "--port=0").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            URI base = URI.create("http://127.0.0.1:" + awaitPort(driver, log) + "/");
            Map<String, Object> options = Map.of("binary", chromium.toString(), "args", FLAGS);
            Map<String, Object> capabilities = Map.of("alwaysMatch", Map.of("browserName", "chrome",
                    "goog:chromeOptions", options, "goog:loggingPrefs", Map.of("browser", "ALL")));
            Map<?, ?> created = (Map<?, ?>) call(base.resolve("session"), "POST", Map.of("capabilities", capabilities));
            return new HeadlessChromium(driver, log, base.resolve("session/" + created.get("sessionId")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(URI page) {
        call(session.resolve("url"), "POST", Map.of("url", page.toString()));
    }

    /** Runs {@code script} (a function body; {@code arguments} holds {@code args}) in the page and returns its value. */
    public Object execute(String script, Object... args) {
        return call(session.resolve("execute/sync"), "POST", Map.of("script", script, "args", List.of(args)));
    }

    /** Runs {@code script} until it returns true, failing after a generous deadline with its last value. */
    public void await(String script) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            last = execute(script);
            if (Boolean.TRUE.equals(last)) {
                return;
            }
            ServiceProcess.pause();
        }
        throw new AssertionError("the page never got there: " + script + " (last: " + last + "); console: "
                + logEntries(entry -> true) + "; page: " + execute("return document.body.innerText"));
    }

    /** A viewport of exactly this size (a window cannot be made this narrow), as DevTools sets it; not a mobile one, whose
     * browser may widen the layout viewport to fit content and so hide sideways overflow. */
    public void emulateViewport(int width, int height) {
        call(session.resolve("goog/cdp/execute"), "POST", Map.of("cmd", "Emulation.setDeviceMetricsOverride",
                "params", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false)));
    }

    /** The browser's console since the last call: errors, failed resource loads and CSP violations are {@code SEVERE}. */
    public List<Map<?, ?>> logEntries(Predicate<Map<?, ?>> which) {
        List<?> entries = (List<?>) call(session.resolve("se/log"), "POST", Map.of("type", "browser"));
        return entries.stream().<Map<?, ?>>map(entry -> (Map<?, ?>) entry).filter(which).toList();
    }

    public List<Map<?, ?>> severeLogEntries() {
        return logEntries(entry -> "SEVERE".equals(entry.get("level")));
    }

    @Override
    public void close() {
        try {
            call(sessionItself, "DELETE", null);
        } finally {
            driver.destroy();
            try {
                Files.deleteIfExists(driverLog);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private static Object call(URI endpoint, String method, Object body) {
        try {
            HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint).timeout(DEADLINE)
                    .header("Content-Type", "application/json").method(method, payload).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<?, ?> answer = JSON.readValue(response.body(), Map.class);
            if (response.statusCode() != 200) {
                throw new AssertionError("WebDriver " + method + " " + endpoint + " answered " + response.statusCode() + ": "
                        + answer.get("value"));
            }
            return answer.get("value");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int awaitPort(Process driver, Path log) throws IOException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher started = STARTED.matcher(Files.readString(log));
            if (started.find()) {
                return Integer.parseInt(started.group(1));
            }
            if (!driver.isAlive()) {
                throw new AssertionError("chromedriver exited: " + Files.readString(log));
            }
            ServiceProcess.pause();
        }
        driver.destroyForcibly();
        throw new AssertionError("chromedriver did not start: " + Files.readString(log));
    }

    private static Path installed(String what, String path) {
        Path binary = Path.of(path);
        if (!Files.isExecutable(binary)) {
            throw new AssertionError(what + " is missing at " + path + ": run scripts/test.sh, or apt-get install chromium chromium-driver");
        }
        return binary;
    }
}
