package io.impactsite.chart;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A chart drawn at build time, for the theme's {@code chart-svg.ftlh}: an SVG per width (narrow for
 * phones, wide for everything else and for paper), shown before any script runs, without script and
 * in print; the interactive chart replaces it on screen once the reader interacts or the page is idle.
 *
 * @param kind        line, bars or flows
 * @param title       the accessible name: what the chart is (the SVG's {@code <title>})
 * @param description what it says: the summary sentence and the key figures, target included (its {@code <desc>})
 * @param drawings    narrow first, then wide
 * @param toggles     the series a reader can switch on and off in the interactive chart, as buttons
 * @param interactiveFrom the narrowest container (px) the interactive chart is worth loading for; 0 for any
 */
public record StaticChart(String kind, String title, String description, List<Svg.Drawing> drawings,
                          List<Toggle> toggles, int interactiveFrom) {

    /**
     * A series' button: its name, its swatch (drawn like its line or bar), whether it is shown at
     * first, and whether it is a group (groups get the hint that they can be selected).
     */
    public record Toggle(String name, String css, String swatch, boolean selected, boolean group) {}

    public StaticChart {
        drawings = List.copyOf(drawings);
        toggles = List.copyOf(toggles);
    }

    /** Whether some series are groups a reader may select: the page then shows the hint. */
    public boolean selectableGroups() {
        return toggles.stream().anyMatch(Toggle::group);
    }

    /**
     * The light colours of the option by the name of the CSS custom property that holds each in
     * the reader's scheme ("1:#0b4f8a 2:#d55e00 ... bg:#ffffff"): the theme's script maps one to
     * the other.
     */
    public String palette() {
        List<String> colours = Palette.light();
        return IntStream.range(0, colours.size()).mapToObj(i -> Palette.SLOTS.get(i) + ":" + colours.get(i))
                .collect(Collectors.joining(" "));
    }
}
