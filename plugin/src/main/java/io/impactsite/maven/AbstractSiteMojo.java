package io.impactsite.maven;

import io.impactsite.engine.ContentException;
import io.impactsite.engine.Reporter;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals share: where the content is, skip, strict, and mapping the engine's outcome onto Maven's. */
abstract class AbstractSiteMojo extends AbstractMojo {
    static final String PREFIX = "impactsite.";

    /** The site project's folder: the one that holds initiative.yml. */
    @Parameter(property = PREFIX + "contentDirectory", defaultValue = "${project.basedir}", required = true)
    File contentDirectory;

    /** Overrides {@code site.baseUrl} of initiative.yml, for a preview deployment for example. */
    @Parameter(property = PREFIX + "baseUrl")
    String baseUrl;

    /** Fail the build on warnings too (an unsafe link that was removed, an unused data file). */
    @Parameter(property = PREFIX + "strict", defaultValue = "false")
    boolean strict;

    /** Skip the goal. */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    boolean skip;

    interface EngineCall {
        void run() throws ContentException;
    }

    /** Runs the engine: content problems fail the build with every problem listed; anything else is an error. */
    void run(String goal, EngineCall call) throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping impactsite:" + goal + " (impactsite.skip=true)");
            return;
        }
        try {
            call.run();
        } catch (ContentException e) {
            e.problems().forEach(p -> getLog().error(p.toString()));
            throw new MojoFailureException(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + " in the content of " + contentDirectory + " (listed above). Nothing was written.");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("impactsite:" + goal + " failed: " + e.getMessage(), e);
        }
    }

    Reporter reporter() {
        return new Reporter() {
            @Override public void info(String message) {
                getLog().info(message);
            }

            @Override public void warn(String message) {
                getLog().warn(message);
            }
        };
    }
}
