package io.impactsite.maven;

import io.impactsite.engine.Options;
import io.impactsite.serve.Preview;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Previews the site while you edit it: builds it in memory, serves it on 127.0.0.1, and on every
 * save rebuilds only the pages made from the changed files and reloads the open browser tabs.
 * Problems in the content show on every page until they are fixed; the last good site stays
 * underneath. Drafts and future-dated updates are shown, marked as drafts. Stop it with Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractSiteMojo {
    /** The port to serve on; 0 picks a free one. If it is taken, the message names one that is free. */
    @Parameter(property = PREFIX + "port", defaultValue = "8787")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("serve", () -> {
            Options options = new Options(baseUrl, false, true);
            try (Preview preview = Preview.start(contentDirectory.toPath(), port, options, reporter())) {
                getLog().info("Previewing " + contentDirectory + " at " + preview.address() + " (Ctrl-C to stop)");
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
