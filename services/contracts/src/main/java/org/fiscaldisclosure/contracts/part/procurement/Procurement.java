package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procurement part of a disclosure: 政府采购 and 政府购买服务. */
@Schema(description = "政府采购与政府购买服务（金额单位：元）")
public record Procurement(
        @Schema(description = "政府采购") @NotNull @Valid GovernmentProcurement procurement,
        @Schema(description = "政府购买服务") @NotNull @Valid PurchasedServices purchasedServices) {
}
