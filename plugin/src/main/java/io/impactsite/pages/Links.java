package io.impactsite.pages;

import io.impactsite.analyse.Standing;

/** Links to the pages views name most, from the site root; each must be in the tree. */
public final class Links {
    private final PageTree tree;

    Links(PageTree tree) {
        this.tree = tree;
    }

    public String home() {
        return tree.href(Address.HOME);
    }

    public String goal(String id) {
        return tree.href(GoalPage.at(id));
    }

    public String indicator(String id) {
        return tree.href(IndicatorPage.at(id));
    }

    public String partner(String id) {
        return tree.href(PartnerPage.at(id));
    }

    public String update(String slug) {
        return tree.href(UpdatePage.at(slug));
    }

    public String tag(String tag) {
        return tree.href(UpdatesPage.at(tag, 1));
    }

    public String status(Standing standing) {
        return tree.href(ReportCardPage.at(standing));
    }

    public String network(String id) {
        return tree.href(NetworkPage.at(id));
    }

    /** A systems change's place on the timeline. */
    public String change(String id) {
        return tree.href(SystemsChangePage.AT) + "#" + SystemsChangePage.anchor(id);
    }

    public String page(Address address) {
        return tree.href(address);
    }
}
