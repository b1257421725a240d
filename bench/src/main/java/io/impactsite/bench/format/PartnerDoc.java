package io.impactsite.bench.format;

import java.math.BigDecimal;
import java.util.List;

/** {@code partners/<id>.yml}. */
public record PartnerDoc(String name, String sector, String url, String logo, String description, Integer joined,
                         List<String> networks, List<Contribution> contributions) {

    /**
     * {@code start} and {@code end}: a year, month or day, as text ({@code since}, the reference's
     * other spelling of a start year, is left out); {@code amount} and {@code currency}: funding and
     * in-kind only; {@code howMuch}, {@code howWell}, {@code betterOff}: performance measures.
     */
    public record Contribution(String goal, String title, String kind, String description, List<String> indicators,
                               String start, String end, BigDecimal amount, String currency, List<Measure> howMuch,
                               List<Measure> howWell, List<Measure> betterOff) {}

    /** {@code measure}: a shared measure's id, which gives the label and unit; or null with a label and unit of its own. */
    public record Measure(String measure, String label, BigDecimal value, String unit, String period) {}
}
