package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the narrative speaks of an empty table (all figures zero, no rows). */
@Schema(description = "空表表述：ZERO_SENTENCE 写出金额为0的句子（如“2024年度政府采购支出总额0万元。”），"
        + "NOT_APPLICABLE 写“本单位不涉及。”")
public enum EmptyTableWording {
    ZERO_SENTENCE,
    NOT_APPLICABLE
}
