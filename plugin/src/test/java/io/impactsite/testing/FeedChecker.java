package io.impactsite.testing;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks the RFC 4287 MUSTs of an Atom feed that Rome, being lenient, does not check. */
public final class FeedChecker {

    private FeedChecker() {}

    /** Problems with the feed, relative links allowed; empty when fine. */
    public static List<String> check(Path atomFile) {
        return check(atomFile, null);
    }

    /**
     * Problems with the feed; empty when fine. When the site has a {@code baseUrl} (not null), every link must
     * be absolute.
     */
    public static List<String> check(Path atomFile, String baseUrl) {
        WireFeed parsed;
        try (Reader r = Files.newBufferedReader(atomFile)) {
            parsed = new WireFeedInput().build(r);
        } catch (FeedException | IllegalArgumentException e) {
            return List.of("not a feed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(parsed instanceof Feed feed) || !"atom_1.0".equals(feed.getFeedType())) {
            return List.of("not Atom 1.0: " + parsed.getFeedType());
        }
        List<String> problems = new ArrayList<>();
        common("feed", feed.getId(), feed.getUpdated() != null, feed.getTitle(), problems);
        List<Entry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String where = "entry " + (i + 1);
            common(where, e.getId(), e.getUpdated() != null, e.getTitle(), problems);
            if (feed.getAuthors().isEmpty() && e.getAuthors().isEmpty()) {
                problems.add(where + ": no author, and the feed has none");
            }
            if (e.getContents().isEmpty() && e.getAlternateLinks().isEmpty()) {
                problems.add(where + ": neither content nor an alternate link");
            }
        }
        if (baseUrl != null) {
            Stream.concat(Stream.of(feed.getAlternateLinks(), feed.getOtherLinks()),
                            entries.stream().flatMap(e -> Stream.of(e.getAlternateLinks(), e.getOtherLinks())))
                    .flatMap(List::stream).map(Link::getHref)
                    .filter(href -> !absolute(href))
                    .forEach(href -> problems.add("link not absolute: " + href));
        }
        return problems;
    }

    private static void common(String where, String id, boolean hasUpdated, String title, List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add(where + ": missing id");
        } else if (!absolute(id.strip())) {
            problems.add(where + ": id is not an absolute IRI: " + id);
        }
        if (!hasUpdated) {
            problems.add(where + ": missing or invalid updated");
        }
        if (title == null || title.isBlank()) {
            problems.add(where + ": missing title");
        }
    }

    private static boolean absolute(String uri) {
        try {
            return uri != null && new URI(uri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
