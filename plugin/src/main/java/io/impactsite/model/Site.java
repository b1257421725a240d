package io.impactsite.model;

import java.util.List;

/** Everything the content folder holds, loaded and checked: the input of analysis and rendering. */
public record Site(
        Initiative initiative,
        List<Indicator> indicators,
        List<Partner> partners,
        List<Network> networks,
        List<SystemsChange> changes,
        List<Update> updates,
        List<Narrative> pages,
        List<Asset> assets) {}
