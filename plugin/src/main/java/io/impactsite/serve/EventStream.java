package io.impactsite.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The browser tabs listening for changes, as Server-Sent Events: each open tab holds one response
 * open. An event goes to every tab; a tab that has gone away is dropped on the next write.
 */
final class EventStream {
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the exchange open as a stream of events (on the server's thread for it). */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(exchange);
    }

    /** Sends an event with one line of data (JSON) to every tab. */
    void send(String event, String data) {
        byte[] bytes = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        write(bytes);
    }

    /** A comment line, so that tabs closed without a word are noticed and dropped. */
    void heartbeat() {
        write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
    }

    int size() {
        return listeners.size();
    }

    private void write(byte[] bytes) {
        for (HttpExchange e : listeners) {
            try {
                OutputStream out = e.getResponseBody();
                out.write(bytes);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(e);
                e.close();
            }
        }
    }

    void closeAll() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
