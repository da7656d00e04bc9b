package org.fiscaldisclosure.disclosure.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.disclosure.document.DocumentOutline;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.document.PartDocuments;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;

/**
 * What every rendering of a version reads: the published document and its outline (the parts' documents placed in
 * the Beijing order). A part received without a document (an event written before parts carried one, or an empty
 * document) counts as not submitted, so the outline lists it among its parts' missing owners.
 */
public record RenderInput(PublishedDocument document, DocumentOutline outline) {

    public static RenderInput of(PublishedDocument document, ExactJson json) {
        Map<String, PartDocument> submitted = new LinkedHashMap<>();
        PartDocuments.of(document.parts(), json).forEach((owner, doc) -> {
            if (!doc.sections().isEmpty()) {
                submitted.put(owner, doc);
            }
        });
        String unit = document.unitName() == null ? document.unitCode() : document.unitName();
        return new RenderInput(document, DocumentOutline.assemble(unit, document.fiscalYear(), submitted));
    }

    /** The file name stem of the version's files: {@code 110102-SWD-2024-v1}. */
    public String fileStem() {
        return document.unitCode() + "-" + document.fiscalYear() + "-v" + document.version();
    }

    /** The part payloads as published, by part key. */
    public Map<String, JsonNode> parts() {
        return document.parts();
    }
}
