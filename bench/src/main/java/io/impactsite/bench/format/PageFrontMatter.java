package io.impactsite.bench.format;

/** The front matter of {@code pages/<slug>.md}. */
public record PageFrontMatter(String title, String description, Integer menu) {}
