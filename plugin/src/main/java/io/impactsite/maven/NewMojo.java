package io.impactsite.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Writes a new site project that builds at once: pom.xml, initiative.yml with a goal, an indicator
 * and its data, a partner, an update, a page, .gitignore, and the GitHub Actions and GitLab CI files
 * that check, build and publish it, and the plugin itself, carried in {@value CarriedPlugin#FOLDER}
 * so that a CI runner with nothing but Maven Central builds it. Needs no project; asks nothing;
 * never overwrites anything.
 * <pre>mvn io.impactsite:impactsite-maven-plugin:VERSION:new -Dimpactsite.name="Lakeside Learning Partnership"</pre>
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {
    /** The initiative's name, as the site shows it ("Lakeside Learning Partnership"). */
    @Parameter(property = AbstractSiteMojo.PREFIX + "name")
    String name;

    /**
     * The folder to create, relative to the current folder or absolute. It must not exist.
     * Default: the name in lowercase with hyphens ({@code lakeside-learning-partnership}).
     */
    @Parameter(property = AbstractSiteMojo.PREFIX + "folder")
    String folder;

    /** Skip the goal. */
    @Parameter(property = AbstractSiteMojo.PREFIX + "skip", defaultValue = "false")
    boolean skip;

    /** This plugin's version: the new project's pom uses the same. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    String pluginVersion;

    /** The folder Maven was started in. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    File workingDirectory;

    /** Gives the year and the first update's date; tests set their own. */
    Clock clock = Clock.systemDefaultZone();

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true)
    List<RemoteRepository> pluginRepositories;

    /** This plugin: its artifactId and dependencies, which are carried into the project. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Puts the plugin into the new project; tests set their own. */
    interface Carrier {
        List<String> carry(Path project) throws IOException;
    }

    Carrier carrier = this::carryPlugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping impactsite:new (impactsite.skip=true)");
            return;
        }
        String initiative = name == null ? "" : name.strip();
        if (initiative.isEmpty()) {
            throw new MojoFailureException("Name the initiative: mvn io.impactsite:impactsite-maven-plugin:" + pluginVersion
                    + ":new -Dimpactsite.name=\"Lakeside Learning Partnership\" (and, if you like, -Dimpactsite.folder=<folder>).");
        }
        if (initiative.chars().anyMatch(Character::isISOControl)) {
            throw new MojoFailureException("<name> (-Dimpactsite.name): the name holds a line break or another control "
                    + "character. Write it on one line.");
        }
        Path base = workingDirectory.toPath().toAbsolutePath();
        Path chosen = folder == null || folder.isBlank() ? null : base.resolve(folder.strip()).normalize();
        String id = firstNonEmpty(NewSite.slug(initiative),
                chosen == null || chosen.getFileName() == null ? "" : NewSite.slug(chosen.getFileName().toString()),
                "impact-site");
        Path target = chosen != null ? chosen : base.resolve(id);
        List<String> files;
        try {
            files = new NewSite().write(target, NewSite.Values.of(initiative, id, pluginVersion, LocalDate.now(clock)));
            List<String> carried = carrier.carry(target);
            getLog().info("Carried the plugin into " + CarriedPlugin.FOLDER + "/ (" + String.join(", ", carried)
                    + "): CI finds it there until it is on Maven Central. Commit that folder with the rest.");
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(target + " already exists; impactsite:new never writes into an existing folder. "
                    + "Choose another with -Dimpactsite.folder=<folder>, or move that one away.");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the new site into " + target + ": " + e
                    + ". What was written so far is left in place.", e);
        }
        nextSteps(initiative, base, target, files.size());
    }

    private List<String> carryPlugin(Path project) throws IOException {
        List<String> own = plugin.getArtifacts().stream().filter(a -> a.getGroupId().equals(plugin.getGroupId()))
                .map(org.apache.maven.artifact.Artifact::getArtifactId).toList();
        return new CarriedPlugin(repositorySystem, repositorySession, pluginRepositories)
                .carry(project, plugin.getArtifactId(), pluginVersion, own);
    }

    private void nextSteps(String initiative, Path base, Path target, int count) {
        String cd = target.startsWith(base) ? base.relativize(target).toString() : target.toString();
        getLog().info("Wrote the site project of \"" + initiative + "\" to " + target + " (" + count + " files). Next:");
        getLog().info("  cd " + (cd.contains(" ") ? "\"" + cd + "\"" : cd));
        getLog().info("  mvn site                  builds the site; open target/site/index.html");
        getLog().info("  mvn impactsite:check      checks the content and writes nothing");
        getLog().info("Then edit initiative.yml, indicators/, partners/, updates/ and pages/ (Impact Site's "
                + "docs/content-reference.md lists every field): the indicator's values are samples.");
        getLog().info("To publish, push the folder to a GitHub or GitLab repository: .github/workflows/site.yml and "
                + ".gitlab-ci.yml check and build every change and publish the main branch with GitHub or GitLab Pages "
                + "(docs/publishing.md).");
    }

    private static String firstNonEmpty(String... candidates) {
        for (String c : candidates) {
            if (!c.isEmpty()) return c;
        }
        return "";
    }
}
