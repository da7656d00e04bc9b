/**
 * The published form of a part: what its owner says belongs in the 部门决算公开 document, in the owner's words and
 * figures, as structured data. Each producer writes its {@link org.fiscaldisclosure.contracts.document.PartDocument}
 * into every revision (field {@code document} of the part event); the disclosure-service places the sections of the
 * three parts in the Beijing 2024 outline ({@link org.fiscaldisclosure.contracts.document.Slot}), numbers them and
 * renders them (HTML, XLSX, PDF, data package) without calling the producers and without generating any wording.
 *
 * <p>Amounts in a document are exact 元 ({@link org.fiscaldisclosure.contracts.document.CellKind#AMOUNT}); renderers
 * show them in 万元, rounded once with {@link org.fiscaldisclosure.contracts.value.Rounding}. Text (paragraphs,
 * headings, notes) is final wording: renderers escape it and never rewrite it.
 */
package org.fiscaldisclosure.contracts.document;
