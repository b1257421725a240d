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

    @Override public View view(ViewContext c) {
        Pager pager = null;
        if (pages > 1) {
            List<NavItem> items = new ArrayList<>();
            for (int n = 1; n <= pages; n++) items.add(new NavItem(String.valueOf(n), c.href(at(tag, n)), n == number));
            pager = new Pager(number > 1 ? c.href(at(tag, number - 1)) : "", number < pages ? c.href(at(tag, number + 1)) : "",
                    items);
        }
        return new View(c.text(title()), updates.stream().map(u -> Cards.update(c, u)).toList(), pager,
                tags.stream().map(t -> new Link(t, c.links().tag(t))).toList(),
                c.tree().has(TagsPage.AT) ? c.href(TagsPage.AT) : "");
    }
}
