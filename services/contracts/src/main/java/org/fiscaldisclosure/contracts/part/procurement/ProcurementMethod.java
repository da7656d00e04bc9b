package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 采购方式 (政府采购法 第二十六条, and the methods the 财政部 added later). */
@Schema(description = "采购方式：PUBLIC_TENDER 公开招标，INVITED_TENDER 邀请招标，COMPETITIVE_NEGOTIATION 竞争性谈判，"
        + "COMPETITIVE_CONSULTATION 竞争性磋商，SINGLE_SOURCE 单一来源采购，REQUEST_FOR_QUOTATION 询价，"
        + "FRAMEWORK_AGREEMENT 框架协议采购")
public enum ProcurementMethod implements Labelled {
    PUBLIC_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    SINGLE_SOURCE("单一来源采购"),
    REQUEST_FOR_QUOTATION("询价"),
    FRAMEWORK_AGREEMENT("框架协议采购");

    private final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
