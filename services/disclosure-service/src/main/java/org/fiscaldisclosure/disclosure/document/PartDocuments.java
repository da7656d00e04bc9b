package org.fiscaldisclosure.disclosure.document;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fiscaldisclosure.contracts.document.PartDocument;

/** The parts' documents out of their stored event payloads (field {@code document}), amounts exact. */
public final class PartDocuments {

    private PartDocuments() {
    }

    /**
     * @param parts the received parts' payloads by part key
     * @return each received part's document; {@link PartDocument#EMPTY} for a payload written before parts carried
     *         one
     */
    public static Map<String, PartDocument> of(Map<String, JsonNode> parts, ExactJson json) {
        Map<String, PartDocument> documents = new LinkedHashMap<>();
        parts.forEach((key, payload) -> {
            JsonNode doc = payload == null ? null : payload.get("document");
            documents.put(key, doc == null || doc.isNull() ? PartDocument.EMPTY : json.convert(doc, PartDocument.class));
        });
        return documents;
    }
}
