package org.fiscaldisclosure.disclosure.service.rendering;

import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;

/** One file format a published version is rendered into at publish time. */
public interface Rendering {

    /** The value of the {@code format} parameter that serves it, e.g. {@code json}. */
    String format();

    /** The media type it is served with. */
    String mediaType();

    byte[] render(PublishedDocument document);
}
