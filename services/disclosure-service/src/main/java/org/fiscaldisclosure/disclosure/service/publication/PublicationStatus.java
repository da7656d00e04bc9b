package org.fiscaldisclosure.disclosure.service.publication;

import java.util.Optional;
import org.fiscaldisclosure.disclosure.repository.VersionEntity;

/**
 * Where a disclosure stands (ARCHITECTURE §6). Before the first version: DRAFT, or APPROVED once its current
 * content hash is approved. After it: PUBLISHED while the current content is the newest version's, else
 * UPDATED_SINCE_PUBLICATION (whether or not the change is approved yet; {@code approved} tells).
 */
public enum PublicationStatus {
    DRAFT, APPROVED, PUBLISHED, UPDATED_SINCE_PUBLICATION;

    public static PublicationStatus of(String currentHash, Optional<VersionEntity> latest, boolean approved) {
        if (latest.isPresent()) {
            return latest.get().contentHash.equals(currentHash) ? PUBLISHED : UPDATED_SINCE_PUBLICATION;
        }
        return approved ? APPROVED : DRAFT;
    }
}
