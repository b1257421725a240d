package io.impactsite.bench.format;

import java.util.List;

/** The front matter of {@code updates/<YYYY-MM-DD>-<slug>.md}. */
public record UpdateFrontMatter(String title, String summary, String author, List<String> tags, List<String> goals,
                                List<String> indicators, Boolean draft) {}
