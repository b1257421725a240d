package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.model.Asset;
import io.impactsite.model.Contribution;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Narrative;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
import io.impactsite.model.SharedMeasure;
import io.impactsite.model.Site;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Thresholds;
import io.impactsite.model.Update;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a content folder into the model, checking everything a person could get wrong and
 * collecting every problem. Files are read in parallel; the result does not depend on the order.
 * One loader can serve any number of builds, at once or one after another.
 */
public final class ContentLoader {
    private final YamlReader yaml = new YamlReader();
    private final InitiativeLoader initiatives = new InitiativeLoader(yaml);
    private final IndicatorLoader indicators = new IndicatorLoader(yaml);
    private final PartnerLoader partners = new PartnerLoader(yaml);
    private final ChangeLoader changes = new ChangeLoader(yaml);
    private final NarrativeLoader narratives = new NarrativeLoader(yaml);
    private final FileCache cache;

    /** A loader that reads every file each time. */
    public ContentLoader() {
        this(false);
    }

    /**
     * @param remember keep what each file gave, and read again only the files that changed since
     *                 (a preview, which loads the same folder after every edit)
     */
    public ContentLoader(boolean remember) {
        this.cache = new FileCache(remember);
    }

    /**
     * The site: everything that could be read, so that later stages can report their problems in
     * the same run (a page at a taken address, say); empty only when initiative.yml could not be
     * read. Whether it is complete, {@code problems} says: a site read with errors is never built.
     */
    public Optional<Site> load(Path contentDirectory, Problems problems) {
        return load(contentDirectory, new Loading(null, false, java.time.LocalDate.now(java.time.ZoneOffset.UTC)), problems);
    }

