package io.impactsite.load;

import io.impactsite.problem.Problems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A content file of one kind (an indicator, a partner, a network) read and bound: its path as
 * messages show it, the id its name gives, the document, where each field is, and field checks.
 */
record YamlFile<T>(String file, String id, T doc, YamlReader.Lines lines, Fields fields) {

    /** The file read, or none when it could not be read or bound at all (the problems are reported). */
    static <T> Optional<YamlFile<T>> read(YamlReader yaml, ContentFolder folder, Path path, Class<T> type,
                                          Problems problems) {
        String file = folder.relative(path);
        String id = ContentLoader.idOf(path, file, problems);
        return folder.read(path, file, problems).flatMap(text -> {
            YamlReader.Result<T> read = yaml.read(text, file, 0, yaml.type(type), problems);
            return read.value().map(doc -> new YamlFile<>(file, id, doc, read.lines(),
                    new Fields(problems, file, read.lines())));
        });
    }

    /** The line the document starts on; 1 for a file that starts with comments only. */
    int top() {
        return Math.max(1, lines.of(doc));
    }
}
