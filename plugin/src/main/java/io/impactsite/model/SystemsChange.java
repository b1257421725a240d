package io.impactsite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change in how the system works: services, practices, workforce, policy.
 *
 * @param id         its anchor on the timeline and its id in feeds: as written, or made from its date and title
 * @param indicators the indicators it aims to move, on whose charts it is marked
 */
public record SystemsChange(
        String id,
        LocalDate date,
        Kind kind,
        String title,
        Markdown description,
        List<String> goals,
        List<String> partners,
        List<String> indicators) {

    /** The kinds of systems change, by the ids the content uses. */
    public enum Kind {
        SERVICES("services"),
        PRACTICES("practices"),
        WORKFORCE("workforce"),
        LEGISLATIVE_POLICY("legislative-policy"),
        ORGANIZATIONAL_POLICY("organizational-policy");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
