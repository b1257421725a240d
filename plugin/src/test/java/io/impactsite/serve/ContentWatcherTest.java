package io.impactsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's watcher, on this system's own notifications: what it hands over, and in how many batches. */
class ContentWatcherTest {
    @TempDir
    Path root;

    @Test
    void quickSavesMakeOneBatchAndIgnoredFoldersNone() throws Exception {
        Files.createDirectories(root.resolve("updates"));
        Files.createDirectories(root.resolve("target"));
        BlockingQueue<Set<String>> batches = new LinkedBlockingQueue<>();
        try (ContentWatcher watcher = new ContentWatcher(root, List.of(root.resolve("target")), batches::add)) {
            Files.writeString(root.resolve("initiative.yml"), "name: A\n");
            Files.writeString(root.resolve("updates/2024-01-01-a.md"), "---\ntitle: A\n---\n");
            Files.writeString(root.resolve("updates/2024-01-01-a.md~"), "an editor's backup");
            Files.writeString(root.resolve("target/out.html"), "output");
            Set<String> batch = batches.poll(10, TimeUnit.SECONDS);
            assertNotNull(batch, "no batch after the saves");
            assertEquals(Set.of("initiative.yml", "updates/2024-01-01-a.md"), batch);
            assertNull(batches.poll(500, TimeUnit.MILLISECONDS), "one batch for saves in quick succession");

            Files.createDirectories(root.resolve("partners"));   // a folder: its files are not named, so everything
            assertEquals(Set.of(), batches.poll(10, TimeUnit.SECONDS));
        }
    }
}
