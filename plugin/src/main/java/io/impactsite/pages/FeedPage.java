package io.impactsite.pages;

import io.impactsite.model.Initiative;
import io.impactsite.model.Message;
import io.impactsite.model.Update;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Atom feed of the latest updates. Entry ids are stable: the page address under the base
 * URL, or a name-based UUID when the site has none. Markdown links are made absolute with the base URL.
 */
public record FeedPage(Initiative initiative, List<Update> updates) implements Page {
    public static final Address AT = Address.file("feed.xml");

    public record View(String id, String title, String updated, String self, String alternate, String author,
                       List<Entry> entries) {}

    public record Entry(String id, String title, String href, String updated, String summary, String html) {}

    @Override public Kind kind() {
        return Kind.FEED;
    }

    @Override public Address address() {
        return AT;
    }

    @Override public Message title() {
        return Message.text(initiative.name());
    }

    @Override public Address parent() {
        return null;
    }

    @Override public View view(ViewContext c) {
        String base = initiative.settings().baseUrl();
        List<Update> latest = updates.stream().limit(20).toList();
        String updated = latest.isEmpty() ? initiative.started() + "-01-01T00:00:00Z" : timestamp(latest.get(0));
        List<Entry> entries = latest.stream().map(u -> {
            String href = UpdatePage.at(u.slug()).absolute(base);
            return new Entry(base.isEmpty() ? urn("update:" + u.slug()) : href, u.title(),
                    base.isEmpty() ? UpdatePage.at(u.slug()).path() : href, timestamp(u), u.summary(),
                    c.texts().html(u.body(), base, c.figures()));
        }).toList();
        return new View(base.isEmpty() ? urn("feed") : AT.absolute(base), initiative.name(), updated,
                base.isEmpty() ? AT.path() : AT.absolute(base), base.isEmpty() ? "./" : base,
                initiative.backbone().name().isEmpty() ? initiative.name() : initiative.backbone().name(), entries);
    }

    private static String timestamp(Update u) {
        return u.date() + "T00:00:00Z";
    }

    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((initiative.name() + "/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
