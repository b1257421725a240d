package io.impactsite.model;

import java.util.List;

/**
 * initiative.yml: who the initiative is, how its site is set up, and its common agenda.
 *
 * @param editions the past report cards it publishes, newest first
 */
public record Initiative(
        String name,
        String shortName,
        String tagline,
        int started,
        Settings settings,
        Agenda agenda,
        List<Sector> sectors,
        Backbone backbone,
        Communication communication,
        List<Edition> editions,
        List<SharedMeasure> measures) {}
