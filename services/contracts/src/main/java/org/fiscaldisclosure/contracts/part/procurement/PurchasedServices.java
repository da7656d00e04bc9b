package org.fiscaldisclosure.contracts.part.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * 表12 政府购买服务, in 元. The total may be stated or, when {@code items} are listed, left out and derived from
 * them; when both are given they must agree (a finding).
 */
@Schema(description = "表12 政府购买服务（元）。合计可直接填报；列出 items 时可省略，由明细汇总；两者都给出时应一致")
@FiguresStatedOrDerivable(message = "缺少金额：未列出政府购买服务明细（items）时必须填报")
public record PurchasedServices(
        @Schema(description = "政府购买服务决算金额（合计，元）") Amount total,
        @Schema(description = "政府购买服务项目明细（可省略；空数组表示没有项目）")
        List<@NotNull @Valid PurchasedServiceItem> items) implements DerivableFigures {

    public PurchasedServices {
        items = items == null ? null : List.copyOf(items);
    }

    public boolean itemized() {
        return items != null;
    }

    @Override
    public List<String> figuresMissing() {
        List<String> missing = new ArrayList<>();
        if (!itemized()) {
            GovernmentProcurement.addIfNull(missing, "total", total);
        }
        return missing;
    }
}
