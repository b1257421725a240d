package io.impactsite.site;

import io.impactsite.testing.Browser;
import io.impactsite.testing.StaticServer;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The example site served on 127.0.0.1 and one headless Chromium for a class of browser tests:
 * {@code @RegisterExtension static final ExampleInBrowser example = new ExampleInBrowser();} starts both
 * before the class's first test and closes them after its last. Every test must leave the console
 * without a SEVERE message (a CSP violation, a 404, an uncaught error): each starts with it empty.
 */
final class ExampleInBrowser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private StaticServer server;
    private Browser browser;

    @Override public void beforeAll(ExtensionContext context) throws Exception {
        server = StaticServer.serve(ExampleSite.build());
        browser = new Browser();
    }

    @Override public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) browser.close();
        } finally {
            if (server != null) server.close();
        }
    }

    @Override public void beforeEach(ExtensionContext context) {
        browser.severeConsoleMessages();   // reading them empties the log
    }

    @Override public void afterEach(ExtensionContext context) {
        Assertions.assertEquals(List.of(), browser.severeConsoleMessages(), "console errors");
    }

    Browser browser() {
        return browser;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** The address of a page of the example, such as {@code indicators/index.html}. */
    String url(String page) {
        return server.url(page);
    }
}
