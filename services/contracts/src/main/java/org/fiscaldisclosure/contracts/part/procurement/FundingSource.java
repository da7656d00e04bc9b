package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 资金来源 of a purchased service. */
@Schema(description = "资金来源：GENERAL_PUBLIC_BUDGET 一般公共预算财政拨款，GOVERNMENT_FUND_BUDGET 政府性基金预算财政拨款，"
        + "STATE_CAPITAL_BUDGET 国有资本经营预算财政拨款，OTHER 其他资金")
public enum FundingSource implements Labelled {
    GENERAL_PUBLIC_BUDGET("一般公共预算财政拨款"),
    GOVERNMENT_FUND_BUDGET("政府性基金预算财政拨款"),
    STATE_CAPITAL_BUDGET("国有资本经营预算财政拨款"),
    OTHER("其他资金");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
