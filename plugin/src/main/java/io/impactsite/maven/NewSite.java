package io.impactsite.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A new site project, written from the files under {@code impactsite/new/} in the plugin's jar:
 * files ending in {@code .ftl} or {@code .ftlx} are FreeMarker templates (with {@code [=...]}
 * interpolations, so that the workflows' own {@code ${{ }}} stay as they are), the others are
 * copied as they are. Never overwrites or deletes anything. Public only so that FreeMarker may
 * read the {@link Values} record (it reads public types only).
 */
public final class NewSite {
    static final String RESOURCES = "/impactsite/new/";

    /** A file of the scaffold: its resource under {@link #RESOURCES}, and where it goes in the project. */
    record ScaffoldFile(String resource, String target) {}

    /**
     * What the templates are given.
     *
     * @param name          the initiative's name, as the person wrote it
     * @param id            a slug of it: the project's artifactId and the default folder
     * @param pluginVersion the version of this plugin, which the project's pom uses
     * @param started       the year the project was created: initiative.yml's {@code started}
     * @param updateDate    the first update's date
     */
    public record Values(String name, String id, String pluginVersion, String started, LocalDate updateDate) {
        /** The name as a YAML double-quoted scalar: JSON's string syntax, which YAML reads as it is. */
        public String yamlName() {
            try {
                return new ObjectMapper().writeValueAsString(name);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a string always serializes", e);
            }
        }

        static Values of(String name, String id, String pluginVersion, LocalDate today) {
            // Dated the day before: no time zone (the CI's is UTC) then takes it for an update from the future.
            return new Values(name, id, pluginVersion, String.valueOf(today.getYear()), today.minusDays(1));
        }
    }

    static List<ScaffoldFile> files(Values values) {
        return List.of(
                new ScaffoldFile("pom.xml.ftlx", "pom.xml"),
                new ScaffoldFile("README.md.ftl", "README.md"),
                new ScaffoldFile("gitignore", ".gitignore"),
                // a build is short: the JIT's first tier and one GC thread halve its CPU time on two cores
                new ScaffoldFile("mvn/jvm.config", ".mvn/jvm.config"),
                new ScaffoldFile("initiative.yml.ftl", "initiative.yml"),
                new ScaffoldFile("indicators/kindergarten-readiness.yml", "indicators/kindergarten-readiness.yml"),
                new ScaffoldFile("indicators/kindergarten-readiness.csv", "indicators/kindergarten-readiness.csv"),
                new ScaffoldFile("partners/public-library.yml", "partners/public-library.yml"),
                new ScaffoldFile("updates/welcome.md", "updates/" + values.updateDate() + "-welcome.md"),
                new ScaffoldFile("pages/approach.md", "pages/approach.md"),
                new ScaffoldFile("github/workflows/site.yml", ".github/workflows/site.yml"),
                new ScaffoldFile("gitlab-ci.yml", ".gitlab-ci.yml"));
    }

    /**
     * A slug of the name ("Lakeside Learning Partnership" gives {@code lakeside-learning-partnership}):
     * accents dropped, anything but letters and digits a hyphen; empty when nothing of it is Latin.
     */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);

    NewSite() {
        freemarker.setTemplateLoader(new ClassTemplateLoader(NewSite.class, RESOURCES));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /**
     * Writes the project into {@code folder}, which must not exist yet.
     *
     * @return the files written, relative to the folder
     * @throws FileAlreadyExistsException when the folder (or a file of that name) exists: nothing is written
     */
    List<String> write(Path folder, Values values) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(folder.toString());
        Files.createDirectories(folder.toAbsolutePath().getParent());
        Files.createDirectory(folder);   // fails, rather than sharing it, if the folder appeared meanwhile
        List<String> written = new ArrayList<>();
        for (ScaffoldFile file : files(values)) {
            Path target = folder.resolve(file.target());
            Files.createDirectories(target.getParent());
            Files.write(target, content(file.resource(), values), StandardOpenOption.CREATE_NEW);
            written.add(file.target());
        }
        return written;
    }

    byte[] content(String resource, Values values) throws IOException {
        if (resource.endsWith(".ftl") || resource.endsWith(".ftlx")) {
            Template template = freemarker.getTemplate(resource);
            StringWriter out = new StringWriter();
            try {
                template.process(Map.of("site", values), out);
            } catch (TemplateException e) {
                throw new IllegalStateException("the scaffold's template " + resource + " failed: " + e.getMessage(), e);
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = NewSite.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) throw new UncheckedIOException(new IOException("the plugin's jar has no " + RESOURCES + resource));
            return in.readAllBytes();
        }
    }
}
