package io.impactsite.load;

import io.impactsite.problem.Problems;
import io.impactsite.model.Asset;
import io.impactsite.model.Goal;
import io.impactsite.model.Indicator;
import io.impactsite.model.Initiative;
import io.impactsite.model.Narrative;
import io.impactsite.model.Partner;
import io.impactsite.model.Sector;
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
import java.util.Objects;
import java.util.Set;

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

    /**
     * The site: everything that could be read, so that later stages can report their problems in
     * the same run (a page at a taken address, say); empty only when initiative.yml could not be
     * read. Whether it is complete, {@code problems} says: a site read with errors is never built.
     */
    public java.util.Optional<Site> load(Path contentDirectory, Problems problems) {
        ContentFolder folder = new ContentFolder(contentDirectory);
        InitiativeLoader.Loaded loaded = initiatives.load(folder, problems);
        Initiative initiative = loaded == null ? null : loaded.initiative();
        // Without every goal there is nothing sure to check references against: say nothing rather than guess.
        List<String> goals = loaded == null || !loaded.goalsComplete() ? null
                : initiative.agenda().goals().stream().map(Goal::id).toList();
        Thresholds siteThresholds = initiative == null ? Thresholds.DEFAULT : initiative.settings().thresholds();

        List<Indicator> indicatorList = folder.list("indicators", ".yml").parallelStream()
                .map(p -> indicators.load(folder, p, goals, siteThresholds, problems)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Indicator::id)).toList();
        List<PartnerLoader.Loaded> partnerList = folder.list("partners", ".yml").parallelStream()
                .map(p -> partners.partner(folder, p, problems)).filter(Objects::nonNull).toList();
        List<PartnerLoader.LoadedNetwork> networkList = folder.list("networks", ".yml").stream()
                .map(p -> partners.network(folder, p, problems)).filter(Objects::nonNull).toList();
        List<ChangeLoader.Loaded> changeList = changes.load(folder, problems);
        List<Update> updates = updates(folder, problems);
        List<Narrative> pages = pages(folder, problems);
        List<Asset> assets = assets(folder, problems);
        unused(folder, indicatorList, problems);
        ignoredFiles(folder, problems);

        new References(goals, initiative == null ? null : initiative.sectors().stream().map(Sector::id).toList(),
                ids(folder, "indicators"), partnerList, ids(folder, "partners"), networkList, ids(folder, "networks"),
                problems).check(changeList);
        if (initiative == null) return java.util.Optional.empty();
        return java.util.Optional.of(new Site(initiative, indicatorList,
                partnerList.stream().map(PartnerLoader.Loaded::partner).sorted(Comparator.comparing(Partner::id)).toList(),
                networkList.stream().map(PartnerLoader.LoadedNetwork::network).toList(),
                changeList.stream().map(ChangeLoader.Loaded::change)
                        .sorted(Comparator.comparing(SystemsChange::date).thenComparing(SystemsChange::title)).toList(),
                updates, pages, assets));
    }

    private List<Update> updates(ContentFolder folder, Problems problems) {
        List<Path> files = folder.list("updates", ".md");
        List<Update> updates = files.parallelStream().map(p -> narratives.update(folder, p, problems))
                .filter(Objects::nonNull).toList();
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

    private List<Narrative> pages(ContentFolder folder, Problems problems) {
        // Whether a page's address is free is for the page tree to say: it decides every address.
        return folder.list("pages", ".md").stream().map(p -> narratives.page(folder, p, problems))
                .filter(Objects::nonNull).toList();
    }

    private List<Asset> assets(ContentFolder folder, Problems problems) {
        return folder.walk("assets").stream().filter(p -> {
            if (folder.staysInside(p) && Files.isRegularFile(p)) return true;
            problems.error(folder.relative(p), 0, "links to a file outside the content folder, which is never "
                    + "copied into the site. Copy the file itself into assets/.");
            return false;
        }).map(p -> new Asset(folder.relative(p), p)).toList();
    }

    /** A CSV in indicators/ that no indicator reads is probably a forgotten or misnamed file. */
    private static void unused(ContentFolder folder, List<Indicator> indicators, Problems problems) {
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
     * sectors are null when initiative.yml could not be read, and then not checked.
     */
    private record References(List<String> goals, List<String> sectors, List<String> indicatorIds,
                              List<PartnerLoader.Loaded> partners, List<String> partnerIds, List<PartnerLoader.LoadedNetwork> networks,
                              List<String> networkIds, Problems problems) {
        void check(List<ChangeLoader.Loaded> changes) {
            for (PartnerLoader.Loaded p : partners) {
                Fields f = new Fields(problems, p.file());
                if (sectors != null) {
                    f.reference(p.partner().sector(), p.sectorLine(), "sector", sectors,
                            " To use sectors of your own, list them under `sectors:` in initiative.yml.");
                }
                p.partner().networks().forEach(n -> f.reference(n, p.networksLine(), "network", networkIds,
                        " Add networks/" + n + ".yml, or remove it from `networks`."));
                for (int i = 0; i < p.partner().contributions().size(); i++) {
                    var c = p.partner().contributions().get(i);
                    if (goals != null) f.reference(c.goal(), p.contributionGoalLines().get(i), "goal", goals);
                    int line = p.contributionIndicatorLines().get(i);
                    c.indicators().forEach(ind -> f.reference(ind, line, "indicator", indicatorIds));
                }
            }
            for (PartnerLoader.LoadedNetwork n : networks) {
                Fields f = new Fields(problems, n.file());
                if (goals != null) n.network().goals().forEach(g -> f.reference(g, n.goalsLine(), "goal", goals));
                f.reference(n.network().convener(), n.convenerLine(), "partner", partnerIds);
            }
            Fields f = new Fields(problems, ChangeLoader.FILE);
            for (ChangeLoader.Loaded c : changes) {
                if (goals != null) c.change().goals().forEach(g -> f.reference(g, c.goalsLine(), "goal", goals));
                c.change().partners().forEach(p -> f.reference(p, c.partnersLine(), "partner", partnerIds));
            }
        }
    }

}
