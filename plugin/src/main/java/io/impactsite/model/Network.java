package io.impactsite.model;

import java.util.List;

/** An action network: partners working together on goals. Members are the partners that name it. */
public record Network(String id, String name, Markdown description, List<String> goals, String convener, String meets) {}
