package org.fiscaldisclosure.disclosure.publication;

import org.fiscaldisclosure.disclosure.assembly.AssembledDisclosure;
import org.fiscaldisclosure.disclosure.findings.FindingsReport;

/**
 * The content of a disclosure as it stands: the assembled parts, every finding with the explanations in force,
 * and the hash that an approval names.
 */
public record DisclosureContent(AssembledDisclosure assembled, FindingsReport findings, String contentHash) {
}
