package io.impactsite.edition;

import io.impactsite.model.Edition;
import io.impactsite.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Finds each past edition's content: a frozen folder as it is, or the content folder's tree at a
 * git revision, extracted once into the cache (by tree id: an unchanged tree is never extracted
 * again). A revision that cannot be found is an error of initiative.yml that says how to fetch it.
 */
public final class Snapshots {
    private static final String FILE = "initiative.yml";

    private Snapshots() {}

    /**
     * The snapshots of the editions that could be found, in the editions' order; every one that
     * could not is reported.
     *
     * @param cache the folder trees are extracted into (the build's target/, never the content)
     */
    public static List<Snapshot> resolve(Path content, List<Edition> editions, Path cache, Problems problems) {
        List<Snapshot> found = new ArrayList<>();
        GitContent git = null;
        boolean gitOpened = false;
        Set<String> trees = new HashSet<>();
        try {
            for (Edition e : editions) {
                if (!e.inGit()) {
                    Path folder = content.resolve(e.folder()).normalize();
                    found.add(new Snapshot(e, "folder:" + new Digest().addFolder(folder).hex(), folder));
                    continue;
                }
                if (!gitOpened) {
                    gitOpened = true;
                    git = GitContent.open(content).orElse(null);
                }
                if (git == null) {
                    problems.error(FILE, e.line(), "the edition " + e.year() + " names the revision `" + e.revision()
                            + "`, but the content folder is not in a git repository. Keep the content in git, or "
                            + "keep a frozen copy of that year's content in a folder and write `folder: editions/"
                            + e.year() + "` instead.");
                    continue;
                }
                try {
                    ObjectId tree = git.tree(e);
                    Path folder = cache.resolve("snapshots").resolve(tree.name());
                    trees.add(tree.name());
                    if (!Files.isRegularFile(cache.resolve("snapshots").resolve(tree.name() + ".done"))) {
                        extract(git, tree, folder, cache.resolve("snapshots"));
                    }
                    found.add(new Snapshot(e, "git:" + tree.name(), folder));
                } catch (GitContent.NotFound notFound) {
                    problems.error(FILE, e.line(), "the edition " + e.year() + " cannot be read: " + notFound.getMessage());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("The git repository of " + content + " cannot be read", ex);
        } finally {
            if (git != null) git.close();
        }
        if (gitOpened) forgetOthers(cache.resolve("snapshots"), trees);
        return List.copyOf(found);
    }

    /** Extracts beside its place, then moves it there, so a half-written tree is never taken for a whole one. */
    private static void extract(GitContent git, ObjectId tree, Path folder, Path snapshots) throws IOException {
        Files.createDirectories(snapshots);
        Path partial = Files.createTempDirectory(snapshots, tree.name() + ".partial-");
        git.extract(tree, partial);
        deleteTree(folder);
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(snapshots.resolve(tree.name() + ".done"), tree.name());
    }

    /** Trees that no edition names any more are removed, so that the cache does not grow with every edit. */
    private static void forgetOthers(Path snapshots, Set<String> keep) {
        if (!Files.isDirectory(snapshots)) return;
        try (Stream<Path> s = Files.list(snapshots)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                String tree = name.endsWith(".done") ? name.substring(0, name.length() - 5) : name.replaceAll("\\.partial-.*", "");
                if (!keep.contains(tree)) deleteTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
