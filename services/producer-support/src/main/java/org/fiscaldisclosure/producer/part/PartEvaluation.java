package org.fiscaldisclosure.producer.part;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.validation.Finding;

/**
 * Everything a revision derives from its part, from one pass over its figures ({@link PartDefinition#evaluate}):
 * the headline figures, the part's own findings and its published form.
 */
public record PartEvaluation(Map<HeadlineFigure, BigDecimal> headline, List<Finding> findings, PartDocument document) {
}
