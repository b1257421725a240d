package io.impactsite.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure a text quotes from the data by reference, so that the text cannot drift from it:
 * {@code {% figure kindergarten-readiness latest %}}, {@code {% headline %}}. {@link LiveFigureSyntax} parses the
 * tags; a rendered text holds a placeholder for each (its HTML depends on the
 * text only, and is made once), which the page replaces with the value of the data it is rendered
 * with: a preview shows a new CSV's numbers in an unchanged update.
 *
 * @param tag       "figure" or "headline" (anything else is an error of the validation stage)
 * @param arguments the words after the tag: an indicator's id and a field
 * @param line      the line of the content file the tag is on
 */
public record LiveFigure(String tag, List<String> arguments, int line) {
    private static final String OPEN = "\uE001";
    private static final String CLOSE = "\uE002";
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "([^" + CLOSE + "]*)" + CLOSE);

    static LiveFigure of(CharSequence tag, CharSequence parameters, int line) {
        String words = parameters.toString().strip();
        return new LiveFigure(tag.toString().strip(), words.isEmpty() ? List.of() : List.of(words.split("\\s+")), line);
    }

    /** What a rendered text holds in its place: private-use characters around the tag and its words. */
    String placeholder() {
        return OPEN + words() + CLOSE;
    }

    /** The figure as content writes it, for messages: "{% figure readiness latest %}". */
    public String written() {
        return "{% " + words() + " %}";
    }

    private String words() {
        return arguments.isEmpty() ? tag : tag + " " + String.join(" ", arguments);
    }

    /** The text with each placeholder replaced by what {@code value} gives its figure (line 0), then {@code escape}d. */
    static String fill(String rendered, Function<LiveFigure, String> value, Function<String, String> escape) {
        if (!rendered.contains(OPEN)) return rendered;
        Matcher m = PLACEHOLDER.matcher(rendered);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> words = Arrays.asList(m.group(1).split(" "));
            LiveFigure f = new LiveFigure(words.get(0), List.copyOf(words.subList(1, words.size())), 0);
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value.apply(f))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
