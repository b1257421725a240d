package io.impactsite.bench;

import io.impactsite.engine.Options;
import io.impactsite.engine.Reporter;
import io.impactsite.serve.Preview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preview's latency: starts `impactsite:serve`'s engine on a generated initiative, then edits
 * one update, one indicator CSV and initiative.yml ten times each, and prints for each kind the
 * median, from the moment the file is written, of (a) the edited file's own pages in the preview's
 * memory (served from then on), (b) the reload event sent to the browser tabs and (c) every page the
 * edit changed rendered (the rest follow in the background, or when asked for):
 *
 * <pre>edit=update in_memory_ms=79 event_ms=79 all_pages_ms=107 files=13 runs=10</pre>
 */
public final class RunPreview {
    private static final int RUNS = 10;

    private RunPreview() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RunPreview <contentFolder>");
            System.exit(64);
        }
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        BlockingQueue<Preview.Rebuild> rebuilds = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        try (Preview preview = Preview.start(content, 0, new Options(null, false, true), Reporter.SILENT)) {
            System.out.printf(Locale.ROOT, "first_build_s=%.2f%n", (System.nanoTime() - start) / 1e9);
            preview.onRebuilt(rebuilds::add);
            Path update = first(content.resolve("updates"), ".md");
            Path csv = first(content.resolve("indicators"), ".csv");
            Path initiative = content.resolve("initiative.yml");
            measure(preview, "update", update, rebuilds, text -> text + "\nEdited for the benchmark.\n",
                    text -> text.replace("\nEdited for the benchmark.\n", ""));
            measure(preview, "csv", csv, rebuilds, text -> text.replaceFirst(",(\\d+)\\.(\\d)", ",$1.$2" + "1"),
                    text -> text.replaceFirst(",(\\d+)\\.(\\d)1", ",$1.$2"));
            measure(preview, "initiative.yml", initiative, rebuilds, text -> text.replaceFirst("tagline: ", "tagline: New "),
                    text -> text.replaceFirst("tagline: New ", "tagline: "));
        }
    }

    interface Edit {
        String apply(String text);
    }

    /** Ten edits of one file, alternating between two versions, each waited for. */
    private static void measure(Preview preview, String name, Path file, BlockingQueue<Preview.Rebuild> rebuilds, Edit there, Edit back)
            throws IOException, InterruptedException {
        String original = Files.readString(file);
        List<Double> inMemory = new ArrayList<>();
        List<Double> told = new ArrayList<>();
        List<Double> settled = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < RUNS; i++) {
            String now = Files.readString(file);
            String next = i % 2 == 0 ? there.apply(now) : back.apply(now);
            Thread.sleep(200);   // the previous rebuild's echo has settled
            rebuilds.clear();
            long written = System.nanoTime();
            Files.writeString(file, next);
            Preview.Rebuild r = rebuilds.poll(60, TimeUnit.SECONDS);
            if (r == null) throw new IllegalStateException("no rebuild after editing " + file);
            if (r.result().failed()) throw new IllegalStateException("the edit broke the content: " + r.result().problems());
            inMemory.add((r.inMemoryAt() - written) / 1e6);
            told.add((r.toldAt() - written) / 1e6);
            while (preview.pending() > 0) Thread.sleep(5);   // the rest of the pages, in the background
            settled.add((System.nanoTime() - written) / 1e6);
            pages = r.result().changed().size();
            if (System.getProperty("bench.verbose") != null) {
                System.out.printf(Locale.ROOT, "  %.0f ms (rebuild %d ms: %s)%n", inMemory.get(inMemory.size() - 1),
                        r.result().millis(), r.result().stages());
            }
        }
        Files.writeString(file, original);
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "edit=%s in_memory_ms=%.0f event_ms=%.0f all_pages_ms=%.0f files=%d runs=%d%n", name,
                median(inMemory), median(told), median(settled), pages, RUNS);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path first(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + suffix + " in " + folder));
        }
    }
}
