package io.vorda.platform.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the three web apps (staff, portal, field) from the front end's build output, the API documentation
 * (Swagger UI, bundled — it works offline) and the OpenAPI contracts, all on the API's port. Any other path is a
 * client-side route: {@code /portal/…} gets the portal page, {@code /field/…} the field app, the rest the staff app.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class WebApps {

    private static final String SWAGGER_UI = "classpath:META-INF/resources/webjars/swagger-ui/5.30.2/";
    private static final long ONE_YEAR_SECONDS = 31_536_000L;

    private final @Nullable Path webRoot;
    private final ResourceResolver resources;

    WebApps(@Value("${vorda.web-root:}") String webRoot, ResourceResolver resources) {
        this.webRoot = webRoot.isBlank() ? null : Path.of(webRoot).toAbsolutePath().normalize();
        this.resources = resources;
    }

    @Get("/api-docs")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<StreamedFile> apiDocsIndex() {
        return apiDocs("index.html");
    }

    @Get("/api-docs/{+file}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<StreamedFile> apiDocs(@PathVariable @Nullable String file) {
        String name = file == null || file.isBlank() ? "index.html" : file;
        requireSafe(name);
        URL url = resources.getResource("classpath:api-docs/" + name)
                .or(() -> resources.getResource(SWAGGER_UI + name))
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such documentation file."));
        return HttpResponse.ok(new StreamedFile(url)).header("Cache-Control", "no-cache");
    }

    @Get("/openapi/{file}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<StreamedFile> openApi(@PathVariable String file) {
        requireSafe(file);
        URL url = resources.getResource("classpath:openapi/" + file)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such API description."));
        return HttpResponse.ok(new StreamedFile(url)).header("Cache-Control", "no-cache");
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<SystemFile> root() {
        return page("index.html");
    }

    @Get("/{+path}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<SystemFile> app(@PathVariable String path) {
        if (path.startsWith("api/") || path.equals("api") || path.startsWith("graphql")) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such API resource.");
        }
        requireSafe(path);
        Path root = requireWebRoot();
        Path file = root.resolve(path).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file)) {
            // Vite fingerprints everything under assets/, so those files never change
            return HttpResponse.ok(new SystemFile(file.toFile())).header("Cache-Control",
                    path.startsWith("assets/") ? "public, max-age=" + ONE_YEAR_SECONDS + ", immutable" : "no-cache");
        }
        if (path.startsWith("assets/") || path.contains(".") && !path.startsWith("portal/") && !path.startsWith("field/")) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such file.");
        }
        if (path.equals("portal") || path.startsWith("portal/")) {
            return page("portal.html");
        }
        if (path.equals("field") || path.startsWith("field/")) {
            return page("field.html");
        }
        return page("index.html");
    }

    private HttpResponse<SystemFile> page(String html) {
        File file = requireWebRoot().resolve(html).toFile();
        if (!file.isFile()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "The web app is not built; run make run.");
        }
        return HttpResponse.ok(new SystemFile(file, MediaType.TEXT_HTML_TYPE)).header("Cache-Control", "no-cache");
    }

    private Path requireWebRoot() {
        return Optional.ofNullable(webRoot).filter(Files::isDirectory)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                        "The web apps are not served by this instance (vorda.web-root is not set)."));
    }

    private static void requireSafe(String path) {
        if (path.contains("..") || path.contains("\\") || path.startsWith("/")) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such file.");
        }
    }
}
