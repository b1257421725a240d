package io.impactsite.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the self-test fixtures under src/test/resources/testing. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/testing/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("No fixture testing/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
