package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The operators' status page (SPEC §12): {@code /} and {@code /status} serve one HTML page, {@code /status.js} its
 * script, both from the jar. Its Content-Security-Policy allows this origin only, so the page can load nothing from
 * elsewhere (no CDN, no fonts) and no other site can frame it. The script reads {@code /status.json} and
 * {@code /healthcheck}; per-hotkey detail goes through the operator endpoints with the admin token the page asks for
 * and keeps in the tab's sessionStorage only.
 */
@Controller
@Hidden
class StatusPageController {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final String page = ClasspathText.read("status/index.html");
    private final String script = ClasspathText.read("status/status.js");

    @Get(uris = {"/", "/status"}, produces = MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return HttpResponse.ok(page).header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff");
    }

    @Get(value = "/status.js", produces = "text/javascript")
    HttpResponse<String> script() {
        return HttpResponse.ok(script).header("X-Content-Type-Options", "nosniff");
    }
}
