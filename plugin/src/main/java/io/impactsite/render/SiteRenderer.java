package io.impactsite.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.impactsite.analyse.SiteAnalysis;
import io.impactsite.markdown.MarkdownIndex;
import io.impactsite.pages.CombinedCsvPage.CsvTable;
import io.impactsite.pages.Format;
import io.impactsite.pages.Frame;
import io.impactsite.pages.Page;
import io.impactsite.pages.PageTree;
import io.impactsite.pages.Strings;
import io.impactsite.pages.View;
import io.impactsite.pages.ViewContext;
import io.impactsite.problem.ThemeException;
import io.impactsite.write.SiteOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The render stage: a loop over the page tree, on all cores. Each page's view goes through its
 * template (HTML, XML, text), or is serialised (JSON, CSV), or its file is copied; then the theme's
 * static files and ECharts. Reports no content problems: those were all found before.
 */
public final class SiteRenderer {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final CsvMapper CSV = new CsvMapper();

    private final Theme theme;
    private final Strings strings;
    private final boolean preview;
    private final RenderMemory memory;

    /** @param preview pages for the preview server, which load its reload script */
    public SiteRenderer(Theme theme, Strings strings, boolean preview) {
        this(theme, strings, preview, null);
    }

    /** @param memory what a preview keeps from its earlier renders with this theme; or null */
    public SiteRenderer(Theme theme, Strings strings, boolean preview, RenderMemory memory) {
        this.theme = theme;
        this.strings = strings;
        this.preview = preview;
        this.memory = memory;
    }

    /** What the template of every page receives: its frame, its own view, and the theme's strings. */
    public record PageModel(View.Layout layout, Object page, Map<String, String> msg) {}

    /** Renders every page of the tree, or those given, into the output. */
    public void render(SiteAnalysis analysis, PageTree tree, MarkdownIndex texts, Collection<Page> pages, Path contentRoot,
                       SiteOutput out) throws ThemeException {
        render(analysis, tree, texts, pages, contentRoot, out, new ViewContext.Shared());
    }

    /** The same, with what the render shares (a preview keeps social cards from one render to the next). */
    public void render(SiteAnalysis analysis, PageTree tree, MarkdownIndex texts, Collection<Page> pages, Path contentRoot,
                       SiteOutput out, ViewContext.Shared shared) throws ThemeException {
        Format format = new Format(analysis.site().initiative().settings().locale());
        List<RuntimeException> failures = pages.parallelStream().map(page -> {
            try {
                ViewContext c = new ViewContext(analysis, tree, strings, format, texts, page.address().root(), preview, shared);
                write(page, c, contentRoot, out);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).filter(Objects::nonNull).toList();
        // Every worker has finished: nothing writes into the output after the build gives up on it.
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            if (first instanceof Failed f) throw f.cause;
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private void write(Page page, ViewContext c, Path contentRoot, SiteOutput out) {
        String file = page.address().file();
        switch (page.kind().output()) {
            case HTML, XML, TEXT -> {
                PageModel model = new PageModel(Frame.of(page, c), page.view(c), strings.all());
                out.write(file, remembered(file, model, () -> template(page, model)));
            }
            case JSON -> {
                Object view = page.view(c);
                out.write(file, remembered(file, view, () -> serialise(() -> JSON.writeValueAsBytes(view))));
            }
            case CSV -> {
                CsvTable t = (CsvTable) page.view(c);
                CsvSchema.Builder schema = CsvSchema.builder();
                t.columns().forEach(schema::addColumn);
                out.write(file, remembered(file, t, () -> serialise(
                        () -> CSV.writer(schema.setUseHeader(true).build()).writeValueAsBytes(t.rows()))));
            }
            case COPY -> out.copy(file, contentRoot.resolve((String) page.view(c)));
            case ELSEWHERE -> { }   // a past edition's page: its own build writes it
            case IMAGE -> out.write(file, (byte[]) page.view(c));
        }
    }

    private byte[] remembered(String file, Object model, Supplier<byte[]> render) {
        return memory == null ? render.get() : memory.bytes(file, model, render);
    }

    private byte[] template(Page page, PageModel model) {
        // into a string, then encoded at once: far cheaper than a Writer encoding as it goes
        StringWriter out = new StringWriter(16 * 1024);
        try {
            theme.render(page.templates(), model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ThemeException e) {
            throw new Failed(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Serialiser {
        byte[] bytes() throws IOException;
    }

    private static byte[] serialise(Serialiser s) {
        try {
            return s.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries a checked failure out of a worker. */
    private static final class Failed extends RuntimeException {
        private final ThemeException cause;

        Failed(ThemeException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
