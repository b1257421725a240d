package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.load.Documents.AgendaDoc;
import io.impactsite.load.Documents.BackboneDoc;
import io.impactsite.load.Documents.CommunicationDoc;
import io.impactsite.load.Documents.InitiativeDoc;
import io.impactsite.load.Documents.SiteDoc;
import io.impactsite.model.Agenda;
import io.impactsite.model.Backbone;
import io.impactsite.model.DataLicense;
import io.impactsite.model.Communication;
import io.impactsite.model.Goal;
import io.impactsite.model.Contribution;
import io.impactsite.model.Initiative;
import io.impactsite.model.SharedMeasure;
import io.impactsite.model.Sector;
import io.impactsite.model.Settings;
import io.impactsite.model.Strategy;
import io.impactsite.model.Thresholds;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** initiative.yml: identity, settings, agenda, sectors, backbone, communication. */
final class InitiativeLoader {
    /** Why two goals, strategies or sectors cannot share an id. */
    private static final String ADDRESSES = "Ids are addresses on the site";
    static final String FILE = "initiative.yml";
    static final List<Sector> DEFAULT_SECTORS = Sector.DEFAULTS;

    private final YamlReader yaml;

    InitiativeLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * The initiative, and whether every goal could be read with its id: when one could not, a
     * reference to it would be reported as a reference to nothing, so references to goals are not checked.
     */
    record Loaded(Initiative initiative, boolean goalsComplete, List<String> attributes, PlaceMaps.Setting map) {}

    /** The initiative, or none after reporting why it cannot be read. */
    Optional<Loaded> load(ContentFolder folder, String baseUrl, Problems problems) {
        var path = folder.root().resolve(FILE);
        if (!java.nio.file.Files.isRegularFile(path)) {
            if (java.nio.file.Files.isRegularFile(folder.root().resolve("initiative.yaml"))) {
                problems.error("initiative.yaml", 0, "content files end in .yml. Rename it to initiative.yml.");
                return Optional.empty();
            }
            problems.error(FILE, 0, "is missing. Every site project has an initiative.yml at its root with at least "
                    + "`name`, `started` and an `agenda` (see docs/content-reference.md).");
            return Optional.empty();
        }
        return folder.read(path, FILE, problems).flatMap(text -> {
            YamlReader.Result<InitiativeDoc> read = yaml.read(text, FILE, 0, yaml.type(InitiativeDoc.class), problems);
            return read.value().map(doc -> load(doc, read.lines(), folder, baseUrl, problems));
        });
    }

    private Loaded load(InitiativeDoc doc, YamlReader.Lines lines, ContentFolder folder, String baseUrl,
                        Problems problems) {
        Fields f = new Fields(problems, FILE, lines);
        int top = Math.max(1, lines.of(doc));
        String name = f.required(doc.name(), top, "name", "Add the initiative's name: `name: Riverbend Cradle to Career`.");
        if (doc.started() == null) {
            f.missing(top, "started", "Add the year the partnership began: `started: 2014`.");
        }
        Initiative initiative = new Initiative(
                name,
                Fields.optional(doc.shortName()).isEmpty() ? name : doc.shortName().strip(),
                Fields.optional(doc.tagline()),
                doc.started() == null ? 0 : doc.started(),
                settings(doc.site(), lines, f, folder, baseUrl),
                agenda(doc.agenda(), top, lines, f),
                sectors(doc.sectors(), lines, f),
                backbone(doc.backbone(), lines, f),
                communication(doc.communication(), lines, f),
                EditionsReader.read(doc.editions(), lines, f, folder),
                measures(doc.measures(), lines, f));
        List<Documents.GoalDoc> goals = doc.agenda() == null || doc.agenda().goals() == null ? List.of()
                : doc.agenda().goals();
        goals.stream().filter(g -> g != null && Contribution.WHOLE_INITIATIVE.equals(Fields.optional(g.id()))).forEach(g ->
                f.error(lines.of(g, "id"), "`" + Contribution.WHOLE_INITIATIVE + "` is not a goal's id: a contribution's `goal: "
                        + Contribution.WHOLE_INITIATIVE + "` means the whole initiative. Give the goal another id."));
        List<String> attributes = doc.site() == null ? List.of()
                : Fields.list(doc.site().attributes()).stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Loaded(initiative, goals.stream().allMatch(g -> g != null && !Fields.optional(g.id()).isEmpty()),
                attributes, doc.site() == null ? null : PlaceMaps.setting(doc.site().map(), folder, lines, f));
    }

