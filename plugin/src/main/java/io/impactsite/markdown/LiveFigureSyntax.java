package io.impactsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code {% tag words %}} syntax of live figures, inline anywhere a text may be (a tag alone on a
 * line is a paragraph of it), rendered as the figure's placeholder. Not Flexmark's Jekyll-tag
 * extension: its pattern is greedy, so two tags on one line ({@code {% figure a latest %} in
 * {% figure a latest-period %}}) were read as one tag whose words ran to the last {@code %}}.
 */
final class LiveFigureSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** A tag where the parser stands (^: Flexmark matches with find()), a name, then words without % or }. */
    private static final Pattern TAG = Pattern.compile("^\\{%\\s*([A-Za-z][\\w-]*)((?:\\s+[^\\s%}]+)*)\\s*%\\}");

    /** A live figure's tag in the tree. */
    static final class Tag extends Node {
        final BasedSequence name;
        final BasedSequence words;

        Tag(BasedSequence chars, BasedSequence name, BasedSequence words) {
            super(chars);
            this.name = name;
            this.words = words;
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {name, words};
        }

        LiveFigure figure(int lineOffset) {
            return LiveFigure.of(name, words, lineOffset + getStartLineNumber());
        }
    }

    static LiveFigureSyntax create() {
        return new LiveFigureSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineParserExtensionFactory() {
            @Override
            public CharSequence getCharacters() {
                return "{";
            }

            @Override
            public InlineParserExtension apply(LightInlineParser parser) {
                return new InlineParserExtension() {
                    @Override
                    public void finalizeDocument(InlineParser inlineParser) {}

                    @Override
                    public void finalizeBlock(InlineParser inlineParser) {}

                    @Override
                    public boolean parse(LightInlineParser in) {
                        if (in.peek(1) != '%') return false;
                        BasedSequence[] m = in.matchWithGroups(TAG);
                        if (m == null) return false;
                        in.flushTextNode();
                        in.getBlock().appendChild(new Tag(m[0], m[1], m[2] == null ? BasedSequence.NULL : m[2]));
                        return true;
                    }
                };
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(new NodeRenderingHandler<>(Tag.class,
                (tag, context, html) -> html.raw(tag.figure(0).placeholder()))));
    }
}
