package io.impactsite.maven;

import io.impactsite.engine.BuildRequest;
import io.impactsite.engine.SiteBuilder;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the impact site from the content folder into the output folder. Bound to the {@code site}
 * phase, so {@code mvn site} publishes the impact site. On any content error nothing is written
 * and the previous site stays as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {
    /** Where the site is written. The folder is replaced as a whole on each successful build. */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("build", () -> new SiteBuilder(reporter()).build(
                new BuildRequest(contentDirectory.toPath(), outputDirectory.toPath(), options(), editionsCache())));
    }
}
