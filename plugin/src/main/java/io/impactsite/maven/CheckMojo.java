package io.impactsite.maven;

import io.impactsite.engine.SiteBuilder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the content as a build would (every file, every reference, every number, every link)
 * and reports every problem with its file and line, without rendering or writing anything.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractSiteMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("check", () -> new SiteBuilder(reporter()).check(contentDirectory.toPath(), options(), editionsCache()));
    }
}
