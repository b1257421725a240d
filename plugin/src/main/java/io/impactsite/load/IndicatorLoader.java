package io.impactsite.load;

import io.impactsite.problem.Suggestions;
import io.impactsite.problem.Problems;
import io.impactsite.load.Documents.IndicatorDoc;
import io.impactsite.load.Documents.TargetDoc;
import io.impactsite.model.Indicator;
import io.impactsite.model.Indicator.Direction;
import io.impactsite.model.Indicator.Measure;
import io.impactsite.model.Markdown;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
import io.impactsite.model.Story;
import io.impactsite.model.Thresholds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** indicators/<id>.yml and the observations file it names. */
final class IndicatorLoader {
    private final YamlReader yaml;
    private final ObservationReader observations = new ObservationReader();

    IndicatorLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * What every indicator is read with.
     *
     * @param goals      the goal ids; none when initiative.yml could not be read (references are then not checked)
     * @param thresholds the site's thresholds, which the indicator's own override field by field
     * @param attributes the CSV columns the site lists as notes on a value
     * @param partners   the partner ids, which a story's roles may name
     * @param map        initiative.yml's {@code site.map}; null for none
     */
    record SiteWide(Optional<List<String>> goals, Thresholds thresholds, List<String> attributes, List<String> partners,
                    PlaceMaps.Setting map) {}

    /** The indicator; none when its file could not be read at all. */
    Optional<Indicator> load(ContentFolder folder, Path path, SiteWide site, Problems problems) {
        return YamlFile.read(yaml, folder, path, IndicatorDoc.class, problems).map(read -> load(folder, read, site, problems));
    }

