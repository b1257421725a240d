package io.impactsite.bench;

import io.impactsite.bench.format.InitiativeDoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic collective impact initiative (a complete site project: content and pom.xml)
 * of a documented {@link Size}. Every YAML and CSV file is a record of the format package written
 * by Jackson ({@link ContentWriter}), so the content follows docs/content-reference.md by
 * construction.
 *
 * <pre>java io.impactsite.bench.Generate &lt;tiny|small|medium|large|xlarge&gt; &lt;outputFolder&gt; [seed]</pre>
 *
 * <p>The output depends only on the size and the seed: every random choice comes from one
 * {@link SplittableRandom}, split per section so that sections do not disturb each other;
 * iteration is by index or over sorted collections and nothing reads the clock.
 */
public final class Generate {
    private Generate() {}

    public static final long DEFAULT_SEED = 20240601L;

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Generate <tiny|small|medium|large|xlarge> <outputFolder> [seed]");
            System.exit(64);
        }
        Size size;
        long seed;
        try {
            size = Size.parse(args[0]);
            seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
            return;
        }
        Path out = Path.of(args[1]);
        List<ContentFile> files = files(size, seed);
        try {
            write(files, out);
        } catch (IOException e) {
            System.err.println("cannot generate: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("generated " + size.id() + " (seed " + seed + ") in " + out + ": " + Census.of(files));
    }

    /** Writes the initiative into {@code out}, which must be absent or empty. */
    public static void generate(Size size, Path out, long seed) throws IOException {
        write(files(size, seed), out);
    }

    /** The initiative's files, in memory. */
    public static List<ContentFile> files(Size size, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        // One split per section, always in this order.
        SplittableRandom rInitiative = root.split();
        SplittableRandom rIndicators = root.split();
        SplittableRandom rPartners = root.split();
        SplittableRandom rNetworks = root.split();
        SplittableRandom rChanges = root.split();
        SplittableRandom rUpdates = root.split();
        SplittableRandom rPages = root.split();
        // What was added to the format later (stories; contributions' periods, amounts and
        // measures; the indicators changes and updates name; data by place) draws from splits of
        // its own, taken after the older ones, so that what the older draws write stays as it was.
        SplittableRandom rStories = root.split();
        SplittableRandom rContributions = root.split();
        SplittableRandom rChangeLinks = root.split();
        SplittableRandom rUpdateLinks = root.split();
        SplittableRandom rPlaces = root.split();

        List<Planned.Partner> partners = PartnerSection.plan(size, rPartners);
        IndicatorSection.Indicators indicators = IndicatorSection.generate(size, partners, rIndicators, rStories,
                rPlaces);
        NetworkSection.Networks networks = NetworkSection.plan(size, partners, rNetworks);
        InitiativeDoc initiative = InitiativeSection.initiative(size, rInitiative);
        List<String> staff = initiative.backbone().staff().stream().map(InitiativeDoc.Staff::name).toList();

        List<ContentFile> files = new ArrayList<>();
        files.add(SiteProject.pom(size, seed));
        files.add(new ContentFile.Yaml("initiative.yml", initiative));
        files.add(SiteProject.logo());
        files.add(Districts.shapes());
        files.add(SiteProject.jvmConfig());
        files.addAll(indicators.files());
        files.addAll(PartnerSection.files(size, partners, networks.members(), indicators.planned(), rPartners,
                rContributions));
        files.addAll(NetworkSection.files(networks.planned(), rNetworks));
        files.add(ChangeSection.file(size, partners, indicators.planned(), rChanges, rChangeLinks));
        files.addAll(UpdateSection.files(size, indicators.planned(), partners, networks.planned(), staff, rUpdates,
                rUpdateLinks));
        files.addAll(PageSection.files(size, indicators.planned(), rPages));
        return files;
    }

    private static void write(List<ContentFile> files, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; remove it first");
                }
            }
        }
        Files.createDirectories(out);
        for (ContentFile f : files) {
            ContentWriter.write(out, f);
        }
    }
}
