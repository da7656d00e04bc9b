package org.fiscaldisclosure.disclosure.rendering;

import org.fiscaldisclosure.disclosure.repository.RenderedFileEntity;

/**
 * A file rendered and stored at publish time, as served: detached from the database, immutable like the row it was
 * read from (its content array is never written to), so it can be kept in {@link StoredFileCache}.
 */
public record StoredFile(String unitCode, int fiscalYear, int version, String format, String mediaType, byte[] content,
                         String sha256, String contentEncoding) {

    static StoredFile of(RenderedFileEntity f) {
        return new StoredFile(f.unitCode, f.fiscalYear, f.version, f.format, f.mediaType, f.content, f.sha256, f.contentEncoding);
    }

    /** Whether the content is stored gzip-compressed (then {@link #content} is the compressed bytes). */
    public boolean gzipped() {
        return StoredCompression.GZIP.equals(contentEncoding);
    }

    /** The rendering as rendered: the content, decompressed when it is stored compressed. */
    public byte[] rendered() {
        return gzipped() ? StoredCompression.gunzip(content) : content;
    }
}