    /** @param override a base URL the build gives instead of the content's (a preview deployment); null for none */
    private Settings settings(SiteDoc site, YamlReader.Lines lines, Fields f, ContentFolder folder, String override) {
        if (site == null) site = new SiteDoc(null, null, null, null, null, null, null, null, null, null, null, null);
        String baseUrl = Fields.optional(site.baseUrl());
        if (override != null) baseUrl = override.strip();   // "" : none (a past edition of a site without one)
        if (!baseUrl.isEmpty()) {
            if (!baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
                f.error(lines.of(site, "baseUrl"), "`site.baseUrl` is `" + baseUrl + "`, but it must be an absolute address such as "
                        + "https://example.org/impact/.");
                baseUrl = "";
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        String logo = Fields.optional(site.logo());
        if (!logo.isEmpty()) logo = ContentLoader.checkFile(folder, logo, logo, "", f, lines.of(site, "logo"), "site.logo");
        // Without a locale, numbers and dates follow the language when one is given (es: 1.234,5), else en-US.
        String localeTag = !Fields.optional(site.locale()).isEmpty() ? site.locale().strip()
                : !Locale.forLanguageTag(Fields.optional(site.language())).getLanguage().isEmpty() ? site.language().strip()
                : "en-US";
        Locale locale = Locale.forLanguageTag(localeTag);
        if (locale.getLanguage().isEmpty()) {
            f.error(lines.of(site, "locale"), "`site.locale` is `" + localeTag + "`, but it must be a language tag such as en-US or fr-CA.");
            locale = Locale.US;
        }
        Integer perPage = site.updatesPerPage();
        if (perPage != null && perPage < 1) {
            f.error(lines.of(site, "updatesPerPage"), "`site.updatesPerPage` is " + perPage + ", but it must be 1 or more.");
            perPage = null;
        }
        String rawHtml = f.choice(site.markdown() == null ? null : site.markdown().rawHtml(),
                lines.of(site.markdown(), "rawHtml"),
                "site.markdown.rawHtml", List.of("escape", "strip", "allow"), "escape");
        return new Settings(baseUrl,
                Fields.optional(site.language()).isEmpty() ? locale.getLanguage() : site.language().strip(),
                locale, logo, Boolean.TRUE.equals(site.prettyLinks()), perPage == null ? 10 : perPage,
                Settings.RawHtml.valueOf(rawHtml.toUpperCase(Locale.ROOT)),
                ThresholdsReader.merge(Thresholds.DEFAULT, site.thresholds(), "site.thresholds", lines, f),
                dataLicense(site.dataLicense(), lines, f), BrandColours.read(site.colors(), lines, f));
    }

    /** The open data's licence: a known SPDX id alone, or a name and the address of its terms. None by default. */
    private static DataLicense dataLicense(Documents.DataLicenseDoc doc, YamlReader.Lines lines, Fields f) {
        if (doc == null) return DataLicense.NONE;
        int line = lines.of(doc);
        String id = Fields.optional(doc.id());
        Optional<DataLicense> known = id.isEmpty() ? Optional.empty() : DataLicense.known(id);
        String name = Fields.optional(doc.name());
        String url = f.url(doc.url(), lines.of(doc, "url"), "site.dataLicense.url");
        if (known.isPresent()) {
            DataLicense k = known.get();
            return new DataLicense(k.id(), name.isEmpty() ? k.name() : name, url.isEmpty() ? k.url() : url);
        }
        if (name.isEmpty()) {
            f.error(line, (id.isEmpty() ? "`site.dataLicense` names no licence." : "`site.dataLicense.id` is `" + id
                    + "`, which is not one of the identifiers known here (" + DataLicense.KNOWN.stream()
                    .map(DataLicense::id).collect(java.util.stream.Collectors.joining(", ")) + ").")
                    + " Give its `name` and the `url` of its terms, such as `name: Open Government Licence v3.0`.");
            return DataLicense.NONE;
        }
        if (url.isEmpty()) {
            f.error(line, "`site.dataLicense` has no `url`. Give the address of the licence's terms, so that "
                    + "readers can read them.");
        }
        return new DataLicense(id, name, url);
    }

    private Agenda agenda(AgendaDoc agenda, int top, YamlReader.Lines lines, Fields f) {
        if (agenda == null) {
            f.missing(top, "agenda", "Add the common agenda: `vision`, `problem` and `goals`.");
            return new Agenda(io.impactsite.model.Markdown.EMPTY, io.impactsite.model.Markdown.EMPTY,
                    new Agenda.Boundaries("", "", ""), List.of(), List.of());
        }
        int line = lines.of(agenda);
        var vision = f.required(agenda.vision(), line, "agenda.vision", "Add the shared vision in a sentence or two.");
        var problem = f.required(agenda.problem(), line, "agenda.problem", "Describe the problem the partnership works on.");
        var b = agenda.boundaries();
        var boundaries = b == null ? new Agenda.Boundaries("", "", "")
                : new Agenda.Boundaries(Fields.optional(b.place()), Fields.optional(b.population()), Fields.optional(b.timeframe()));
        List<Goal> goals = Fields.list(agenda.goals()).stream().map(g -> {
            int at = lines.of(g);
            return new Goal(f.id(g.id(), at, "id"), f.required(g.title(), at, "title", "Give the goal a title."),
                    Fields.optional(g.summary()), Fields.optional(g.description()));
        }).toList();
        if (agenda.goals() == null) {
            f.missing(line, "agenda.goals", "List at least one goal with an `id` and a `title`.");
        } else if (goals.isEmpty()) {
            f.error(lines.of(agenda, "goals"), "`agenda.goals` is empty. List at least one goal with an `id` and a `title`.");
        }
        duplicates(goals.stream().map(Goal::id).toList(), Fields.list(agenda.goals()), lines, f, "goal", ADDRESSES);
        List<String> goalIds = goals.stream().map(Goal::id).toList();
        List<Strategy> strategies = Fields.list(agenda.strategies()).stream().map(s -> {
            int at = lines.of(s);
            var serves = Fields.list(s.goals());
            serves.forEach(g -> f.reference(g.id(), g.line(), "goal", goalIds));
            return new Strategy(f.id(s.id(), at, "id"), f.required(s.title(), at, "title", "Give the strategy a title."),
                    Fields.optional(s.description()), Fields.ids(serves));
        }).toList();
        duplicates(strategies.stream().map(Strategy::id).toList(), Fields.list(agenda.strategies()), lines, f, "strategy", ADDRESSES);
        return new Agenda(vision, problem, boundaries, goals, strategies);
    }

    /** @param why why ids must differ, as the message says it */
    private static void duplicates(List<String> ids, List<?> docs, YamlReader.Lines lines, Fields f, String what, String why) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int line = lines.of(docs.get(i), "id");
            Integer earlier = first.putIfAbsent(ids.get(i), line);
            if (earlier != null && !ids.get(i).isEmpty()) {
                f.error(line, "a second " + what + " has the id `" + ids.get(i) + "` (the first is on line " + earlier
                        + "). " + why + ": give each its own.");
            }
        }
    }

