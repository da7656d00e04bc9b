package org.fiscaldisclosure.disclosure.publication;

/** The written form of a content hash. */
public final class ContentHashes {

    public static final String PATTERN = "^[0-9a-f]{64}$";

    private ContentHashes() {
    }
}
