package io.impactsite.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.impactsite.engine.Options;
import io.impactsite.engine.Rebuilt;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteSession;
import io.impactsite.problem.Problem;
import io.impactsite.problem.SiteException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * `impactsite:serve`: the site built in memory, served on 127.0.0.1, rebuilt as files change
 * (only the pages made from them), with every open tab told to reload. A content error does not
 * stop it: the last good site stays, every page shows the problems, the terminal lists them, and
 * fixing the file brings the site back by itself. Drafts and future updates are shown.
 */
public final class Preview implements AutoCloseable {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SiteSession session;
    private final PreviewServer server;
    private final ContentWatcher watcher;
    private final Reporter reporter;
    private final byte[] waiting;
    private final List<Consumer<Rebuild>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "impactsite-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean built;

    private Preview(Path content, int port, Options options, Reporter reporter) throws SiteException {
        this.reporter = reporter;
        this.session = new SiteSession(content, options);
        this.waiting = resource("impactsite/preview/waiting.html");
        Path root = content.toAbsolutePath().normalize();
        this.server = new PreviewServer(port, this::file);
        try {
            rebuild(Set.of());
            this.watcher = new ContentWatcher(root, List.of(root.resolve("target"), root.resolve(".git")), this::rebuild);
        } catch (RuntimeException | Error e) {
            server.close();   // its threads would keep the JVM alive
            throw e;
        }
        heartbeat.scheduleAtFixedRate(() -> server.events().heartbeat(), 15, 15, TimeUnit.SECONDS);
    }

    /** Builds the site, starts serving it and watching the content; returns at once. */
    public static Preview start(Path content, int port, Options options, Reporter reporter) throws SiteException {
        return new Preview(content, port, options, reporter);
    }

    /** "http://127.0.0.1:8787/". */
    public String address() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** How many pages of the last rebuild are still to be rendered (in the background, or when asked for). */
    public int pending() {
        return session.pending();
    }

    /** How many browser tabs listen for changes now. */
    public int tabs() {
        return server.events().size();
    }

    /**
     * A rebuild as the preview saw it, with {@link System#nanoTime()} stamps: when the changed pages
     * were in memory (served from then on) and when the tabs were told to reload.
     */
    public record Rebuild(Rebuilt result, long inMemoryAt, long toldAt) {}

    /** Called after every rebuild, on the rebuilding thread, after the tabs were told (for tests and the benchmark). */
    public void onRebuilt(Consumer<Rebuild> listener) {
        listeners.add(listener);
    }

    private Optional<byte[]> file(String path) {
        Optional<byte[]> found;
        try {
            found = session.file(path);
        } catch (RuntimeException e) {
            reporter.warn("The preview could not render " + path + ": " + e.getMessage());
            return Optional.empty();
        }
        if (found.isEmpty() && !built && path.endsWith(".html")) return Optional.of(waiting);
        return found;
    }

    private void rebuild(Set<String> changed) {
        Rebuilt result;
        try {
            result = session.rebuild(changed);
        } catch (SiteException e) {
            reporter.warn(e.getMessage());
            return;
        } catch (RuntimeException e) {
            reporter.warn("The preview could not rebuild the site (a bug in Impact Site): " + e);
            return;
        }
        long inMemoryAt = System.nanoTime();
        String problems = problemsJson(result.problems());
        server.problems(problems);
        if (result.failed()) {
            reporter.warn(result.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count()
                    + " problem(s) in the content; the preview shows the last good site:");
            result.problems().forEach(p -> reporter.warn("  " + p));
        } else {
            built = true;
            result.problems().forEach(reporter::problem);
            reporter.info((result.all() ? "Built every page" : "Rebuilt " + result.changed().size() + " file(s)")
                    + " in " + result.millis() + " ms (" + result.stages() + ")" + (changed.isEmpty() ? "" : " after changes to " + changed));
            server.events().send("reload", json(result.all() ? List.of("*") : result.changed().stream().sorted().toList()));
        }
        server.events().send("problems", problems);
        long toldAt = System.nanoTime();
        Rebuild rebuild = new Rebuild(result, inMemoryAt, toldAt);
        listeners.forEach(l -> l.accept(rebuild));
    }

    /** Problems as the preview's script reads them: severity, location ("file:line:column") and message. */
    private record ProblemJson(String severity, String location, String file, int line, int column, String message) {}

    private static String problemsJson(List<Problem> problems) {
        return json(problems.stream().map(p -> new ProblemJson(p.severity().name(), p.location(), p.file(), p.line(),
                p.column(), p.message())).toList());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Preview.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        watcher.close();
        heartbeat.shutdownNow();
        server.close();
    }
}
