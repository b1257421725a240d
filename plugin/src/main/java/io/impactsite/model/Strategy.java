package io.impactsite.model;

import java.util.List;

/** A strategy of the common agenda and the goals it serves. */
public record Strategy(String id, String title, Markdown description, List<String> goals) {}
