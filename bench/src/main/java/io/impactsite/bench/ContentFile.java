package io.impactsite.bench;

import java.util.List;

/**
 * One file of a generated site project, as data: {@link ContentWriter} turns it into bytes. Keeping
 * the whole initiative in memory first lets a test read every written file back and compare.
 */
public sealed interface ContentFile {

    /** Relative to the site project's folder, with "/". */
    String path();

    /** A YAML file: {@code document} is a record of the format package, or a list of them. */
    record Yaml(String path, Object document) implements ContentFile {}

    /** Markdown with YAML front matter; {@code body} ends with a line break. */
    record Markdown(String path, Object frontMatter, String body) implements ContentFile {}

    /**
     * An indicator's observations: {@code rows} are of the record class {@code columns}
     * ({@code ObservationRow}, or {@code PlaceObservationRow} for data by place too).
     */
    record Csv(String path, Class<?> columns, List<?> rows) implements ContentFile {}

    /** A JSON file (the map's GeoJSON shapes): {@code document} is a record. */
    record Json(String path, Object document) implements ContentFile {}

    /** Anything else, written as it is (the site project's pom.xml, the logo). */
    record Text(String path, String text) implements ContentFile {}
}
