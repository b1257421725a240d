package io.impactsite.model;

import java.util.List;

/** A sector partners belong to (education, health, business, ...). */
public record Sector(String id, String name) {
    /** The sectors of a site whose initiative.yml lists none. */
    public static final List<Sector> DEFAULTS = List.of(
            new Sector("business", "Business"), new Sector("community", "Community"),
            new Sector("education", "Education"), new Sector("early-childhood", "Early childhood"),
            new Sector("faith", "Faith"), new Sector("government", "Government"), new Sector("health", "Health"),
            new Sector("higher-education", "Higher education"), new Sector("nonprofit", "Nonprofit"),
            new Sector("philanthropy", "Philanthropy"));

    /** Whether it is a default sector as named by default: its name is then the theme's word in the site's language. */
    public boolean isDefault() {
        return DEFAULTS.contains(this);
    }
}
