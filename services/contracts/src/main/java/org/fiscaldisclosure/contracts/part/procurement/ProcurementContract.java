package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/** One 政府采购 contract behind 表11; its amount counts as the year's procurement expenditure. */
@Schema(description = "政府采购合同")
public record ProcurementContract(
        @Schema(description = "合同名称") @NotBlank @Size(max = 200) String name,
        @Schema(description = "采购品目类别") @NotNull ProcurementCategory category,
        @Schema(description = "采购方式") @NotNull ProcurementMethod method,
        @Schema(description = "供应商名称") @NotBlank @Size(max = 200) String supplier,
        @Schema(description = "供应商规模（决定是否计入授予中小企业、小微企业合同金额）") @NotNull SupplierSize supplierSize,
        @Schema(description = "合同金额（元）") @NotNull Amount amount,
        @Schema(description = "合同签订日期", examples = "2024-05-20") @NotNull LocalDate signedOn) {
}
