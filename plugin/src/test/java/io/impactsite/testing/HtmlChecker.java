package io.impactsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates HTML pages with the W3C Nu HTML Checker, in-process and offline (schemas come from the jar).
 * Not thread-safe: the validator keeps per-document state, so use one instance per thread.
 */
public final class HtmlChecker {

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> allWarnings = new ArrayList<>();
    private String current = "?";

    /** Sets the validator up once (parses the schemas, about 1.5 s cold); reuse the instance. */
    public HtmlChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { warnings.add(format(e)); }
            @Override public void error(SAXParseException e) { errors.add(format(e)); }
            @Override public void fatalError(SAXParseException e) { errors.add(format(e)); }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            // The schema URL is only a key into the jar's entity map: nothing is fetched.
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the Nu HTML Checker", e);
        }
    }

    /** Validates every *.html under {@code siteDir}, sorted; errors read "relative/path.html:line:col: message". */
    public List<String> check(Path siteDir) {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted().toList();
            for (Path page : pages) {
                all.addAll(checkFile(page, siteDir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Validates one page; errors name it relative to {@code base}. */
    public List<String> checkFile(Path file, Path base) {
        errors.clear();
        warnings.clear();
        current = base.relativize(file).toString().replace('\\', '/');
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (SAXParseException e) {
            // already reported through fatalError
        } catch (SAXException e) {
            errors.add(current + ":0:0: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        allWarnings.addAll(warnings);
        return List.copyOf(errors);
    }

    /** The checker's warnings (advice, such as a redundant role) of every page checked so far. */
    public List<String> warnings() {
        return List.copyOf(allWarnings);
    }

    private String format(SAXParseException e) {
        return current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
