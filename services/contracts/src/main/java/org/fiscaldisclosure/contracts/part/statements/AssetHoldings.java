package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 国有资产占用情况: vehicles and equipment with a unit value over one million yuan. */
public record AssetHoldings(
        @Schema(description = "车辆总数") @NotNull @PositiveOrZero Integer vehicles,
        @Schema(description = "其中：副部（省）级及以上领导用车") @NotNull @PositiveOrZero Integer leadershipVehicles,
        @Schema(description = "其中：主要领导干部用车") @NotNull @PositiveOrZero Integer principalVehicles,
        @Schema(description = "其中：机要通信用车") @NotNull @PositiveOrZero Integer confidentialVehicles,
        @Schema(description = "其中：应急保障用车") @NotNull @PositiveOrZero Integer emergencyVehicles,
        @Schema(description = "其中：执法执勤用车") @NotNull @PositiveOrZero Integer lawEnforcementVehicles,
        @Schema(description = "其中：特种专业技术用车") @NotNull @PositiveOrZero Integer specialVehicles,
        @Schema(description = "其中：离退休干部服务用车") @NotNull @PositiveOrZero Integer retireeVehicles,
        @Schema(description = "其中：其他用车") @NotNull @PositiveOrZero Integer otherVehicles,
        @Schema(description = "单位价值100万元以上设备台（套）数") @NotNull @PositiveOrZero Integer equipmentOverOneMillion) {

    public static final AssetHoldings NONE = new AssetHoldings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return vehicles == 0 && equipmentOverOneMillion == 0;
    }
}
