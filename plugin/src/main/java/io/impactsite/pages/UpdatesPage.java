package io.impactsite.pages;

import io.impactsite.model.Message;
import io.impactsite.model.Update;
import io.impactsite.pages.View.Link;
import io.impactsite.pages.View.NavItem;
import io.impactsite.pages.View.Pager;
import io.impactsite.pages.View.UpdateCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One page of a list of updates, newest first: every update (tag "") or those of one tag, split
 * into pages of the site's {@code updatesPerPage}: updates/, updates/page/2/, updates/tags/x/, ...
 *
 * @param updates the updates of this page
 * @param tags    every tag of the site, listed on the first page of all updates
 */
public record UpdatesPage(String tag, int number, int pages, List<Update> updates, List<String> tags) implements Page {
    public static final Address AT = at("", 1);

    /** {@code allTags}: the page of every tag with its count; "" when the site has no tags. */
    public record View(String heading, List<UpdateCard> updates, Pager pager, List<Link> tags, String allTags) {}

    public static Address at(String tag, int number) {
        String folder = tag.isEmpty() ? "updates/" : "updates/tags/" + tag + "/";
        return new Address(number == 1 ? folder : folder + "page/" + number + "/");
    }

    @Override public Kind kind() {
        return tag.isEmpty() ? Kind.UPDATES : Kind.TAG;
    }

    @Override public Address address() {
        return at(tag, number);
    }

    @Override public String key() {
        return tag;
    }

    private Message heading() {
        return tag.isEmpty() ? Message.of("nav.updates") : Message.of("updates.tag", tag);
    }

    @Override public Message title() {
        return number == 1 ? heading() : Message.of("updates.page", heading(), number);
    }

    @Override public Message description() {
        return Message.of("updates.description");
    }

    @Override public Address parent() {
        if (!tag.isEmpty()) return TagsPage.AT;
        return number == 1 ? Address.HOME : AT;
    }

    /** In {@link #shown}: pages left out. */
    static final int GAP = 0;

    /**
     * The page numbers the pager links from page {@code number}: the first, the last and two either
     * side of this one, a {@link #GAP} for the pages between (a single page is shown rather than a
     * gap). Page 74 of 300 links 7 pages, not 300: every page listing every other made each page of
     * a large site's updates carry 19 KB of pager.
     */
    static List<Integer> shown(int number, int pages) {
        IntPredicate near = n -> n == 1 || n == pages || Math.abs(n - number) <= 2;
        List<Integer> shown = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (near.test(n) || near.test(n - 1) && near.test(n + 1)) {
                shown.add(n);
            } else if (shown.get(shown.size() - 1) != GAP) {
                shown.add(GAP);
            }
        }
        return shown;
    }

    @Override public View view(ViewContext c) {
        Pager pager = null;
        if (pages > 1) {
            List<NavItem> items = new ArrayList<>();
            for (int n : shown(number, pages)) {
                items.add(n == GAP ? new NavItem("…", "", false) : new NavItem(String.valueOf(n), c.href(at(tag, n)), n == number));
            }
            pager = new Pager(number > 1 ? c.href(at(tag, number - 1)) : "", number < pages ? c.href(at(tag, number + 1)) : "",
                    items);
        }
        return new View(c.text(title()), updates.stream().map(u -> Cards.update(c, u)).toList(), pager,
                tags.stream().map(t -> new Link(t, c.links().tag(t))).toList(),
                c.tree().has(TagsPage.AT) ? c.href(TagsPage.AT) : "");
    }
}
