package io.impactsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticServerTest {

    @TempDir
    static Path dir;
    private static StaticServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/docs"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Docs</title>");
        Files.writeString(site.resolve("style.css"), "p { color: #222 }");
        Files.writeString(dir.resolve("secret.txt"), "outside the root");
        server = StaticServer.serve(dir.resolve("site"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        URI uri = URI.create(server.url("").replaceFirst("/$", "") + rawPath);
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void directoryServesIndexWithTypeAndCsp() throws Exception {
        HttpResponse<String> r = get("/docs/");
        assertEquals(200, r.statusCode());
        assertEquals("<!DOCTYPE html><title>Docs</title>", r.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), r.headers().firstValue("Content-Type"));
        assertEquals(Optional.of(StaticServer.CSP), r.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void fileHasItsContentType() throws Exception {
        HttpResponse<String> r = get("/docs/style.css");
        assertEquals(200, r.statusCode());
        assertEquals(Optional.of("text/css; charset=utf-8"), r.headers().firstValue("Content-Type"));
    }

    @Test
    void missingFileIs404WithCsp() throws Exception {
        HttpResponse<String> r = get("/docs/missing.html");
        assertEquals(404, r.statusCode());
        assertEquals(Optional.of(StaticServer.CSP), r.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void pathsOutsideTheRootAre404() throws Exception {
        assertEquals(404, get("/%2e%2e/secret.txt").statusCode());
        assertEquals(404, get("/docs/%2e%2e/%2e%2e/secret.txt").statusCode());
    }
}
