package io.impactsite.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a preview keeps of its renders: each file's model (a page's frame and view, or the value a
 * JSON or CSV file is written from) and the bytes it gave. A file whose model equals the last one
 * gives the same bytes without going through its template again: the search page and search.json,
 * megabytes on a large site, rarely change when an update or a CSV does. Valid for one theme and
 * one set of strings: a preview starts a new one when the theme changes. Thread-safe.
 */
public final class RenderMemory {
    private record Rendered(Object model, byte[] bytes) {}

    private final Map<String, Rendered> files = new ConcurrentHashMap<>();

    /** The bytes of a file: those of its last render if its model is equal, otherwise rendered now and kept. */
    byte[] bytes(String file, Object model, Supplier<byte[]> render) {
        Rendered last = files.get(file);
        if (last != null && last.model().equals(model)) return last.bytes();
        byte[] bytes = render.get();
        files.put(file, new Rendered(model, bytes));
        return bytes;
    }
}
