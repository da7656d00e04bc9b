package org.fiscaldisclosure.disclosure.publication;

import java.util.Optional;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;

/**
 * Where a disclosure stands (docs/disclosure.md, "Status"). Before the first version: DRAFT, or APPROVED once its current
 * content hash is approved. After it: PUBLISHED while the current content is the newest version's, else
 * UPDATED_SINCE_PUBLICATION (whether or not the change is approved yet; {@code approved} tells).
 */
public enum PublicationStatus {
    DRAFT, APPROVED, PUBLISHED, UPDATED_SINCE_PUBLICATION;

    public static PublicationStatus of(String currentHash, Optional<VersionEntity> latest, boolean approved) {
        return ofHashes(currentHash, latest.map(v -> v.contentHash), approved);
    }

    /** From the current content hash and the newest version's hash, if any. */
    public static PublicationStatus ofHashes(String currentHash, Optional<String> latestVersionHash, boolean approved) {
        if (latestVersionHash.isPresent()) {
            return latestVersionHash.get().equals(currentHash) ? PUBLISHED : UPDATED_SINCE_PUBLICATION;
        }
        return approved ? APPROVED : DRAFT;
    }

    /** The status's name on the public pages. */
    public String label() {
        return switch (this) {
            case DRAFT -> "草稿";
            case APPROVED -> "已审批待公开";
            case PUBLISHED -> "已公开";
            case UPDATED_SINCE_PUBLICATION -> "公开后有更新";
        };
    }
}
