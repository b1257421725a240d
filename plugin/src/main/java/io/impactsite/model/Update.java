package io.impactsite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated news item; its date and slug come from its file name.
 *
 * @param goals      the goals it is about: it appears in their feeds
 * @param indicators the indicators it is about: it appears in their feeds
 * @param draft      not published yet: marked so in its front matter, or dated in the future; only a
 *                   preview (or a build asked for drafts) shows it, marked as a draft
 */
public record Update(String slug, LocalDate date, String title, String summary, String author, List<String> tags,
                     List<String> goals, List<String> indicators, Markdown body, boolean draft) {}
