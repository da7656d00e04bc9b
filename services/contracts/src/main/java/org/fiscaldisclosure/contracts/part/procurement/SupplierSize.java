package org.fiscaldisclosure.contracts.part.procurement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The supplier's size under 《中小企业划型标准规定》: 中小企业 are the medium, small and micro ones, 小微企业 the
 * small and micro ones. A supplier that is not an enterprise (事业单位, 社会组织) counts as neither.
 */
@Schema(description = "供应商规模：LARGE 大型企业，MEDIUM 中型企业，SMALL 小型企业，MICRO 微型企业，NOT_ENTERPRISE 非企业（事业单位、社会组织等）")
public enum SupplierSize implements Labelled {
    LARGE("大型企业"),
    MEDIUM("中型企业"),
    SMALL("小型企业"),
    MICRO("微型企业"),
    NOT_ENTERPRISE("非企业");

    private final String label;

    SupplierSize(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 中小企业: medium, small or micro. */
    public boolean isSme() {
        return this == MEDIUM || this == SMALL || this == MICRO;
    }

    /** 小微企业: small or micro. */
    public boolean isSmallOrMicro() {
        return this == SMALL || this == MICRO;
    }
}
