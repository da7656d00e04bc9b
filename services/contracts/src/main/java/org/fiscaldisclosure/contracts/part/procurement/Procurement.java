package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procurement part of a disclosure: 政府采购 (表11) and 政府购买服务 (表12), and the unit's wording settings. */
@Schema(description = "政府采购与政府购买服务（金额单位：元）")
public record Procurement(
        @Schema(description = "表11 政府采购") @NotNull @Valid GovernmentProcurement procurement,
        @Schema(description = "表12 政府购买服务") @NotNull @Valid PurchasedServices purchasedServices,
        @Schema(description = "单位设置（可省略）") @Valid UnitProfile profile) {

    /** The profile to use, the default when none is set. */
    public UnitProfile profileOrDefault() {
        return UnitProfile.orDefault(profile);
    }
}
