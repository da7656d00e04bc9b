package org.fiscaldisclosure.disclosure.service.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fiscaldisclosure.disclosure.repository.RenderedFileEntity;
import org.fiscaldisclosure.disclosure.service.ExactJson;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;

/**
 * Renders a published version into every format once, in the publishing transaction, and serves the stored files.
 * A rendering's members (the data package's files) are stored as well, each under the key {@code files/<name>}.
 */
@ApplicationScoped
public class Renderings {

    /** The key prefix of the files stored one by one. */
    static final String MEMBER = "files/";

    private final Map<String, Rendering> byFormat = new TreeMap<>();
    private final ExactJson json;
    private final StoredFileCache cache;

    @Inject
    public Renderings(Instance<Rendering> renderings, ExactJson json, StoredFileCache cache) {
        renderings.forEach(r -> byFormat.put(r.format(), r));
        this.json = json;
        this.cache = cache;
    }

    /** The formats, sorted: the values the {@code format} parameter accepts. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** The format whose media type is {@code mediaType}, if any. */
    public Optional<String> formatFor(String mediaType) {
        return byFormat.values().stream().filter(r -> r.mediaType().startsWith(mediaType)).map(Rendering::format).findFirst();
    }

    /** The name a format's file is offered under, e.g. {@code 110102-SWD-2024-v1.pdf}. */
    public String fileName(StoredFile file) {
        Rendering r = byFormat.get(file.format());
        String stem = file.unitCode() + "-" + file.fiscalYear() + "-v" + file.version();
        return r == null ? stem : stem + (r.extension().equals(r.format()) ? "" : "-" + r.format()) + "." + r.extension();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void renderAndStore(PublishedDocument document) {
        RenderInput input = RenderInput.of(document, json);
        for (Rendering r : byFormat.values()) {
            store(document, r.format(), r.mediaType(), r.render(input));
            for (RenderedMember m : r.members(input)) {
                store(document, MEMBER + m.name(), m.mediaType(), m.content());
            }
        }
    }

    private static void store(PublishedDocument document, String key, String mediaType, byte[] content) {
        RenderedFileEntity f = new RenderedFileEntity();
        f.unitCode = document.unitCode();
        f.fiscalYear = document.fiscalYear();
        f.version = document.version();
        f.format = key;
        f.mediaType = mediaType;
        f.content = content;
        f.sha256 = sha256(content);
        f.renderedAt = document.publishedAt();
        f.persist();
    }

    /** A rendering stored at publish time, from memory when it was read recently ({@link StoredFileCache}). */
    public Optional<StoredFile> stored(String unitCode, int fiscalYear, int version, String format) {
        return cache.get(new StoredFileCache.Key(unitCode, fiscalYear, version, format),
                () -> RenderedFileEntity.get(unitCode, fiscalYear, version, format).map(StoredFile::of));
    }

    /** A member file ({@code datapackage.json}, {@code T3.csv}) stored at publish time. */
    public Optional<StoredFile> member(String unitCode, int fiscalYear, int version, String name) {
        return stored(unitCode, fiscalYear, version, MEMBER + name);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
