package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** 表11 政府采购情况表, in 元. */
public record GovernmentProcurement(
        @Schema(description = "政府采购货物支出") @NotNull Amount goods,
        @Schema(description = "政府采购工程支出") @NotNull Amount works,
        @Schema(description = "政府采购服务支出") @NotNull Amount services,
        @Schema(description = "政府采购支出总额（填报数，可省略）") Amount statedTotal,
        @Schema(description = "授予中小企业合同金额") @NotNull Amount smeAwards,
        @Schema(description = "其中：授予小微企业合同金额") @NotNull Amount smallMicroAwards) {

    /** 政府采购支出总额 = 货物 + 工程 + 服务. */
    public Amount total() {
        return Amount.sum(List.of(goods, works, services));
    }
}
