package org.fiscaldisclosure.disclosure.rendering;

/** One file of a rendering that is served on its own too, under its name. */
public record RenderedMember(String name, String mediaType, byte[] content) {
}
