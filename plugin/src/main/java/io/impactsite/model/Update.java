package io.impactsite.model;

import java.time.LocalDate;
import java.util.List;

/** A dated news item; its date and slug come from its file name. */
public record Update(String slug, LocalDate date, String title, String summary, String author, List<String> tags,
                     Markdown body) {}
