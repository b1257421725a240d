package io.impactsite.pages;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/** Trusted HTML (our own Markdown rendering, escaped chart JSON) as a value templates print as it is. */
public final class Html {
    public static final TemplateHTMLOutputModel EMPTY = of("");

    private Html() {}

    public static TemplateHTMLOutputModel of(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
