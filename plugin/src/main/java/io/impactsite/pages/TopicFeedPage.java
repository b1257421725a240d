package io.impactsite.pages;

import io.impactsite.model.Initiative;
import io.impactsite.model.Message;
import io.impactsite.model.SystemsChange;
import io.impactsite.model.Update;
import io.impactsite.pages.FeedPage.Entry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The Atom feed of one goal or indicator: the updates and systems changes about it, newest first,
 * beside its page ({@code goals/<id>/feed.xml}). Ids are those of the site's feed for updates (one
 * entry, one id, in every feed), and the change's place on the timeline for changes.
 *
 * Its record holds its updates and changes, so the preview renders it again exactly when they change.
 *
 * @param page  the page it is the feed of
 * @param topic the goal's or indicator's title
 */
public record TopicFeedPage(Address address, Address page, String topic, Initiative initiative, List<Update> updates,
                            List<SystemsChange> changes) implements Page {
    /** Entries a feed holds at most: the newest. */
    static final int LIMIT = 50;

    public static Address ofGoal(String id) {
        return Address.file("goals/" + id + "/feed.xml");
    }

    public static Address ofIndicator(String id) {
        return Address.file("indicators/" + id + "/feed.xml");
    }

    @Override public Kind kind() {
        return Kind.TOPIC_FEED;
    }

    @Override public Message title() {
        return Message.of("feed.title", topic);
    }

    @Override public Address parent() {
        return null;
    }

    private record Dated(LocalDate date, Entry entry) {}

    @Override public FeedPage.View view(ViewContext c) {
        String base = initiative.settings().baseUrl();
        String root = base.isEmpty() ? c.root() : base;   // links relative to the feed's own address, or absolute
        List<Dated> dated = new ArrayList<>();
        for (Update u : updates) {
            Address at = UpdatePage.at(u.slug());
            dated.add(new Dated(u.date(), new Entry(base.isEmpty() ? urn("update:" + u.slug()) : at.absolute(base), u.title(),
                    root + at.path(), u.date() + "T00:00:00Z", u.summary(), c.texts().html(u.body(), root, c.figures()))));
        }
        for (SystemsChange x : changes) {
            String place = SystemsChangePage.AT.path() + "#" + SystemsChangePage.anchor(x.id());
            String partners = String.join(", ", x.partners().stream().map(p -> c.analysis().partner(p).name()).toList());
            String summary = c.strings().get("change." + x.kind().id())
                    + (partners.isEmpty() ? "" : " \u00b7 " + c.strings().format("feed.partners", partners));
            dated.add(new Dated(x.date(), new Entry(base.isEmpty() ? urn("change:" + x.id()) : base + place,
                    c.strings().format("feed.change", x.title()), root + place, x.date() + "T00:00:00Z", summary,
                    c.texts().html(x.description(), root, c.figures()))));
        }
        List<Entry> entries = dated.stream().sorted(Comparator.comparing(Dated::date).reversed())
                .limit(LIMIT).map(Dated::entry).toList();
        String updated = entries.isEmpty() ? initiative.started() + "-01-01T00:00:00Z" : entries.get(0).updated();
        return new FeedPage.View(base.isEmpty() ? urn("feed:" + address.path()) : address.absolute(base),
                c.strings().format("feed.title", topic), updated,
                base.isEmpty() ? c.root() + address.path() : address.absolute(base),
                base.isEmpty() ? c.root() + page.path() : page.absolute(base),
                initiative.backbone().name().isEmpty() ? initiative.name() : initiative.backbone().name(), entries);
    }

    private String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((initiative.name() + "/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
