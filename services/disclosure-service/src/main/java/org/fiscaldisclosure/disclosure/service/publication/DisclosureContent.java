package org.fiscaldisclosure.disclosure.service.publication;

import org.fiscaldisclosure.disclosure.service.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.service.findings.FindingsReport;

/**
 * The content of a disclosure as it stands: the assembled parts, every finding with the explanations in force,
 * and the hash that an approval names.
 */
public record DisclosureContent(AssembledDisclosure assembled, FindingsReport findings, String contentHash) {
}
