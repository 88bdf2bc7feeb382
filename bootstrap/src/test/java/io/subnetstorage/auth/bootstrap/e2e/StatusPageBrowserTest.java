package io.subnetstorage.auth.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.subnetstorage.auth.bootstrap.support.HeadlessChromium;
import io.subnetstorage.auth.bootstrap.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The status page in a real headless Chromium (issue 19 item 2): it loads from the jar without a console error (a
 * blocked external load, a CSP violation or a failed request would be one), shows what {@code /status.json} says, draws
 * the last hour's grants and refusals, and at a phone's 390 px nothing scrolls sideways, admin detail included.
 */
@MicronautTest
class StatusPageBrowserTest extends ServiceTest {

    private static final String TOKEN = "status-page-token-91be";
    private static final String LOADED = "return document.body.dataset.loaded === 'true'";

    @Inject
    EmbeddedServer server;

    private HeadlessChromium browser;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("ssa.admin-token", TOKEN);
    }

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Wire wire() {
        return new Wire(server.getURI());
    }

    private String text(String id) {
        return String.valueOf(browser.execute("return document.getElementById(arguments[0]).textContent", id));
    }

    @Test
    void thePageShowsWhatTheServiceReportsAndDrawsTheLastHour() {
        assertEquals(200, wire().post("/get-folder-access", Signer.miner(Signer.ALICE, Signer.now())).status());
        Map<String, Object> forged = Signer.with(Signer.miner(Signer.ALICE, Signer.now()), "signature", "00".repeat(64));
        assertEquals(401, wire().post("/get-folder-access", forged).status());
        Wire.Answer status = wire().get("/status.json");
        Map<String, Object> metagraph = status.map("metagraph");

        browser.open(server.getURI().resolve("/"));
        browser.await(LOADED);

        assertEquals(List.of(), browser.severeLogEntries(), "console errors");
        assertEquals(String.valueOf(metagraph.get("neurons")), text("metagraph-neurons"));
        assertEquals(String.valueOf(metagraph.get("validators")), text("metagraph-validators"));
        assertEquals(String.valueOf(metagraph.get("netuid")), text("metagraph-netuid"));
        assertEquals(String.valueOf(total(status, "grants")), text("grants-total"));
        assertEquals(String.valueOf(total(status, "refusals")), text("refusals-total"));
        assertTrue(total(status, "grants") >= 1 && total(status, "refusals") >= 1, status.text());
        assertEquals("SIGNATURE_INVALID", browser.execute("return document.querySelector('#refusal-rows tr').dataset.reason"));
        assertTrue(text("summary").startsWith("Ready"), text("summary"));
        assertEquals("ok", browser.execute("return document.querySelector('tr[data-dependency=database] td:nth-child(2)').textContent"));
        assertEquals("ok", browser.execute("return document.querySelector('tr[data-store=s3] td:nth-child(4)').textContent"));
        assertTrue(text("migrations-state").startsWith("No migrations."), text("migrations-state"));
        // One point per 5-minute bucket, and the lines leave the baseline: data was drawn, not just axes.
        String grants = String.valueOf(browser.execute("return document.getElementById('chart-grants').getAttribute('d')"));
        assertEquals(12, grants.split("[ML]").length - 1, grants);
        assertTrue(((Number) browser.execute("return document.getElementById('chart-grants').getBBox().height")).doubleValue() > 0);
        assertTrue(((Number) browser.execute("return document.getElementById('chart-refusals').getBBox().height")).doubleValue() > 0);
    }

    @Test
    void atAPhonesWidthNothingScrollsSidewaysEvenWithAHotkeysDetail() {
        assertEquals(200, wire().post("/get-folder-access", Signer.miner(Signer.ALICE, Signer.now())).status());
        browser.emulateViewport(390, 844);
        browser.open(server.getURI().resolve("/status"));
        browser.await(LOADED);
        browser.execute("document.getElementById('token').value = arguments[0];"
                + "document.querySelector('#token-form button[type=submit]').click();"
                + "document.getElementById('hotkey').value = arguments[1];"
                + "document.querySelector('#hotkey-form button').click();", TOKEN, Signer.ALICE.address());
        browser.await("return !document.getElementById('hotkey-detail').hidden");

        assertTrue(text("hotkey-state").contains("is not revoked"), text("hotkey-state"));
        assertTrue(text("hotkey-detail").contains(Signer.ALICE.address()));
        assertEquals(390L, ((Number) browser.execute("return window.innerWidth")).longValue());
        long scrollWidth = ((Number) browser.execute("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= 390, () -> "scrollWidth " + scrollWidth + ", wider: " + browser.execute(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + ':' + e.scrollWidth + '/' + e.clientWidth).join(', ')"));
        assertEquals(TOKEN, browser.execute("return sessionStorage.getItem('ssa-admin-token')"), "kept for the tab");
        assertEquals(0L, ((Number) browser.execute("return localStorage.length")).longValue(), "and nowhere longer");
        assertEquals(List.of(), browser.severeLogEntries(), "console errors");
    }

    @Test
    void bothAddressesServeThePageWithAPolicyThatAllowsOnlyThisOrigin() {
        Wire.Answer root = wire().get("/");
        Wire.Answer status = wire().get("/status");
        assertEquals(200, root.status());
        assertEquals(root.text(), status.text());
        String policy = root.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), policy);
        assertTrue(!root.text().contains("http://") && !root.text().contains("https://"), "no external address in the page");
    }

    @SuppressWarnings("unchecked")
    private static long total(Wire.Answer status, String kind) {
        List<Map<String, Object>> buckets = (List<Map<String, Object>>) status.map("activity").get("buckets");
        return buckets.stream().flatMap(bucket -> ((Map<String, Object>) bucket.get(kind)).values().stream())
                .mapToLong(count -> ((Number) count).longValue()).sum();
    }
}
