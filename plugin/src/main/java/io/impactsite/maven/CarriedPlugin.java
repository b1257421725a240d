package io.impactsite.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.deployment.DeployRequest;
import org.eclipse.aether.deployment.DeploymentException;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * This plugin, carried in a new site project as a Maven repository of its own
 * ({@value #FOLDER}), which the project's pom lists among its plugin repositories. A CI runner
 * with an empty local repository that reaches only Maven Central then finds the plugin in the
 * clone itself, and everything else (Jackson, FreeMarker, ...) on Central: no credentials, no
 * repository to run, no manual step. Maven Resolver deploys the artifacts there, so the folder has
 * the layout, checksums and snapshot metadata any Maven repository has.
 */
final class CarriedPlugin {
    /** Where the repository is, relative to the project; the pom's {@code <pluginRepository>} names it. */
    static final String FOLDER = ".mvn/plugin-repository";
    /** The repository's id in the pom: a settings.xml mirror of {@code *} must leave it out ({@code *,!impactsite}). */
    static final String REPOSITORY_ID = "impactsite";
    private static final String GROUP = "io.impactsite";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    /** @param repositories where Maven looks for plugins; the artifacts are usually in the local repository already */
    CarriedPlugin(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /**
     * Deploys the plugin (its jar and pom), the project's own artifacts it depends on, and their
     * parent poms into the project's {@value #FOLDER}.
     *
     * @return the coordinates carried, for the log
     */
    List<String> carry(Path project, String pluginArtifactId, String version, List<String> ownDependencies)
            throws IOException {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        List<String> jars = new ArrayList<>(List.of(pluginArtifactId));
        jars.addAll(ownDependencies);
        for (String artifactId : jars) {
            artifacts.add(resolve(new DefaultArtifact(GROUP, artifactId, "jar", version)));
            Artifact pom = resolve(new DefaultArtifact(GROUP, artifactId, "pom", version));
            artifacts.add(pom);
            for (Parent parent = parentOf(pom); parent != null && GROUP.equals(parent.getGroupId()); ) {
                Artifact parentPom = resolve(new DefaultArtifact(parent.getGroupId(), parent.getArtifactId(), "pom",
                        parent.getVersion()));
                artifacts.add(parentPom);
                parent = parentOf(parentPom);
            }
        }
        DeployRequest request = new DeployRequest();
        request.setRepository(new RemoteRepository.Builder(REPOSITORY_ID, "default",
                project.resolve(FOLDER).toUri().toString()).build());
        artifacts.forEach(request::addArtifact);
        Path scratch = Files.createTempDirectory("impactsite-carry");
        try {
            system.deploy(deploySession(scratch), request);
        } catch (DeploymentException e) {
            throw new IOException("could not write the plugin into " + FOLDER + ": " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
        return artifacts.stream().map(a -> a.getArtifactId() + "-" + a.getBaseVersion() + "." + a.getExtension()).toList();
    }

    private Artifact resolve(Artifact artifact) throws IOException {
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact();
        } catch (ArtifactResolutionException e) {
            throw new IOException("could not find " + artifact + " to carry into the project: " + e.getMessage(), e);
        }
    }

    /**
     * Maven's session, changed three ways: no transfer listener (a line per file "uploaded" to a
     * folder says nothing), online even under -o (the repository is a folder of the project, not the
     * network), and a scratch local repository, so the deployment leaves the user's ~/.m2 as it was
     * (Resolver keeps a copy of a remote's metadata there, under the id every new project shares).
     */
    private RepositorySystemSession deploySession(Path scratch) {
        DefaultRepositorySystemSession copy = new DefaultRepositorySystemSession(session);
        copy.setTransferListener(null).setOffline(false);
        copy.setLocalRepositoryManager(system.newLocalRepositoryManager(copy, new LocalRepository(scratch.toFile())));
        return copy;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static Parent parentOf(Artifact pom) throws IOException {
        try (Reader in = Files.newBufferedReader(pom.getFile().toPath())) {
            Model model = new MavenXpp3Reader().read(in, false);
            return model.getParent();
        } catch (XmlPullParserException e) {
            throw new IOException(pom.getFile() + " is not a readable pom: " + e.getMessage(), e);
        }
    }
}
