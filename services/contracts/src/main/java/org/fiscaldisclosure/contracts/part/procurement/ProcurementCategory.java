package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 采购品目类别 of a contract: the three columns of 表11. */
@Schema(description = "采购品目类别：GOODS 货物，WORKS 工程，SERVICES 服务")
public enum ProcurementCategory implements Labelled {
    GOODS("货物"),
    WORKS("工程"),
    SERVICES("服务");

    private final String label;

    ProcurementCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
