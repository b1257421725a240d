package io.impactsite.bench.format;

import java.util.List;

/**
 * One systems change: {@code changes.yml} is a list of them. The date is {@code YYYY-MM-DD}; the
 * {@code id} is optional (made from the date and title when absent).
 */
public record ChangeDoc(String date, String kind, String title, String description, List<String> goals,
                        List<String> partners, List<String> indicators, String id) {}
