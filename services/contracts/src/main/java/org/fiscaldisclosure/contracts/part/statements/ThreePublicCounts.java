package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The counts the 三公 section reports beside table 10's amounts. */
public record ThreePublicCounts(
        @Schema(description = "因公出国（境）团组数") @NotNull @PositiveOrZero Integer abroadGroups,
        @Schema(description = "因公出国（境）人次") @NotNull @PositiveOrZero Integer abroadPersons,
        @Schema(description = "公务用车购置数") @NotNull @PositiveOrZero Integer vehiclesPurchased,
        @Schema(description = "公务用车保有量") @NotNull @PositiveOrZero Integer vehiclesHeld,
        @Schema(description = "国内公务接待批次") @NotNull @PositiveOrZero Integer receptionBatches,
        @Schema(description = "国内公务接待人次") @NotNull @PositiveOrZero Integer receptionPersons) {

    public static final ThreePublicCounts NONE = new ThreePublicCounts(0, 0, 0, 0, 0, 0);
}
