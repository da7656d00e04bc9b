package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 表12 政府购买服务, in 元. */
public record PurchasedServices(
        @Schema(description = "政府购买服务决算金额") @NotNull Amount total) {
}
