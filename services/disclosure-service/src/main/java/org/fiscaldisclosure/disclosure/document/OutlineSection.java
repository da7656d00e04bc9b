package org.fiscaldisclosure.disclosure.document;

import org.fiscaldisclosure.contracts.document.DocumentSection;

/**
 * A section in its place: its number within its document part and its heading ({@code 三、支出决算表}).
 *
 * @param anchor a stable HTML anchor, {@code s-<owner>-<section id>}
 * @param owner  the part that wrote it ({@code statements}, {@code procurement}, {@code performance})
 */
public record OutlineSection(String number, String heading, String anchor, String owner, DocumentSection section) {
}
