package io.impactsite.bench;

import io.impactsite.engine.BuildReport;
import io.impactsite.engine.BuildRequest;
import io.impactsite.problem.SiteException;
import io.impactsite.problem.Problem;
import io.impactsite.engine.Reporter;
import io.impactsite.engine.SiteBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds one site through the real engine, in this JVM, and prints its figures on one line:
 *
 * <pre>pages=5712 engine_s=3.41 peak_heap_mib=412.3 files=5790 engine_ms=3398 engine_cpu_s=6.10 warnings=0 peak_rss_mib=655.0</pre>
 *
 * <ul>
 *   <li>{@code engine_s}: wall time of {@code SiteBuilder.build} measured here (load to swap; JVM
 *       start-up is not included, JIT warm-up is: this is a cold, single build).</li>
 *   <li>{@code peak_heap_mib}: the sum of the peak usage of every heap memory pool after the build.</li>
 *   <li>{@code engine_ms}: the engine's own figure from its {@code BuildReport}.</li>
 *   <li>{@code engine_cpu_s}: CPU seconds the process used during the build (all threads, GC and
 *       JIT included): less sensitive than wall time to other work on a shared machine.</li>
 *   <li>{@code peak_rss_mib}: the process's resident-set high-water mark (VmHWM in /proc/self/status),
 *       or -1 where that file does not exist; run.sh prefers /usr/bin/time's figure when it has one.</li>
 * </ul>
 *
 * <p>Exit status: 0 built, 2 content errors (listed on stderr), 64 usage.
 */
public final class RunEngine {

    private RunEngine() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RunEngine <contentFolder> <outputFolder>");
            System.exit(64);
        }
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();

        int[] warnings = {0};
        Reporter reporter = new Reporter() {
            @Override
            public void info(String message) {
                // The engine's progress messages (stage times) only with -Dbench.verbose=1.
                if (System.getProperty("bench.verbose") != null) {
                    System.err.println("[info] " + message);
                }
            }

            @Override
            public void warn(String message) {
                if (warnings[0]++ < 20) {
                    System.err.println("[warn] " + message);
                }
            }
        };

        BuildReport report;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try {
            report = new SiteBuilder(reporter).build(BuildRequest.of(content, output));
        } catch (io.impactsite.problem.ContentException e) {
            System.err.println("content errors in " + content + ":");
            for (Problem p : e.problems()) {
                System.err.println("  " + p);
            }
            System.exit(2);
            return;
        } catch (SiteException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        double engineSeconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = processCpuNanos();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
        if (warnings[0] > 20) {
            System.err.println("[warn] ... " + (warnings[0] - 20) + " more warnings");
        }

        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }

        System.out.println(String.format(Locale.ROOT,
                "pages=%d engine_s=%.2f peak_heap_mib=%.1f files=%d engine_ms=%d engine_cpu_s=%.2f warnings=%d"
                        + " peak_rss_mib=%.1f",
                report.pagesWritten(), engineSeconds, peakHeap / 1048576.0, report.filesWritten(),
                report.engineMillis(), cpuSeconds, warnings[0], peakRssMib()));
    }

    /** CPU time of the whole process (every thread, GC and JIT included) in ns, or -1 if unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** VmHWM from /proc/self/status in MiB, or -1 where there is no such file (not Linux). */
    static double peakRssMib() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0; // kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }
}
