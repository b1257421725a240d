package io.impactsite.model;

/** A sector partners belong to (education, health, business, ...). */
public record Sector(String id, String name) {}
