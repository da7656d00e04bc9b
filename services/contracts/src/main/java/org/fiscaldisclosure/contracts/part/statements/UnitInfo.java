package org.fiscaldisclosure.contracts.part.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
        @NotNull EmptyWording emptyWording,
        @Schema(description = "决算批复日期：财政部门批复本部门决算的日期（可省略）。公开及时性按批复后20日内计"
                + "（财预〔2016〕143号）；省略时按地区规定的公开期限判断。应在决算年度结束之后，且不晚于今天",
                examples = "2025-08-28")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @PastOrPresent(message = "决算批复日期不能晚于今天") LocalDate accountsApprovedOn) {

    /** Without a recorded 决算批复 date. */
    public UnitInfo(String name, String region, String duties, Boolean newlyEstablished, UnitKind kind, EmptyWording emptyWording) {
        this(name, region, duties, newlyEstablished, kind, emptyWording, null);
    }

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
