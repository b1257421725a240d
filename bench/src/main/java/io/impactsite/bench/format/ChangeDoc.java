package io.impactsite.bench.format;

import java.util.List;

/** One systems change: {@code changes.yml} is a list of them. The date is {@code YYYY-MM-DD}. */
public record ChangeDoc(String date, String kind, String title, String description, List<String> goals,
                        List<String> partners) {}
