/**
 * The content format as records: one record per file kind, field for field and in the order of
 * docs/content-reference.md, so that whatever the generator writes is a file the format knows.
 * Text fields that allow Markdown are strings here. Fields left null are not written. A test reads
 * the reference's own examples into these records and fails when the two drift apart.
 */
package io.impactsite.bench.format;
