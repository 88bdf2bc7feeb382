package io.subnetstorage.auth.bootstrap.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Optional;

/**
 * FastAPI's addresses for the API description: {@code /docs} (Swagger UI, its assets served from the
 * jar under {@code /swagger-ui/res}) and {@code /openapi.json}. Both are generated at compile time.
 */
@Controller
@Hidden
class DocsController {

    static final String SWAGGER_UI = "META-INF/swagger/views/swagger-ui/index.html";
    static final String OPENAPI = "META-INF/swagger/openapi.json";

    private final Optional<String> page = ClasspathText.find(SWAGGER_UI);
    private final Optional<String> spec = ClasspathText.find(OPENAPI);

    @Get(value = "/docs", produces = MediaType.TEXT_HTML)
    HttpResponse<String> docs() {
        return page.map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    @Get(value = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> openapi() {
        return spec.map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }
}
