package io.impactsite.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder on 127.0.0.1 (free port) with a strict Content-Security-Policy on every response, so
 * browser tests prove the site works without inline script, eval or third-party hosts.
 * ({@code SimpleFileServer} is JDK 18+.)
 */
public final class StaticServer implements AutoCloseable {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ico", "image/x-icon"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4); // Chromium fetches in parallel

    private StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts serving {@code root}; close the server when done. */
    public static StaticServer serve(Path root) {
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a file under the root, e.g. {@code url("charts/index.html")}. */
    public String url(String relativePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + relativePath.replaceFirst("^/+", "");
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            Path file = resolve(ex.getRequestURI().getPath());
            if (file == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            ex.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            ex.getResponseBody().write(body);
        } finally {
            ex.close();
        }
    }

    /** The file a URL path names, or null when it is missing or outside the root. */
    private Path resolve(String urlPath) {
        try {
            Path file = root.resolve(urlPath.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
