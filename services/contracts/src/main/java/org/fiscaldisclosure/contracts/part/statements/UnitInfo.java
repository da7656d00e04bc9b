package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 部门/单位基本情况. */
public record UnitInfo(
        @Schema(description = "单位名称", examples = "中共北京市西城区委社会工作部")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "所属地区名称", examples = "北京市西城区")
        @NotBlank @Size(max = 100) String region,
        @Schema(description = "机构设置与职责")
        @Size(max = 20000) String duties,
        @Schema(description = "本年新增单位：不与上年比较")
        @NotNull Boolean newlyEstablished,
        @Schema(description = "单位性质：行政单位（含参照公务员法管理事业单位）公开机关运行经费")
        @NotNull UnitKind kind,
        @Schema(description = "无数据的表与章节的表述：NOT_INVOLVED =“本单位不涉及”，ZERO = 金额为0的句子")
        @NotNull EmptyWording emptyWording) {

    /** 单位性质. */
    public enum UnitKind {
        /** 行政单位（含参照公务员法管理事业单位）. */
        ADMINISTRATIVE,
        /** 事业单位. */
        PUBLIC_INSTITUTION,
        /** 其他. */
        OTHER
    }

    /** How an empty table or section is described. */
    public enum EmptyWording {
        NOT_INVOLVED, ZERO
    }
}
