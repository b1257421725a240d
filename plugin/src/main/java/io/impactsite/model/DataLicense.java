package io.impactsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The licence under which the site's open data may be reused (initiative.yml {@code site.dataLicense}).
 *
 * @param id   an SPDX identifier ("CC-BY-4.0"), or "" when the licence has none
 * @param name what readers see ("Creative Commons Attribution 4.0 International")
 * @param url  where its terms are, or "" when none is given
 */
public record DataLicense(String id, String name, String url) {
    /** No licence stated: the site says nothing about reuse. */
    public static final DataLicense NONE = new DataLicense("", "", "");

    /** The open-data licences a site may name by their SPDX identifier alone. */
    public static final List<DataLicense> KNOWN = List.of(
            new DataLicense("CC0-1.0", "CC0 1.0 Universal (public domain dedication)",
                    "https://creativecommons.org/publicdomain/zero/1.0/"),
            new DataLicense("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
                    "https://creativecommons.org/licenses/by/4.0/"),
            new DataLicense("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0 International",
                    "https://creativecommons.org/licenses/by-sa/4.0/"),
            new DataLicense("ODbL-1.0", "Open Data Commons Open Database License 1.0",
                    "https://opendatacommons.org/licenses/odbl/1-0/"),
            new DataLicense("ODC-By-1.0", "Open Data Commons Attribution License 1.0",
                    "https://opendatacommons.org/licenses/by/1-0/"),
            new DataLicense("PDDL-1.0", "Open Data Commons Public Domain Dedication and License 1.0",
                    "https://opendatacommons.org/licenses/pddl/1-0/"));

    public boolean stated() {
        return !name.isEmpty();
    }

    /** A known licence by its identifier, in any case. */
    public static Optional<DataLicense> known(String id) {
        return KNOWN.stream().filter(l -> l.id().equalsIgnoreCase(id.strip())).findFirst();
    }
}
