package io.impactsite.load;

import io.impactsite.load.Documents.IndicatorDoc;
import io.impactsite.load.Documents.TargetDoc;
import io.impactsite.model.Indicator;
import io.impactsite.model.Indicator.Direction;
import io.impactsite.model.Indicator.Measure;
import io.impactsite.model.Period;
import io.impactsite.model.Periods;
import io.impactsite.model.Series;
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

    /** The indicator, or null when its file could not be read at all. */
    Indicator load(ContentFolder folder, Path path, List<String> goals, Problems problems) {
        String file = folder.relative(path);
        String id = ContentLoader.idOf(path, file, problems);
        YamlReader.Result<IndicatorDoc> read = yaml.read(folder.read(path), file, 0, yaml.type(IndicatorDoc.class), problems);
        IndicatorDoc doc = read.value();
        if (doc == null) return null;
        Fields f = new Fields(problems, file);
        YamlReader.Lines lines = read.lines();
        int top = lines.of(doc) == 0 ? 1 : lines.of(doc);
        String title = f.required(doc.title(), top, "title", "Give the indicator a title: `title: Kindergarten readiness`.");
        String goal = f.required(doc.goal(), top, "goal", "Name the goal it measures: `goal: <a goal id from initiative.yml>`.");
        f.reference(goal, top, "goal", goals);
        var description = f.required(doc.description(), top, "description", "Define what the indicator measures.");
        String unit = f.required(doc.unit(), top, "unit", "Say what its values are in: `unit: \"%\"` or `unit: Rate per 1,000`.");
        String measure = f.choice(doc.measure(), top, "measure", List.of("percent", "number", "currency"), "number");
        String direction = f.required(doc.direction(), top, "direction",
                "Say which way is better: `direction: increase` or `direction: decrease`.");
        if (!direction.isEmpty()) direction = f.choice(direction, top, "direction", List.of("increase", "decrease"), "increase");
        int decimals = doc.decimals() == null ? 1 : doc.decimals();
        if (decimals < 0 || decimals > 6) {
            f.error(top, "`decimals` is " + decimals + ", but it must be between 0 and 6.");
            decimals = 1;
        }
        Indicator.Source source = new Indicator.Source("", "");
        if (doc.source() != null) {
            int at = lines.of(doc.source());
            source = new Indicator.Source(f.required(doc.source().name(), at, "source.name", "Name where the data come from."),
                    f.url(doc.source().url(), at, "source.url"));
        }
        String data = Fields.optional(doc.data()).isEmpty() ? id + ".csv" : doc.data().strip();
        String dataFile = ContentLoader.checkFile(folder, "indicators/" + data, f, top, "data");
        ObservationReader.Data observed = dataFile.isEmpty() ? ObservationReader.Data.NONE
                : observations.read(folder.root().resolve(dataFile), dataFile, unit, problems);
        List<Series> series = observed.series();
        String baseline = "";
        if (doc.baseline() == null) {
            f.error(top, "`baseline` is missing. Name the baseline period: `baseline: {period: \"2016\"}`.");
        } else {
            baseline = f.required(doc.baseline().period(), lines.of(doc.baseline()), "baseline.period",
                    "Name the baseline period: `period: \"2016\"`.");
            checkPeriod(baseline, series, "", lines.of(doc.baseline()), "baseline.period", f);
        }
        List<Indicator.Target> targets = targets(doc, series, lines, f, top);
        Indicator.HeadlineChoice headline = headline(doc, series, lines, f);
        return new Indicator(id, title, goal, description, unit,
                Measure.valueOf(measure.toUpperCase(Locale.ROOT)),
                Direction.valueOf((direction.isEmpty() ? "increase" : direction).toUpperCase(Locale.ROOT)),
                decimals, source, Fields.optional(doc.method()), Fields.optional(doc.notes()), dataFile, observed.columns(), baseline,
                targets, headline, series);
    }

    private List<Indicator.Target> targets(IndicatorDoc doc, List<Series> series, YamlReader.Lines lines, Fields f,
                                           int top) {
        if (doc.target() != null && doc.targets() != null) {
            f.error(top, "both `target` and `targets` are given. Use `target` for one target, or list them all "
                    + "under `targets`.");
        }
        List<TargetDoc> docs = new ArrayList<>(Fields.list(doc.targets()));
        if (doc.target() != null) docs.add(0, doc.target());
        List<Indicator.Target> targets = new ArrayList<>();
        for (TargetDoc t : docs) {
            int at = lines.of(t);
            String name = Fields.optional(t.series());
            if (!name.isEmpty() && !series.isEmpty() && series.stream().noneMatch(s -> s.name().equals(name))) {
                f.error(at, "the target names series `" + name + "`, which the data do not have. The data's series: "
                        + String.join(", ", series.stream().map(Series::name).toList()) + "."
                        + Suggestions.didYouMean(name, series.stream().map(Series::name).toList()));
            }
            String period = f.required(t.period(), at, "period", "Give the target's period: `period: \"2030\"`.");
            if (t.value() == null) f.error(at, "`value` is missing. Give the value to reach by the target period.");
            checkPeriod(period, series, name, at, "target period", f);
            if (!period.isEmpty() && t.value() != null) targets.add(new Indicator.Target(name, period, t.value()));
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
                f.error(at, "`headline.series` is `" + name + "`, which the data do not have. The data's series: "
                        + String.join(", ", names) + "." + Suggestions.didYouMean(name, names));
            }
            if (dimension.isEmpty() != group.isEmpty()) {
                f.error(at, "`headline` names a " + (dimension.isEmpty() ? "group but no dimension" : "dimension but no group")
                        + ". Give both: `dimension: race` and `group: All students`.");
            } else if (!dimension.isEmpty()) {
                boolean found = series.stream().flatMap(s -> s.groups().stream())
                        .anyMatch(g -> g.dimension().equals(dimension) && g.name().equals(group));
                if (!found) {
                    f.error(at, "`headline` names the group " + dimension + " = " + group + ", which the data do not have."
                            + Suggestions.didYouMean(group, series.stream().flatMap(s -> s.groups().stream())
                            .filter(g -> g.dimension().equals(dimension)).map(Series.Group::name).toList()));
                }
            }
        }
        return new Indicator.HeadlineChoice(name, dimension, group);
    }

    /** A period named in the YAML must be readable as the kind of period the data use. */
    private static void checkPeriod(String label, List<Series> series, String seriesName, int line, String field, Fields f) {
        if (label.isEmpty()) return;
        Optional<Series> s = series.stream().filter(x -> seriesName.isEmpty() || x.name().equals(seriesName)).findFirst();
        Optional<Period> sample = s.flatMap(x -> x.observations().stream().findFirst()).map(o -> o.period());
        if (sample.isEmpty()) {
            if (Periods.kindsOf(label).isEmpty()) f.error(line, "`" + field + "` is `" + label + "`, which is not a period. Write "
                    + Periods.formats() + ".");
            return;
        }
        Period.Kind kind = sample.get().kind();
        if (Periods.parse(label, kind).isEmpty()) {
            f.error(line, "`" + field + "` is `" + label + "`, but the data are in " + kind.description() + "s (such as `"
                    + sample.get().label() + "`). Write the period the same way.");
        }
    }
}
