package org.fiscaldisclosure.statements.document;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.statements.figures.StatementsContext;
import org.fiscaldisclosure.statements.narrative.NarrativeWriter;

/**
 * The statements part's published form: the year's statement tables (第一部分), then the sections of 第二部分 决算说明
 * and the statement sections of 第三部分, from the same figures ({@code StatementFigures}), the same text
 * ({@link NarrativeWriter}) and the same charts ({@code Charts}) as {@code …/narrative} and {@code …/charts}.
 */
public final class StatementsDocument {

    private StatementsDocument() {
    }

    public static PartDocument of(StatementsContext ctx) {
        List<DocumentSection> sections = new ArrayList<>(TableSections.of(ctx));
        sections.addAll(NarrativeSections.of(ctx, NarrativeWriter.sections(ctx)));
        return new PartDocument(sections);
    }
}