    /**
     * Says which files changed since the last load, as a preview's watcher saw them (relative to the
     * content folder, with "/"): the next load reads those again and trusts every other file, and
     * every folder's listing, to be as it was, without looking. Without this, a load that remembers
     * looks at every file's time and size.
     */
    public void onlyChanged(Path contentDirectory, Set<String> files) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        cache.onlyChanged(files.stream().map(f -> root.resolve(f).normalize()).collect(Collectors.toSet()));
    }

    /** The same, read as {@code loading} says: another base URL, drafts shown or left out. */
    public Optional<Site> load(Path contentDirectory, Loading loading, Problems problems) {
        try {
            return read(new ContentFolder(contentDirectory, cache), loading, problems);
        } finally {
            cache.onlyChanged(null);   // for one load only: the next is told again, or looks
        }
    }

    private Optional<Site> read(ContentFolder folder, Loading loading, Problems problems) {
        Optional<InitiativeLoader.Loaded> loaded = initiatives.load(folder, loading.baseUrl(), problems);
        // Without every goal there is nothing sure to check references against: say nothing rather than guess.
        Optional<List<String>> goals = loaded.filter(InitiativeLoader.Loaded::goalsComplete)
                .map(l -> l.initiative().agenda().goals().stream().map(Goal::id).toList());
        IndicatorLoader.SiteWide siteWide = cache.context(new IndicatorLoader.SiteWide(goals,
                loaded.map(l -> l.initiative().settings().thresholds()).orElse(Thresholds.DEFAULT),
                loaded.map(InitiativeLoader.Loaded::attributes).orElse(List.of()), ids(folder, "partners"),
                loaded.map(InitiativeLoader.Loaded::map).orElse(null)));

        List<Indicator> read = folder.list("indicators", ".yml").parallelStream()
                .flatMap(p -> cache.get(p, siteWide, problems, own -> indicators.load(folder, p, siteWide, own),
                        i -> i.map(x -> List.of(folder.root().resolve(x.dataFile()))).orElse(List.of())).stream())
                .sorted(Comparator.comparing(Indicator::id)).toList();
        // Maps: each GeoJSON read once per load (never cached, so its problems stand while they last).
        var shapes = PlaceMaps.read(folder, read, problems);
        List<Indicator> indicatorList = read.stream().map(i -> PlaceMaps.attach(i, shapes, problems)).toList();
        List<PartnerLoader.Loaded> partnerList = folder.list("partners", ".yml").parallelStream()
                .flatMap(p -> cache.get(p, null, problems, own -> partners.partner(folder, p, own), x -> List.<Path>of())
                        .stream()).toList();
        List<PartnerLoader.LoadedNetwork> networkList = folder.list("networks", ".yml").stream()
                .flatMap(p -> cache.get(p, null, problems, own -> partners.network(folder, p, own), x -> List.<Path>of())
                        .stream()).toList();
        List<ChangeLoader.Loaded> changeList = cache.get(folder.root().resolve(ChangeLoader.FILE), null, problems,
                own -> changes.load(folder, own), x -> List.<Path>of());
        List<Update> updates = updates(folder, cache.context(new NarrativeLoader.Known(goals, ids(folder, "indicators"), loading.today())),
                problems).stream().filter(u -> loading.drafts() || !u.draft()).toList();
        List<Narrative> pages = pages(folder, problems);
        List<Asset> assets = assets(folder, problems);
        unused(folder, indicatorList, problems);
        ignoredFiles(folder, problems);

        new References(goals, loaded.map(l -> l.initiative().sectors().stream().map(Sector::id).toList()),
                loaded.map(l -> l.initiative().measures().stream().map(SharedMeasure::id).toList()),
                ids(folder, "indicators"), partnerList, ids(folder, "partners"), networkList, ids(folder, "networks"),
                problems).check(changeList);
        if (loaded.isEmpty()) return Optional.empty();
        Map<String, SharedMeasure> shared = new HashMap<>();
        loaded.get().initiative().measures().forEach(m -> shared.put(m.id(), m));
        return Optional.of(new Site(loaded.get().initiative(), indicatorList,
                partnerList.stream().map(p -> withSharedMeasures(p.partner(), shared))
                        .sorted(Comparator.comparing(Partner::id)).toList(),
                networkList.stream().map(PartnerLoader.LoadedNetwork::network).toList(),
                changeList.stream().flatMap(c -> c.change().stream())
                        .sorted(Comparator.comparing(SystemsChange::date).thenComparing(SystemsChange::title)).toList(),
                updates, pages, assets));
    }

    private List<Update> updates(ContentFolder folder, NarrativeLoader.Known known, Problems problems) {
        List<Path> files = folder.list("updates", ".md");
        List<Update> updates = files.parallelStream().flatMap(p -> cache.get(p, known, problems,
                        own -> narratives.update(folder, p, known, own), x -> List.<Path>of()).stream())
                .toList();
        Map<String, String> bySlug = new HashMap<>();
        for (Update u : updates) {
            String file = "updates/" + u.date() + "-" + u.slug() + ".md";
            String earlier = bySlug.putIfAbsent(u.slug(), file);
            if (earlier != null) {
                problems.error(file, 0, "has the same slug as " + earlier + ", so both would be written to /updates/"
                        + u.slug() + "/. Rename one of them.");
            }
        }
        return updates.stream().sorted(Comparator.comparing(Update::date).reversed().thenComparing(Update::slug)).toList();
    }

    /** The partner with each value of a shared measure labelled as initiative.yml declares it (one not declared: reported). */
    private static Partner withSharedMeasures(Partner p, Map<String, SharedMeasure> shared) {
        if (p.contributions().stream().allMatch(c -> c.measures().stream().allMatch(m -> m.shared().isEmpty()))) return p;
        List<Contribution> contributions = p.contributions().stream().map(c -> c.withMeasures(c.measures().stream()
                .filter(m -> m.shared().isEmpty() || shared.containsKey(m.shared()))
                .map(m -> m.shared().isEmpty() ? m : m.as(shared.get(m.shared()))).toList())).toList();
        return p.withContributions(contributions);
    }

    /** Whether a page's address is free is for the page tree to say: it decides every address. */
    private List<Narrative> pages(ContentFolder folder, Problems problems) {
        return folder.list("pages", ".md").stream().flatMap(p -> cache.get(p, null, problems,
                own -> narratives.page(folder, p, own), x -> List.<Path>of()).stream()).toList();
    }

    private List<Asset> assets(ContentFolder folder, Problems problems) {
        return folder.walk("assets").stream().filter(p -> {
            if (folder.staysInside(p) && Files.isRegularFile(p)) return true;
            problems.error(folder.relative(p), 0, "links to a file outside the content folder, which is never "
                    + "copied into the site. Copy the file itself into assets/.");
            return false;
        }).map(p -> new Asset(folder.relative(p), p)).toList();
    }

    /**
     * A CSV in indicators/ that no indicator reads is probably a forgotten or misnamed file. While an
     * indicator's YAML has errors (its `data:` among them), which file it reads is not known: say nothing
     * rather than guess.
     */
    private static void unused(ContentFolder folder, List<Indicator> indicators, Problems problems) {
        if (indicators.size() < folder.list("indicators", ".yml").size() || problems.errors().stream()
                .anyMatch(p -> p.file().startsWith("indicators/") && p.file().endsWith(".yml"))) return;
        Set<String> used = new HashSet<>();
        indicators.forEach(i -> used.add(i.dataFile()));
        for (Path csv : folder.list("indicators", ".csv")) {
            String file = folder.relative(csv);
            if (!used.contains(file)) {
                problems.warning(file, 0, "no indicator reads this file. Add indicators/" + stem(csv)
                        + ".yml, or name it with `data:` in an indicator's YAML.");
            }
        }
    }

    /**
     * The ids of a kind, from its files' names: a reference to a file that has problems of its own is
     * not also reported as a reference to nothing.
     */
    private static List<String> ids(ContentFolder folder, String dir) {
        return folder.list(dir, ".yml").stream().map(ContentLoader::stem).toList();
    }

    /** Files that look like content but are not read: say so rather than ignore them silently. */
    private static void ignoredFiles(ContentFolder folder, Problems problems) {
        if (Files.isRegularFile(folder.root().resolve("changes.yaml"))) {
            problems.error("changes.yaml", 0, "content files end in .yml. Rename it to changes.yml.");
        }
        for (String dir : List.of("indicators", "partners", "networks")) {
            for (Path p : folder.list(dir, ".yaml")) {
                problems.error(folder.relative(p), 0, "content files end in .yml. Rename it to " + stem(p) + ".yml.");
            }
        }
    }

    /** The id a file's name gives it, reported when it is not a slug. */
    static String idOf(Path path, String file, Problems problems) {
        String id = stem(path);
        if (!Fields.SLUG.matcher(id).matches()) {
            problems.error(file, 0, "the file name `" + id + "` is the id and the address of the page, so it must be "
                    + "lowercase letters, digits and hyphens, such as `" + Fields.slugify(id) + "`. Rename the file.");
        }
        return id;
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * A path the content names: inside the folder and an existing file; "" after reporting otherwise.
     *
     * @param written  the path as the content writes it
     * @param relative the path relative to the content folder
     * @param base     the folder {@code written} is relative to, for messages ("" or "indicators/")
     */
    static String checkFile(ContentFolder folder, String written, String relative, String base, Fields f, int line,
                            String field) {
        String name = written.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String copy = base.isEmpty() ? "assets/" + name : name;
        if (written.contains("\\")) {
            f.error(line, "`" + field + "` is `" + written + "`, but paths are written with `/`, such as `"
                    + written.replace('\\', '/') + "`.");
            return "";
        }
        if (written.startsWith("/") || written.matches("^[A-Za-z]:.*")) {
            f.error(line, "`" + field + "` is `" + written + "`, a path on this computer, which the site cannot "
                    + "use. Copy the file into " + (base.isEmpty() ? "assets/" : base) + " and write `" + field
                    + ": " + copy + "`.");
            return "";
        }
        var resolved = folder.resolve(relative);
        if (resolved.isEmpty()) {
            f.error(line, "`" + field + "` is `" + written + "`, which is outside the content folder, so it cannot be "
                    + "part of the site. Copy the file into " + (base.isEmpty() ? "assets/" : base) + " and write `"
                    + field + ": " + copy + "`.");
            return "";
        }
        if (Files.isDirectory(resolved.get())) {
            f.error(line, "`" + field + "` is `" + written + "`, which is a folder. Name a file in it.");
            return "";
        }
        if (!Files.isRegularFile(resolved.get())) {
            f.error(line, "`" + field + "` is `" + written + "`, but there is no file " + folder.relative(resolved.get())
                    + ". Check the spelling, or add the file.");
            return "";
        }
        return folder.relative(resolved.get());
    }

    /**
     * Every reference between kinds must resolve. Ids are those of the files, loaded or not; goals and
     * sectors are absent when initiative.yml could not be read, and then not checked.
     */
    private record References(Optional<List<String>> goals, Optional<List<String>> sectors,
                              Optional<List<String>> measures, List<String> indicatorIds,
                              List<PartnerLoader.Loaded> partners, List<String> partnerIds, List<PartnerLoader.LoadedNetwork> networks,
                              List<String> networkIds, Problems problems) {
        void check(List<ChangeLoader.Loaded> changes) {
            for (PartnerLoader.Loaded p : partners) {
                Fields f = new Fields(problems, p.file());
                sectors.ifPresent(known -> f.reference(p.partner().sector(), p.sectorLine(), "sector", known,
                        " To use sectors of your own, list them under `sectors:` in initiative.yml."));
                p.networks().forEach(n -> f.reference(n.id(), n.line(), "network", networkIds,
                        " Add networks/" + n.id() + ".yml, or remove it from `networks`."));
                for (PartnerLoader.LoadedContribution c : p.contributions()) {
                    goals.ifPresent(known -> c.goals().stream().filter(g -> !Contribution.WHOLE_INITIATIVE.equals(g.id()))
                            .forEach(g -> f.reference(g.id(), g.line(), "goal", known,
                                    " For work for the whole initiative, write `goal: " + Contribution.WHOLE_INITIATIVE + "`.")));
                    measures.ifPresent(known -> c.measures().forEach(m -> f.reference(m.id(), m.line(), "shared measure",
                            known, " Declare it under `measures:` in initiative.yml, or write the measure's own `label`"
                                    + " and `unit` here (it is then shown apart, never summed).")));
                    c.indicators().forEach(ind -> f.reference(ind.id(), ind.line(), "indicator", indicatorIds));
                }
            }
            for (PartnerLoader.LoadedNetwork n : networks) {
                Fields f = new Fields(problems, n.file());
                goals.ifPresent(known -> n.goals().forEach(g -> f.reference(g.id(), g.line(), "goal", known)));
                f.reference(n.network().convener(), n.convenerLine(), "partner", partnerIds);
            }
            Fields f = new Fields(problems, ChangeLoader.FILE);
            for (ChangeLoader.Loaded c : changes) {
                goals.ifPresent(known -> c.goals().forEach(g -> f.reference(g.id(), g.line(), "goal", known)));
                c.partners().forEach(p -> f.reference(p.id(), p.line(), "partner", partnerIds));
                c.indicators().forEach(i -> f.reference(i.id(), i.line(), "indicator", indicatorIds));
            }
        }
    }

}
