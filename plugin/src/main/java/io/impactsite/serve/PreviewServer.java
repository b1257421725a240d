package io.impactsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.impactsite.problem.ParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The preview's web server: the JDK's own HTTP server on 127.0.0.1, serving the site from memory,
 * plus the preview's own script, its event stream and the current problems under /__impactsite/.
 * Pages get the same strict Content-Security-Policy as a published site.
 */
final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__impactsite/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("geojson", "application/geo+json"));
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "impactsite-preview");
        t.setDaemon(true);
        return t;
    });
    private final EventStream events = new EventStream();
    private final byte[] script;
    private volatile String problems = "[]";

    /**
     * @param port  the port; 0 picks a free one
     * @param files the site's file at a path ("goals/x/index.html")
     */
    PreviewServer(int port, Function<String, Optional<byte[]>> files) throws ParameterException {
        this.script = resource("impactsite/preview/reload.js");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new ParameterException("port", "port " + port + " is taken (by another preview, perhaps). Use "
                    + "-Dimpactsite.port=" + freePort(port) + ", which is free now, or -Dimpactsite.port=0 to pick one.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(exchange, files);
            }
        });
        server.createContext(PREFIX + "events", events::listen);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    EventStream events() {
        return events;
    }

    /** The content's problems now, as the JSON the preview's script shows in its panel. */
    void problems(String json) {
        problems = json;
    }

    private void serve(HttpExchange exchange, Function<String, Optional<byte[]>> files) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(405, -1);
        } else if (path.equals(PREFIX + "reload.js")) {
            send(exchange, 200, "js", script);
        } else if (path.equals(PREFIX + "problems.json")) {
            send(exchange, 200, "json", problems.getBytes(StandardCharsets.UTF_8));
        } else {
            String file = path.substring(1);
            if (file.isEmpty() || file.endsWith("/")) file = file + "index.html";
            Optional<byte[]> found = files.apply(file);
            if (found.isEmpty() && files.apply(file + "/index.html").isPresent()) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (found.isPresent()) send(exchange, 200, extension(file), found.get());
            else send(exchange, 404, "html", files.apply("404.html").orElse("Not found".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A port near the one asked for that nothing listens on now. */
    static int freePort(int near) {
        for (int p = near + 1; p < near + 50 && p < 65536; p++) {
            try (ServerSocket s = new ServerSocket(p, 0, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
