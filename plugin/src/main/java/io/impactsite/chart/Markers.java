package io.impactsite.chart;

import io.impactsite.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dated events (systems changes) marked on a line chart: each at the period of the axis its date
 * falls in, labelled with its number. Events are numbered 1, 2, ... in date order among those the
 * axis can show; two in one period share a marker ("1, 2"). An event outside every period of the
 * axis (before the data begin, after the last period) has no marker and no number.
 *
 * @param name    what the events are, for the legend and the toggle ("Systems changes")
 * @param items   one marker per period that has events, in axis order
 * @param numbers each event's number, in the order the events were given; 0 for one not on the chart
 */
public record Markers(String name, List<Marker> items, List<Integer> numbers) {
    public static final Markers NONE = new Markers("", List.of(), List.of());

    /** An event: its date, and its name (the marker's tooltip in the interactive chart). */
    public record Event(LocalDate date, String name) {}

    /**
     * A marker at an axis period.
     *
     * @param label the numbers of its events, "1" or "2, 3"
     * @param names the names of its events
     */
    public record Marker(int index, String label, List<String> names) {
        public Marker {
            names = List.copyOf(names);
        }
    }

    public Markers {
        items = List.copyOf(items);
        numbers = List.copyOf(numbers);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    static Markers of(List<Period> axis, String name, List<Event> events) {
        if (events.isEmpty()) return NONE;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) order.add(i);
        order.sort((a, b) -> events.get(a).date().compareTo(events.get(b).date()));   // stable: ties keep their order
        Integer[] numbers = new Integer[events.size()];
        Map<Integer, List<Integer>> byIndex = new TreeMap<>();
        int next = 1;
        for (int e : order) {
            int at = indexOf(axis, events.get(e).date());
            numbers[e] = at < 0 ? 0 : next++;
            if (at >= 0) byIndex.computeIfAbsent(at, k -> new ArrayList<>()).add(e);
        }
        List<Marker> items = new ArrayList<>();
        byIndex.forEach((at, of) -> items.add(new Marker(at,
                String.join(", ", of.stream().map(e -> String.valueOf(numbers[e])).toList()),
                of.stream().map(e -> events.get(e).name()).toList())));
        return new Markers(name, items, List.of(numbers));
    }

    /** The period of the axis the date falls in (the last that starts on or before it, if it has not ended); -1 for none. */
    static int indexOf(List<Period> axis, LocalDate date) {
        for (int i = axis.size() - 1; i >= 0; i--) {
            Period p = axis.get(i);
            if (!start(p).isAfter(date)) return date.isBefore(end(p)) ? i : -1;
        }
        return -1;
    }

    /**
     * The first day of a period: a year and a range of years begin in January, a school or fiscal
     * year ({@code 2019-20}) in July, a quarter and a month on their first day.
     */
    static LocalDate start(Period p) {
        return switch (p.kind()) {
            case YEAR, RANGE -> LocalDate.of(p.year(), 1, 1);
            case SCHOOL_YEAR -> LocalDate.of(p.year(), 7, 1);
            case QUARTER -> LocalDate.of(p.year(), 3 * (p.sub() - 1) + 1, 1);
            case MONTH -> LocalDate.of(p.year(), p.sub(), 1);
        };
    }

    /** The day after a period's last day. */
    static LocalDate end(Period p) {
        LocalDate start = start(p);
        return switch (p.kind()) {
            case YEAR, SCHOOL_YEAR -> start.plusYears(1);
            case RANGE -> start.plusYears(p.sub() + 1L);
            case QUARTER -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
        };
    }
}
