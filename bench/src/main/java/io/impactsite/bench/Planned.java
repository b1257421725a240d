package io.impactsite.bench;

import java.util.List;

/** What one section of the generator decides and later sections refer to. */
final class Planned {
    private Planned() {}

    /** {@code goal} indexes {@link InitiativeSection#GOALS}. */
    record Indicator(String id, String title, int goal) {}

    record Partner(String id, String name, String sector) {}

    /** {@code goals} index {@link InitiativeSection#GOALS}; {@code convener} is a partner id. */
    record Network(String id, String name, List<Integer> goals, String convener) {}
}
