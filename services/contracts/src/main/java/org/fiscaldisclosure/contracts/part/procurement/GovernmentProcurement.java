package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * 表11 政府采购情况表, in 元. Each figure may be stated or, when {@code contracts} is listed, left out and derived
 * from the contracts; when both are given they must agree (a finding, not a refusal).
 */
@Schema(description = "表11 政府采购情况表（元）。各金额可直接填报；列出 contracts 时可省略，由合同汇总；两者都给出时应一致")
@FiguresStatedOrDerivable(message = "缺少金额：未列出政府采购合同（contracts）时必须填报")
public record GovernmentProcurement(
        @Schema(description = "政府采购货物支出") Amount goods,
        @Schema(description = "政府采购工程支出") Amount works,
        @Schema(description = "政府采购服务支出") Amount services,
        @Schema(description = "政府采购支出总额（填报数，可省略）") Amount statedTotal,
        @Schema(description = "授予中小企业合同金额") Amount smeAwards,
        @Schema(description = "其中：授予小微企业合同金额") Amount smallMicroAwards,
        @Schema(description = "授予中小企业合同金额占政府采购支出总额的百分比（填报数，可省略）", examples = "100")
        @DecimalMin(value = "0", message = "占比不能为负数") @DecimalMax(value = "100", message = "占比不能超过100")
        @Digits(integer = 3, fraction = 2, message = "占比最多两位小数") BigDecimal statedSmeShare,
        @Schema(description = "授予小微企业合同金额占政府采购支出总额的百分比（填报数，可省略）", examples = "100")
        @DecimalMin(value = "0", message = "占比不能为负数") @DecimalMax(value = "100", message = "占比不能超过100")
        @Digits(integer = 3, fraction = 2, message = "占比最多两位小数") BigDecimal statedSmallMicroShare,
        @Schema(description = "政府采购合同明细（可省略；列出时可由其汇总各金额，空数组表示没有合同）")
        List<@NotNull @Valid ProcurementContract> contracts) implements DerivableFigures {

    public GovernmentProcurement {
        statedSmeShare = twoDecimals(statedSmeShare);
        statedSmallMicroShare = twoDecimals(statedSmallMicroShare);
        contracts = contracts == null ? null : List.copyOf(contracts);
    }

    /** 100 and 100.00 are the same share; a finer value is left as it is for validation to refuse. */
    private static BigDecimal twoDecimals(BigDecimal share) {
        return share == null || share.stripTrailingZeros().scale() > 2 ? share : share.setScale(2);
    }

    /** Whether the contracts are listed (an empty list is listed: there were none). */
    public boolean itemized() {
        return contracts != null;
    }

    @Override
    public List<String> figuresMissing() {
        List<String> missing = new ArrayList<>();
        if (itemized()) {
            return missing;
        }
        addIfNull(missing, "goods", goods);
        addIfNull(missing, "works", works);
        addIfNull(missing, "services", services);
        addIfNull(missing, "smeAwards", smeAwards);
        addIfNull(missing, "smallMicroAwards", smallMicroAwards);
        return missing;
    }

    static void addIfNull(List<String> missing, String field, Object value) {
        if (value == null) {
            missing.add(field);
        }
    }
}
