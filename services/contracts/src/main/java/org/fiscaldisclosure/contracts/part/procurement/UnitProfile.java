package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Settings of the unit that shape the generated text, not the figures. */
@Schema(description = "单位设置（影响说明文字，不影响数字）")
public record UnitProfile(
        @Schema(description = "表11、表12为空时说明中的表述；省略时为 ZERO_SENTENCE") EmptyTableWording emptyTableWording) {

    public static final UnitProfile DEFAULT = new UnitProfile(EmptyTableWording.ZERO_SENTENCE);

    /** The wording to use, the default when none is set. */
    public EmptyTableWording wording() {
        return emptyTableWording == null ? EmptyTableWording.ZERO_SENTENCE : emptyTableWording;
    }

    public static UnitProfile orDefault(UnitProfile profile) {
        return profile == null ? DEFAULT : profile;
    }
}
