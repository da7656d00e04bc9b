package org.fiscaldisclosure.disclosure.rendering;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.Variant;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Qute engine of the published page and of the portal's pages, one for both, configured once: templates are read
 * from {@code pages/} on the class path, every value a template writes is HTML-escaped (element content and attribute
 * values alike), and the only way past the escaping is a {@link RawString}, which nothing but
 * {@link SvgSanitizer#sanitizedMarkup(String)} makes. The {@code raw}/{@code safe} helpers are not registered, and
 * rendering is strict: a template naming a value that does not exist fails instead of printing nothing.
 *
 * <p>The engine is the one quarkus-qute is built on, used directly, so that the page renders the same in the
 * publishing transaction and in a plain unit test.
 */
public final class PageTemplates {

    private static final String ROOT = "pages/";

    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new EscapeEverything())
            .addLocator(PageTemplates::locate)
            .addSectionHelper(new UserTagSectionHelper.Factory("doctable", "tags/doctable.html"))
            .addSectionHelper(new UserTagSectionHelper.Factory("disclosures", "tags/disclosures.html"))
            .strictRendering(true)
            .removeStandaloneLines(true)
            .build();

    private PageTemplates() {
    }

    /** The template {@code pages/<id>} rendered with {@code data}. */
    public static String render(String id, Map<String, Object> data) {
        Template t = ENGINE.getTemplate(id);
        if (t == null) {
            throw new IllegalStateException("no template " + ROOT + id);
        }
        var instance = t.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        String resource = ROOT + id;
        if (PageTemplates.class.getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = PageTemplates.class.getClassLoader().getResourceAsStream(resource);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
            }
        });
    }

    /**
     * Qute's HTML escaper applied to every value written, whatever the template's variant: only a {@link RawString}
     * (a sanitized chart) is written as it is.
     */
    private static final class EscapeEverything implements ResultMapper {

        private final HtmlEscaper escaper = new HtmlEscaper(List.of(Variant.TEXT_HTML));

        @Override
        public boolean appliesTo(TemplateNode.Origin origin, Object result) {
            return !(result instanceof RawString);
        }

        @Override
        public String map(Object result, Expression expression) {
            return escaper.map(result, expression);
        }
    }
}
