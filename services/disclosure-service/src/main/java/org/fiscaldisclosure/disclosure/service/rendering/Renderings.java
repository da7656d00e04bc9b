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
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.fiscaldisclosure.disclosure.repository.RenderedFileEntity;
import org.fiscaldisclosure.disclosure.service.publication.PublishedDocument;

/** Renders a published version into every format once, in the publishing transaction, and serves the stored files. */
@ApplicationScoped
public class Renderings {

    private final Map<String, Rendering> byFormat = new TreeMap<>();

    @Inject
    public Renderings(Instance<Rendering> renderings) {
        renderings.forEach(r -> byFormat.put(r.format(), r));
    }

    /** The formats, sorted: the values the {@code format} parameter accepts. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void renderAndStore(PublishedDocument document) {
        Instant now = document.publishedAt();
        for (Rendering r : byFormat.values()) {
            RenderedFileEntity f = new RenderedFileEntity();
            f.unitCode = document.unitCode();
            f.fiscalYear = document.fiscalYear();
            f.version = document.version();
            f.format = r.format();
            f.mediaType = r.mediaType();
            f.content = r.render(document);
            f.sha256 = sha256(f.content);
            f.renderedAt = now;
            f.persist();
        }
    }

    public Optional<RenderedFileEntity> stored(String unitCode, int fiscalYear, int version, String format) {
        return RenderedFileEntity.get(unitCode, fiscalYear, version, format);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
