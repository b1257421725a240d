package io.impactsite.maven;

import io.impactsite.engine.Options;
import io.impactsite.engine.Reporter;
import io.impactsite.problem.ContentException;
import io.impactsite.problem.ParameterException;
import io.impactsite.problem.Problem;
import io.impactsite.problem.SiteException;
import io.impactsite.problem.ThemeException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: where the content is, skip, strict, and mapping the engine's outcome onto
 * Maven's (and onto the CI service's, when one runs the build: see {@link ContinuousIntegration}).
 */
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

    /** Publish drafts and updates dated in the future (the preview always shows them). */
    @Parameter(property = PREFIX + "drafts", defaultValue = "false")
    boolean drafts;

    /** Skip the goal. */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    boolean skip;

    /** Where a GitLab CI build writes its Code Quality report (gl-code-quality-report.json). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The environment that says which CI service runs the build, if any; tests set their own. */
    Map<String, String> environment = System.getenv();

    /** Where GitHub workflow commands go: standard output, at the start of a line. */
    PrintStream console = System.out;

    private ContinuousIntegration ci;

    interface EngineCall {
        void run() throws SiteException;
    }

    /**
     * Maven's reproducible-build timestamp: when the project sets one, its date is the day of
     * publication (an update dated after it is a draft), so a rebuild later gives the same site.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /** Where past editions' snapshots and built output are kept between builds. */
    java.nio.file.Path editionsCache() {
        return buildDirectory.toPath().resolve("impactsite-editions");
    }

    Options options() {
        return new Options(baseUrl, strict, drafts, Publication.day(outputTimestamp));
    }

    /**
     * Runs the engine. What the user can fix fails the build with a message that says where (content
     * problems, an error in a template override, a parameter); anything else is a bug and an error.
     */
    void run(String goal, EngineCall call) throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("Skipping impactsite:" + goal + " (impactsite.skip=true)");
            return;
        }
        ci = ContinuousIntegration.detect(environment, contentDirectory.toPath(), buildDirectory.toPath(), console);
        try {
            call.run();
        } catch (ContentException e) {
            e.problems().forEach(p -> {
                getLog().error(p.toString());
                ci.report(asError(p));   // a warning here failed the build (strict): an error on the pull request too
            });
            throw new MojoFailureException(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + " in the content of " + contentDirectory + " (listed above). Nothing was written.");
        } catch (ThemeException e) {
            getLog().error(e.getMessage());
            ci.report(problemOf(e));
            throw new MojoFailureException("The site's own template " + e.file() + " failed at line " + e.line()
                    + " (above). Fix it, or delete it to use the theme's. Nothing was written.");
        } catch (ParameterException e) {
            throw new MojoFailureException("<" + e.parameter() + "> (-D" + PREFIX + e.parameter() + "): " + e.getMessage());
        } catch (SiteException e) {
            throw new MojoFailureException(e.getMessage(), e);   // a kind added without its own mapping here
        } catch (RuntimeException e) {
            throw new MojoExecutionException("impactsite:" + goal + " failed: this is a bug in Impact Site, please "
                    + "report it with the output of `mvn -e`. " + e, e);
        } finally {
            finishCi();
        }
    }

    private void finishCi() {
        try {
            ci.finish();
        } catch (IOException e) {
            getLog().warn("Could not write the Code Quality report for GitLab into " + buildDirectory + ": " + e);
        }
    }

    private static Problem asError(Problem p) {
        return new Problem(Problem.Severity.ERROR, p.file(), p.line(), p.column(), p.message());
    }

    /** The template's problem, its message without the location that the exception's message starts with. */
    private static Problem problemOf(ThemeException e) {
        String location = Problem.error(e.file(), e.line(), e.column(), "").location() + ": ";
        String message = e.getMessage().startsWith(location) ? e.getMessage().substring(location.length()) : e.getMessage();
        return Problem.error(e.file(), e.line(), e.column(), message);
    }

    Reporter reporter() {
        return new Reporter() {
            @Override public void info(String message) {
                getLog().info(message);
            }

            @Override public void warn(String message) {
                getLog().warn(message);
            }

            @Override public void problem(Problem problem) {
                getLog().warn(problem.toString());
                if (ci != null) ci.report(problem);
            }
        };
    }
}
