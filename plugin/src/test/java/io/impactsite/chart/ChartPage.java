package io.impactsite.chart;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A page of every kind of chart, rendered with the theme's chart-svg.ftlh macros the way a view will
 * call them, into a folder with the theme's CSS and script and ECharts: what the chart tests look at.
 */
final class ChartPage {
    /** What the figure macro reads of a chart, as the render stage's View.Chart will hold it (plus a heading). */
    public record Figure(String id, String heading, String summary, TemplateHTMLOutputModel json, String unit,
                         int decimals, String locale, String label, StaticChart svg) {}

    private ChartPage() {}

    static List<Figure> figures() {
        var line = LineData.of(ChartFixtures.absenteeism(), ChartFixtures.LABELS, Scale.Bounds.PERCENT);
        String lineSummary = "Chronic absenteeism fell from 21.4% in 2015-16 to 18.9% in 2023-24; the target is 10.0% by 2029-30.";
        var monthly = LineData.of(ChartFixtures.monthly(), new IndicatorChart.Labels("All", "Baseline 2019-01",
                "Target 2026-12: 600", "Current trend"), Scale.Bounds.NONE);
        EquityData equity = BarChartsTest.equity();
        return List.of(
                new Figure("chart-line", "Chronic absenteeism", lineSummary, json(IndicatorChart.option(line)), "%", 1, "en",
                        "Line chart of chronic absenteeism (%) by school year",
                        IndicatorChart.svg(line, ChartFixtures.PERCENT, "Line chart of chronic absenteeism (%) by school year",
                                lineSummary + " Baseline 2015-16: 21.4%. Latest 2023-24: 18.9%. Target 2029-30: 10.0%.")),
                new Figure("chart-equity", "By group", "Low income students were absent most (26.8%).",
                        json(EquityChart.option(equity)), "%", 1, "en", "Bar chart of the latest value for each group",
                        EquityChart.svg(equity, ChartFixtures.PERCENT, "Bar chart of the latest value for each group",
                                "Low income students were absent most (26.8%). All: 18.9%. Target 2029-30: 10.0%.")),
                new Figure("chart-monthly", "Home visits", "Visits rose from 406 in 2019-01 to 472 in 2024-12.",
                        json(IndicatorChart.option(monthly)), "Visits per month", 0, "en", "Line chart of home visits by month",
                        IndicatorChart.svg(monthly, new NumberStyle(Locale.US, false), "Line chart of home visits by month",
                                "Visits rose from 406 in 2019-01 to 472 in 2024-12. Target 2026-12: 600.")),
                new Figure("chart-flows", "Contribution flows", "24 contributions flow from 4 sectors to 3 goals.",
                        json(FlowChart.option(BarChartsTest.SECTORS, BarChartsTest.GOALS, BarChartsTest.flows())), "", 0, "en",
                        "Contributions by sector and goal",
                        FlowChart.svg(BarChartsTest.SECTORS, BarChartsTest.GOALS, BarChartsTest.flows(),
                                new NumberStyle(Locale.US, false), "Contributions by sector and goal",
                                "24 contributions flow from 4 sectors to 3 goals; the largest is from Education to Reading by third grade (9).")));
    }

    private static TemplateHTMLOutputModel json(org.icepear.echarts.Option option) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(ChartJson.toJson(option));
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    static Configuration freemarker() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            new ClassTemplateLoader(ChartPage.class.getClassLoader(), "chart/"),
            new ClassTemplateLoader(ChartPage.class.getClassLoader(), "impactsite/theme/")}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }

    static Map<String, String> strings() {
        Properties p = new Properties();
        try (InputStream in = ChartPage.class.getClassLoader().getResourceAsStream("impactsite/theme/strings.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /**
     * Writes index.html (charts turn interactive only on interaction), idle.html (also when idle) and
     * common.html (the charts without a Sankey, on ECharts' smaller common build), with their files.
     */
    static Path write(Path dir) throws IOException, TemplateException {
        Files.createDirectories(dir.resolve("theme"));
        Configuration cfg = freemarker();
        for (String page : List.of("index", "idle", "common")) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("msg", strings());
            model.put("charts", page.equals("common")
                    ? figures().stream().filter(f -> !f.svg().kind().equals("flows")).toList() : figures());
            model.put("enhance", page.equals("index") ? "interaction" : "idle");
            model.put("echarts", page.equals("common") ? "echarts.common.min.js" : "echarts.min.js");
            try (Writer out = Files.newBufferedWriter(dir.resolve(page + ".html"))) {
                cfg.getTemplate("chart-page.ftlh").process(model, out);
            }
        }
        copy("impactsite/theme/static/site.css", dir.resolve("theme/site.css"));
        copy("impactsite/theme/static/site.js", dir.resolve("theme/site.js"));
        copy("chart/page.css", dir.resolve("page.css"));
        Properties theme = new Properties();
        try (InputStream in = ChartPage.class.getClassLoader().getResourceAsStream("impactsite/theme/theme.properties")) {
            theme.load(in);
        }
        copy(theme.getProperty("echarts.resource"), dir.resolve("theme/echarts.min.js"));
        copy(theme.getProperty("echarts.common.resource"), dir.resolve("theme/echarts.common.min.js"));
        return dir;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ChartPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException("not on the test classpath: " + resource);
            Files.write(to, in.readAllBytes());
        }
    }
}
