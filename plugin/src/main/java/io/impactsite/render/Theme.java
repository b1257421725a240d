package io.impactsite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.impactsite.problem.ThemeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme: the default one from the site-template jar, with any file of the site's own
 * {@code templates/} folder at the same relative path taking its place. Templates are looked up
 * by FreeMarker's loader chain; static files and UI strings by the same rule. One Configuration
 * per build, configured once and then only read, so pages can render on many threads.
 */
public final class Theme {
    /** Where the theme's files are on the class path. */
    public static final String ROOT = "impactsite/theme/";

    private final Configuration freemarker;
    private final Path overrides;
    /** The site's own templates, by name: only the site has templates for one page (indicator-<id>.ftlh). */
    private final Set<String> own;

    /** @param overrides the site's templates/ folder; it need not exist */
    public Theme(Path overrides) {
        this.overrides = overrides;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (Files.isDirectory(overrides)) {
            try (Stream<Path> files = Files.walk(overrides)) {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
                files.filter(Files::isRegularFile).forEach(f -> names.add(overrides.relativize(f).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        own = Set.copyOf(names);
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), ROOT));
        freemarker.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNumberFormat("c");   // views hold formatted text; raw numbers are ids and years
        freemarker.setBooleanFormat("c");
        // A Theme's templates never change while it lives (the preview makes a new one when they do):
        // no look at the loaders again after the first, and no page_en_US.ftlh variants looked for.
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        freemarker.setLocalizedLookup(false);
    }

    /**
     * Renders the first of the candidate templates that exists, in the site's templates/ or the
     * theme; a candidate before the last is the site's own or none (the theme has no template for
     * one page), so a page without one costs no lookup through the class path. An error in one of
     * the site's own templates is a {@link ThemeException} naming its file and line; an error in the
     * theme's is a bug.
     */
    public void render(List<String> candidates, Object model, Writer out) throws IOException, ThemeException {
        Template t = null;
        for (int i = 0; i < candidates.size() && t == null; i++) {
            String name = candidates.get(i);
            if (i < candidates.size() - 1 && !own.contains(name)) continue;
            t = freemarker.getTemplate(name, null, null, null, true, true);
        }
        if (t == null) throw new IllegalStateException("The theme has none of the templates " + candidates);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? t.getSourceName() : e.getTemplateSourceName();
            String message = e.getMessageWithoutStackTop();
            if (Files.isRegularFile(overrides.resolve(name))) {
                throw new ThemeException("templates/" + name, e.getLineNumber() == null ? 0 : e.getLineNumber(),
                        e.getColumnNumber() == null ? 0 : e.getColumnNumber(), message, e);
            }
            throw new IllegalStateException("The theme's " + name + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + " failed: " + message, e);
        }
    }

    /** The theme's UI strings in English, each overridable by the site's templates/strings.properties. */
    public Map<String, String> strings() {
        return strings("en");
    }

    /**
     * The theme's UI strings in a language: the English bundle, then the theme's bundle of that
     * language ({@code strings_es.properties}) where it has one, then the site's own
     * {@code templates/strings.properties} and {@code templates/strings_<language>.properties},
     * each overriding the one before key by key.
     *
     * @param language a language tag ("es", "es-MX"): its language subtag picks the bundle
     */
    public Map<String, String> strings(String language) {
        String lang = java.util.Locale.forLanguageTag(language == null ? "" : language).getLanguage();
        Properties merged = new Properties();
        loadProperties(open("strings.properties"), merged);
        String bundle = lang.isEmpty() || lang.equals("en") ? null : "strings_" + lang + ".properties";
        if (bundle != null) {
            InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + bundle);
            if (in != null) loadProperties(in, merged);
        }
        for (String name : bundle == null ? List.of("strings.properties") : List.of("strings.properties", bundle)) {
            Path file = overrides.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    loadProperties(Files.newInputStream(file), merged);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<String, String> strings = new TreeMap<>();
        merged.forEach((k, v) -> strings.put((String) k, (String) v));
        return strings;
    }

    private volatile Map<String, byte[]> published;

    /**
     * The theme's files as the site publishes them, by address ("theme/site.css"), ECharts' scripts
     * among them; read once (a preview keeps its theme until a file of templates/ changes).
     */
    public Map<String, byte[]> publishedFiles() {
        Map<String, byte[]> files = published;
        if (files == null) {
            Map<String, byte[]> read = new LinkedHashMap<>();
            staticFiles().forEach((name, bytes) -> read.put("theme/" + name, bytes));
            echarts().forEach((name, bytes) -> read.put("theme/" + name, bytes));
            published = files = java.util.Collections.unmodifiableMap(read);
        }
        return files;
    }

    /** Static files to publish under /theme/: the theme's own list, replaced or added to by the site's templates/static/. */
    public Map<String, byte[]> staticFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String list = new String(readAll(open("static.list")), StandardCharsets.UTF_8);
        for (String name : list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            files.put(name, readAll(open("static/" + name)));
        }
        Path own = overrides.resolve("static");
        if (Files.isDirectory(own)) {
            try (Stream<Path> s = Files.walk(own)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(own.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * ECharts' own minified scripts, from the webjar the theme depends on, by the name the site
     * publishes each under: the full build (every chart type: the Sankey of contribution flows) and
     * the common one (line, bar, scatter: a third smaller), which most chart pages load.
     */
    public Map<String, byte[]> echarts() {
        Properties p = new Properties();
        loadProperties(open("theme.properties"), p);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("echarts.min.js", resource(p.getProperty("echarts.resource")));
        files.put("echarts.common.min.js", resource(p.getProperty("echarts.common.resource")));
        return files;
    }

    private static byte[] resource(String name) {
        InputStream in = name == null ? null : Theme.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("ECharts is missing from the classpath: " + name);
        return readAll(in);
    }

    private static InputStream open(String name) {
        InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) throw new IllegalStateException("The theme has no " + name);
        return in;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadProperties(InputStream in, Properties into) {
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            into.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
