package io.impactsite.model;

import java.nio.file.Path;

/** A file under assets/, copied as it is; {@code path} is relative to the content folder. */
public record Asset(String path, Path source) {}
