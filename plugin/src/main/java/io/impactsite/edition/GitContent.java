package io.impactsite.edition;

import io.impactsite.model.Edition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository a content folder is kept in, read with JGit straight from its object store:
 * no checkout, no change to the work tree, the index or HEAD. An edition's content is the tree of
 * the content folder at its revision.
 */
final class GitContent implements AutoCloseable {
    /** What to do when a revision is not in the clone, which is what a CI checkout without history gives. */
    static final String FETCH_HINT = "If the tag exists, the clone has no tags or history: a CI checkout is shallow by "
            + "default. On GitHub Actions give actions/checkout `with: fetch-depth: 0`; on GitLab CI set the variable "
            + "`GIT_DEPTH: 0`; by hand, run `git fetch --tags`.";

    private final Repository repository;
    private final String contentPath;

    private GitContent(Repository repository, String contentPath) {
        this.repository = repository;
        this.contentPath = contentPath;
    }

    /** The repository that holds the content folder, found by walking up from it; none if it is not in one. */
    static Optional<GitContent> open(Path content) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(content.toFile());
        if (builder.getGitDir() == null) return Optional.empty();
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        String path = workTree.relativize(content.toRealPath()).toString().replace('\\', '/');
        return Optional.of(new GitContent(repository, path));
    }

    /** Where the content folder is in the repository now: "" at the root, "site" in a folder. */
    String contentPath() {
        return contentPath;
    }

    /** Why an edition cannot be read, worded for a person; thrown with no tree to read. */
    static final class NotFound extends Exception {
        NotFound(String message) {
            super(message);
        }
    }

    /** The id of the content folder's tree at the edition's revision. */
    ObjectId tree(Edition edition) throws NotFound, IOException {
        ObjectId commitId;
        try {
            commitId = repository.resolve(edition.revision() + "^{commit}");
        } catch (RevisionSyntaxException e) {
            throw new NotFound("`" + edition.revision() + "` is not a revision git can read. Name a tag (report-"
                    + edition.year() + "), a branch or a commit id.");
        } catch (MissingObjectException e) {
            commitId = null;
        }
        if (commitId == null) {
            throw new NotFound("the revision `" + edition.revision() + "` is not in the repository at "
                    + repository.getWorkTree() + ". " + FETCH_HINT);
        }
        String path = edition.path() != null ? edition.path() : contentPath;
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(commitId);
            if (path.isEmpty()) return commit.getTree().getId();
            try (TreeWalk tw = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tw == null || tw.getFileMode(0) != FileMode.TREE) {
                    throw new NotFound("at `" + edition.revision() + "` the repository has no folder `" + path + "`. "
                            + "If the content was elsewhere then, say where with `path:` (relative to the "
                            + "repository's root).");
                }
                return tw.getObjectId(0);
            }
        } catch (MissingObjectException e) {
            throw new NotFound("the revision `" + edition.revision() + "` is known but its files are not in the "
                    + "clone. " + FETCH_HINT);
        }
    }

    /** Writes every file of the tree into the folder, as it is in the repository; links and submodules are skipped. */
    void extract(ObjectId tree, Path into) throws IOException {
        try (TreeWalk tw = new TreeWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            tw.addTree(tree);
            tw.setRecursive(true);
            while (tw.next()) {
                FileMode mode = tw.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) continue;
                Path file = into.resolve(tw.getPathString()).normalize();
                if (!file.startsWith(into)) continue;
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).copyTo(out);
                }
            }
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