    private List<Sector> sectors(List<Documents.SectorDoc> docs, YamlReader.Lines lines, Fields f) {
        if (docs == null) return DEFAULT_SECTORS;
        List<Sector> sectors = docs.stream().filter(d -> d != null).map(d -> new Sector(
                f.id(d.id(), lines.of(d), "id"),
                f.required(d.name(), lines.of(d), "name", "Give the sector a display name."))).toList();
        duplicates(sectors.stream().map(Sector::id).toList(), Fields.list(docs), lines, f, "sector", ADDRESSES);
        return sectors;
    }

    /** The measures partners declare they count alike, which alone are summed across contributions. */
    private static List<SharedMeasure> measures(List<Documents.SharedMeasureDoc> docs, YamlReader.Lines lines, Fields f) {
        List<Documents.SharedMeasureDoc> written = Fields.list(docs);
        List<SharedMeasure> measures = written.stream().map(d -> new SharedMeasure(
                f.id(d.id(), lines.of(d), "measures.id"),
                f.required(d.label(), lines.of(d), "measures.label", "Say what is counted: `label: Children screened`."),
                f.required(d.unit(), lines.of(d), "measures.unit", "Say what the value is in: `unit: children`."),
                Fields.optional(d.definition()))).toList();
        duplicates(measures.stream().map(SharedMeasure::id).toList(), written, lines, f, "measure",
                "Contributions name a measure by its id");
        return measures;
    }

    private Backbone backbone(BackboneDoc doc, YamlReader.Lines lines, Fields f) {
        if (doc == null) return Backbone.NONE;
        int line = lines.of(doc);
        return new Backbone(
                f.required(doc.name(), line, "backbone.name", "Name the backbone organisation."),
                f.url(doc.url(), lines.of(doc, "url"), "backbone.url"),
                Fields.optional(doc.description()),
                Fields.list(doc.functions()).stream().map(fn -> new Backbone.Function(
                        f.required(fn.title(), lines.of(fn), "title", "Say what the backbone does."),
                        Fields.optional(fn.description()))).toList(),
                Fields.list(doc.staff()).stream().map(s -> new Backbone.Staff(
                        f.required(s.name(), lines.of(s), "name", "Give the staff member's name."),
                        f.required(s.role(), lines.of(s), "role", "Give the staff member's role."),
                        Fields.optional(s.email()))).toList());
    }

    private Communication communication(CommunicationDoc doc, YamlReader.Lines lines, Fields f) {
        if (doc == null) return Communication.NONE;
        return new Communication(Fields.optional(doc.email()), Fields.optional(doc.meetings()),
                Fields.list(doc.links()).stream().map(l -> new Communication.Link(
                        f.required(l.label(), lines.of(l), "label", "Give the link a label."),
                        f.url(l.url(), lines.of(l, "url"), "url"))).toList());
    }
}
