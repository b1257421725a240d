package io.impactsite.bench.format;

import java.util.List;

/** {@code networks/<id>.yml}. */
public record NetworkDoc(String name, String description, List<String> goals, String convener, String meets) {}
