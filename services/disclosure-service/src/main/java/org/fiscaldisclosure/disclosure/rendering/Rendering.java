package org.fiscaldisclosure.disclosure.rendering;

import java.util.function.Supplier;

import java.util.List;

/** One file format a published version is rendered into at publish time. */
public interface Rendering {

    /** The value of the {@code format} parameter that serves it, e.g. {@code json}. */
    String format();

    /** The media type it is served with. */
    String mediaType();

    /** The file name extension it is offered with ({@code html}, {@code zip}, …). */
    default String extension() {
        return format();
    }

    byte[] render(RenderInput input);

    /**
     * The rendering, with what it needs taken from the input first, so that the caller can let the input go before
     * the heavy part runs (the PDF lays out its page without the document the page was written from). By default
     * the input is kept until the rendering runs.
     */
    default Supplier<byte[]> prepare(RenderInput input) {
        return () -> render(input);
    }

    /**
     * The files it is made of that are also stored and served one by one ({@code …/files/{name}}), such as the
     * data package's {@code datapackage.json} and CSVs; none by default.
     */
    default List<RenderedMember> members(RenderInput input) {
        return List.of();
    }
}
