package org.fiscaldisclosure.disclosure.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fiscaldisclosure.disclosure.rendering.PageTemplates;

/**
 * The portal's pages: Qute templates under {@code pages/portal/} ({@link PageTemplates}, every value HTML-escaped),
 * each a self-contained zh-CN page (no script, no font, no image, no external resource) on one layout with a
 * stylesheet readable on a phone (tables scroll sideways inside their own box, text wraps) and on paper.
 */
final class PortalHtml {

    private PortalHtml() {
    }

    /** The page {@code pages/portal/<template>} titled {@code title}, with {@code data} for its template. */
    static String page(String template, String title, Map<String, Object> data) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("title", title);
        return PageTemplates.render("portal/" + template, all);
    }
}
