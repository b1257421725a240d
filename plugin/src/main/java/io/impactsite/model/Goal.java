package io.impactsite.model;

/** A goal of the common agenda. */
public record Goal(String id, String title, Markdown summary, Markdown description) {}