    private Indicator load(ContentFolder folder, YamlFile<IndicatorDoc> read, SiteWide site, Problems problems) {
        String id = read.id();
        IndicatorDoc doc = read.doc();
        YamlReader.Lines lines = read.lines();
        Fields f = read.fields();
        int top = read.top();
        String title = f.required(doc.title(), top, "title", "Give the indicator a title: `title: Kindergarten readiness`.");
        String goal = f.required(doc.goal(), top, "goal", "Name the goal it measures: `goal: <a goal id from initiative.yml>`.");
        site.goals().ifPresent(goals -> f.reference(goal, lines.of(doc, "goal"), "goal", goals));
        var description = Fields.optional(doc.description());
        String unit = f.required(doc.unit(), top, "unit", "Say what its values are in: `unit: \"%\"` or `unit: Rate per 1,000`.");
        String measure = f.choice(doc.measure(), lines.of(doc, "measure"), "measure",
                List.of("percent", "number", "currency"), "number");
        String direction = f.required(doc.direction(), top, "direction",
                "Say which way is better: `direction: increase` or `direction: decrease`.");
        if (!direction.isEmpty()) {
            direction = f.choice(direction, lines.of(doc, "direction"), "direction", List.of("increase", "decrease"), "increase");
        }
        int decimals = doc.decimals() == null ? 1 : doc.decimals();
        if (decimals < 0 || decimals > 6) {
            f.error(lines.of(doc, "decimals"), "`decimals` is " + decimals + ", but it must be between 0 and 6.");
            decimals = 1;
        }
        Indicator.Source source = new Indicator.Source("", "");
        if (doc.source() != null) {
            int at = lines.of(doc.source());
            source = new Indicator.Source(f.required(doc.source().name(), at, "source.name", "Name where the data come from."),
                    f.url(doc.source().url(), lines.of(doc.source(), "url"), "source.url"));
        }
        Indicator.Reporting reporting = f.choice(doc.reporting(), lines.of(doc, "reporting"), "reporting",
                List.of("reported", "in-progress", "planned")).map(r -> Indicator.Reporting.valueOf(
                        r.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(Indicator.Reporting.REPORTED);
        // a planned indicator may have no data yet
        String dataFile = reporting == Indicator.Reporting.PLANNED && Fields.optional(doc.data()).isEmpty()
                && !java.nio.file.Files.isRegularFile(folder.root().resolve("indicators/" + id + ".csv"))
                ? "" : dataFile(folder, doc, id, lines, f, top);
        Optional<Period.Kind> periods = f.choice(doc.periods(), lines.of(doc, "periods"), "periods",
                List.copyOf(SeriesPeriods.DECLARABLE.keySet())).map(SeriesPeriods.DECLARABLE::get);
        ObservationReader.Reading reading = new ObservationReader.Reading(read.file(), unit, periods,
                periods.isEmpty() && !Fields.optional(doc.periods()).isEmpty(), site.attributes());
        Optional<ObservationReader.Data> observed = dataFile.isEmpty() ? Optional.empty()
                : folder.read(folder.root().resolve(dataFile), dataFile, problems)
                .flatMap(csv -> observations.read(csv, dataFile, reading, problems));
        List<Series> series = observed.map(ObservationReader.Data::series).orElse(List.of());
        List<String> columns = observed.map(ObservationReader.Data::columns).orElse(List.of());
        String baseline = "";
        if (doc.baseline() != null) {
            baseline = f.required(doc.baseline().period(), lines.of(doc.baseline()), "baseline.period",
                    "Name the baseline period: `period: \"2016\"`.");
            checkPeriod(baseline, series, "", lines.of(doc.baseline(), "period"), "baseline.period", f);
        }
        List<Indicator.Target> targets = targets(doc, series, lines, f, top);
        Indicator.HeadlineChoice headline = headline(doc, series, lines, f);
        if (headline.dimension().isEmpty() && headline.cross().isEmpty()) {
            HeadlineColumns.warn(series, columns, dataFile, problems);
        }
        return new Indicator(id, title, goal, description, unit,
                Measure.valueOf(measure.toUpperCase(Locale.ROOT)),
                Direction.valueOf((direction.isEmpty() ? "increase" : direction).toUpperCase(Locale.ROOT)),
                decimals, source, Fields.optional(doc.method()), Fields.optional(doc.notes()), dataFile, columns, baseline,
                targets, headline, series, ThresholdsReader.merge(site.thresholds(), doc.thresholds(), "thresholds", lines, f),
                story(doc.story(), site.partners(), lines, f), reporting,
                PlaceMaps.declared(doc.map(), site.map(), series, folder, lines, f),
                DictionaryReader.read(doc.dictionary(), series, lines, f));
    }

    /** The story behind the curve; a role names a partner of the site or another organisation, not both. */
    private static Story story(Documents.StoryDoc doc, List<String> partners, YamlReader.Lines lines, Fields f) {
        if (doc == null) return Story.NONE;
        List<Story.Role> roles = new ArrayList<>();
        for (Documents.RoleDoc r : Fields.list(doc.partners())) {
            int at = lines.of(r);
            String partner = r.partner() == null ? "" : r.partner().id();
            String name = Fields.optional(r.name());
            if (!partner.isEmpty() && !name.isEmpty()) {
                f.error(lines.of(r, "name"), "a role names both a partner (`" + partner + "`) and `name`. Keep `partner` "
                        + "for a partner of the site, or `name` for another organisation.");
            } else if (partner.isEmpty() && name.isEmpty()) {
                f.missing(at, "story.partners.partner", "Name a partner of the site (`partner: riverbend-public-library`), "
                        + "or another organisation (`name: State Department of Education`).");
            }
            if (!partner.isEmpty()) f.reference(partner, r.partner().line(), "partner", partners);
            Markdown role = f.required(r.role(), at, "story.partners.role", "Say what it can do: `role: Runs the summer "
                    + "reading programme`.");
            roles.add(new Story.Role(partner, partner.isEmpty() ? name : "", role));
        }
        return new Story(Fields.optional(doc.helping()), Fields.optional(doc.hurting()), List.copyOf(roles),
                Fields.optional(doc.whatWorks()), Fields.optional(doc.nextSteps()));
    }

    /** The observations' file; "" after reporting that it is missing or not one the site may read. */
    private static String dataFile(ContentFolder folder, IndicatorDoc doc, String id, YamlReader.Lines lines, Fields f,
                                   int top) {
        if (Fields.optional(doc.data()).isEmpty()) {
            String dataFile = "indicators/" + id + ".csv";
            // ContentFolder.read refuses a data file that is a link to outside the folder
            if (java.nio.file.Files.isRegularFile(folder.root().resolve(dataFile))) return dataFile;
            f.error(top, "there is no " + dataFile + " with this indicator's observations. Add it (its first line: "
                    + "`period,value`), or name the file that holds them with `data:`.");
            return "";
        }
        String data = doc.data().strip();
        return ContentLoader.checkFile(folder, data, "indicators/" + data, "indicators/", f, lines.of(doc, "data"), "data");
    }

    private List<Indicator.Target> targets(IndicatorDoc doc, List<Series> series, YamlReader.Lines lines, Fields f,
                                           int top) {
        if (doc.target() != null && doc.targets() != null) {
            f.error(lines.of(doc, "targets"), "both `target` and `targets` are given. Use `target` for one target, "
                    + "or list them all under `targets`.");
        }
        List<TargetDoc> docs = new ArrayList<>(Fields.list(doc.targets()));
        if (doc.target() != null) docs.add(0, doc.target());
        List<Indicator.Target> targets = new ArrayList<>();
        for (TargetDoc t : docs) {
            int at = lines.of(t);
            String name = Fields.optional(t.series());
            if (!name.isEmpty() && !series.isEmpty() && series.stream().noneMatch(s -> s.name().equals(name))) {
                f.error(lines.of(t, "series"), "the target names series `" + name + "`, " + unknownSeries(name, series));
            }
            String period = f.required(t.period(), at, "period", "Give the target's period: `period: \"2030\"`.");
            if (t.value() == null) f.missing(at, "value", "Give the value to reach by the target period.");
            checkPeriod(period, series, name, lines.of(t, "period"), "target period", f);
            String dimension = Fields.optional(t.dimension());
            String group = Fields.optional(t.group());
            String gap = Fields.optional(t.gap());
            if (!gap.isEmpty()) {
                if (!dimension.isEmpty() || !group.isEmpty()) {
                    f.error(lines.of(t, "gap"), "the target is for the gap by `" + gap + "` and also names a "
                            + (group.isEmpty() ? "dimension" : "group") + ". A target is for a group (`dimension` and "
                            + "`group`) or for the gap of a dimension (`gap: race`): write two targets.");
                    continue;
                }
                if (!GroupNames.dimension("gap", gap, series, lines.of(t, "gap"), f)) continue;
                dimension = gap;
            } else if (dimension.isEmpty() != group.isEmpty()) {
                f.error(at, "the target names a " + (dimension.isEmpty() ? "group but no dimension" : "dimension but no group")
                        + ". Give both, as the data's columns write them: `dimension: race` and `group: Black`; or, for a "
                        + "target for the gap between the groups of a dimension, `gap: race`.");
                continue;
            } else if (!dimension.isEmpty() && !(GroupNames.dimension("dimension", dimension, series, lines.of(t, "dimension"), f)
                    && GroupNames.group("group", dimension, group, series, lines.of(t, "group"), f))) {
                continue;
            }
            if (!period.isEmpty() && t.value() != null) targets.add(new Indicator.Target(name, period, t.value(), dimension, group));
        }
        return List.copyOf(targets);
    }

    private Indicator.HeadlineChoice headline(IndicatorDoc doc, List<Series> series, YamlReader.Lines lines, Fields f) {
        if (doc.headline() == null) return Indicator.HeadlineChoice.DEFAULT;
        int at = lines.of(doc.headline());
        String name = Fields.optional(doc.headline().series());
        String dimension = Fields.optional(doc.headline().dimension());
        String group = Fields.optional(doc.headline().group());
        if (!series.isEmpty()) {
            List<String> names = series.stream().map(Series::name).toList();
            if (!name.isEmpty() && !names.contains(name)) {
                f.error(lines.of(doc.headline(), "series"), "`headline.series` is `" + name + "`, "
                        + unknownSeries(name, series));
            }
            if (dimension.isEmpty() != group.isEmpty()) {
                f.error(at, "`headline` names a " + (dimension.isEmpty() ? "group but no dimension" : "dimension but no group")
                        + ". Give both: `dimension: race` and `group: All students`.");
            } else if (!dimension.isEmpty()
                    && GroupNames.dimension("headline.dimension", dimension, series, lines.of(doc.headline(), "dimension"), f)) {
                GroupNames.group("headline.group", dimension, group, series, lines.of(doc.headline(), "group"), f);
            }
        }
        java.util.Map<String, String> cross = cross(doc, series, lines, f);
        if (!cross.isEmpty() && !dimension.isEmpty()) {
            f.error(at, "`headline` names both a `dimension` and `groups`. Name one group with `dimension` and `group`, "
                    + "or a cross of several with `groups`.");
        }
        return new Indicator.HeadlineChoice(name, dimension, group, cross);
    }

    /** `headline.groups`: a cross of dimensions the data have, with rows for exactly that cross. */
    private static java.util.Map<String, String> cross(IndicatorDoc doc, List<Series> series, YamlReader.Lines lines,
                                                      Fields f) {
        java.util.Map<String, String> written = doc.headline().groups();
        if (written == null || written.isEmpty()) return java.util.Map.of();
        java.util.Map<String, String> cross = new java.util.LinkedHashMap<>();
        written.forEach((d, g) -> cross.put(d.strip(), g == null ? "" : g.strip()));
        int line = lines.of(doc.headline(), "groups");
        if (series.isEmpty()) return java.util.Collections.unmodifiableMap(cross);
        List<String> dimensions = series.stream().flatMap(s -> s.observations().stream())
                .flatMap(o -> o.dimensions().keySet().stream()).distinct().toList();
        for (String d : cross.keySet()) {
            if (!dimensions.contains(d)) {
                f.error(line, "`headline.groups` names the dimension `" + d + "`, but the data have no such column."
                        + Suggestions.nearest(d, dimensions).map(n -> " Did you mean `" + n + "`?")
                        .orElse(" Their group columns: " + String.join(", ", dimensions) + "."));
                return java.util.Collections.unmodifiableMap(cross);
            }
        }
        for (var e : cross.entrySet()) {
            List<String> groups = series.stream().flatMap(s -> s.observations().stream())
                    .map(o -> o.dimensions().get(e.getKey())).filter(java.util.Objects::nonNull).distinct().sorted().toList();
            if (!groups.contains(e.getValue())) {
                f.error(line, "`headline.groups` names `" + e.getKey() + ": " + e.getValue() + "`, but the `" + e.getKey()
                        + "` column has no such group." + Suggestions.nearest(e.getValue(), groups)
                        .map(n -> " Did you mean `" + n + "`?").orElse(" Its groups: " + String.join(", ", groups) + "."));
                return java.util.Collections.unmodifiableMap(cross);
            }
        }
        boolean found = series.stream().flatMap(s -> s.observations().stream()).anyMatch(o -> o.dimensions().equals(cross));
        if (!found) {
            f.error(line, "`headline.groups` names a cross of groups that no row of the data has exactly (with no other "
                    + "group set). Name the groups of every group column the rows fill.");
        }
        return java.util.Collections.unmodifiableMap(cross);
    }

    /** The rest of a message about a series name the data do not have. */
    private static String unknownSeries(String name, List<Series> series) {
        List<String> names = series.stream().map(Series::name).toList();
        if (names.size() == 1 && names.get(0).isEmpty()) {
            return "but the data have a single series without a name. Remove `series`.";
        }
        return "which the data do not have." + Suggestions.nearest(name, names).map(n -> " Did you mean `" + n + "`?")
                .orElse(" The data's series: " + String.join(", ", names) + ".");
    }

    /** A period named in the YAML must be readable as the kind of period the data use. */
    static void checkPeriod(String label, List<Series> series, String seriesName, int line, String field, Fields f) {
        if (label.isEmpty()) return;
        List<Period> samples = series.stream().filter(x -> seriesName.isEmpty() || x.name().equals(seriesName))
                .flatMap(x -> x.observations().stream().findFirst().stream()).map(o -> o.period()).toList();
        if (samples.isEmpty()) {
            if (Periods.kindsOf(label).isEmpty()) f.error(line, "`" + field + "` is `" + label + "`, which is not a period. Write "
                    + Periods.formats() + ".");
            return;
        }
        // A file may hold series of several period kinds (yearly and quarterly units): the period must
        // serve at least one; a series it cannot serve says so in its status.
        if (samples.stream().noneMatch(sample -> Periods.parse(label, sample.kind()).isPresent())) {
            Period sample = samples.get(0);
            f.error(line, "`" + field + "` is `" + label + "`, but the data are in " + sample.kind().description()
                    + "s (such as `" + sample.label() + "`). Write the period the same way.");
        }
    }
}
