package org.fiscaldisclosure.disclosure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.junit.jupiter.api.Test;

class DocumentOutlineTest {

    static DocumentSection section(Slot slot, String id, String title) {
        return new DocumentSection(slot, id, title, List.of(Block.paragraph(title + "。")));
    }

    @Test
    void sectionsOfTheThreePartsAreOrderedByTheBeijingOutlineAndNumberedPerPart() {
        PartDocument statements = new PartDocument(List.of(
                section(Slot.EXPLANATION, "P2-basic", "部门/单位基本情况"),
                section(Slot.TERMS, "P3-terms", "专业名词解释"),
                section(Slot.STATEMENT_TABLES, "T1", "收入支出决算总表"),
                section(Slot.STATEMENT_TABLES, "T2", "收入决算表"),
                section(Slot.THREE_PUBLIC, "P3-three", "“三公”经费财政拨款决算情况"),
                section(Slot.STATE_ASSETS, "P3-assets", "国有资产占用情况"),
                section(Slot.OPERATING_COSTS, "P3-ops", "机关运行经费支出情况")));
        PartDocument procurement = new PartDocument(List.of(
                section(Slot.PROCUREMENT_TABLES, "T11", "政府采购情况表"),
                section(Slot.PROCUREMENT, "P3-procurement", "政府采购支出情况"),
                section(Slot.PURCHASED_SERVICES, "P3-services", "政府购买服务支出说明")));
        PartDocument performance = new PartDocument(List.of(
                section(Slot.PROJECT_EVALUATIONS, "P4-a", "甲项目绩效自评"),
                section(Slot.DEPARTMENT_EVALUATION, "P4-dept", "部门整体绩效评价"),
                section(Slot.PROJECT_EVALUATIONS, "P4-b", "乙项目绩效自评")));

        DocumentOutline outline = DocumentOutline.assemble("北京市某区某局", 2024,
                Map.of("statements", statements, "procurement", procurement, "performance", performance));

        assertEquals("北京市某区某局2024年度部门决算公开", outline.title());
        assertEquals(List.of("第一部分 2024年度部门决算报表", "第二部分 2024年度部门决算说明",
                "第三部分 2024年度其他重要事项的情况说明", "第四部分 2024年度部门绩效评价情况"),
                outline.parts().stream().map(p -> p.title()).toList());
        assertEquals(List.of("一、收入支出决算总表", "二、收入决算表", "三、政府采购情况表"), headings(outline, 0));
        assertEquals(List.of("一、部门/单位基本情况"), headings(outline, 1));
        assertEquals(List.of("一、“三公”经费财政拨款决算情况", "二、机关运行经费支出情况", "三、政府采购支出情况",
                "四、国有资产占用情况", "五、政府购买服务支出说明", "六、专业名词解释"), headings(outline, 2));
        assertEquals(List.of("一、部门整体绩效评价", "二、甲项目绩效自评", "三、乙项目绩效自评"), headings(outline, 3));
        assertEquals("s-procurement-T11", outline.parts().get(0).sections().get(2).anchor());
        outline.parts().forEach(p -> assertEquals(List.of(), p.missingOwners()));
    }

    @Test
    void aPartNotReceivedLeavesItsSlotsEmptyAndIsNamedAsMissing() {
        DocumentOutline outline = DocumentOutline.assemble("某局", 2024,
                Map.of("statements", new PartDocument(List.of(section(Slot.STATEMENT_TABLES, "T1", "收入支出决算总表")))));
        assertEquals(List.of("procurement"), outline.parts().get(0).missingOwners());
        assertEquals(List.of(), outline.parts().get(1).missingOwners(), "received without part 2 sections is not missing");
        assertEquals(List.of("procurement"), outline.parts().get(2).missingOwners());
        assertEquals(List.of("performance"), outline.parts().get(3).missingOwners());
        assertEquals(List.of("一、收入支出决算总表"), headings(outline, 0));
    }

    @Test
    void numeralsFollowChineseCounting() {
        assertEquals(List.of("一", "九", "十", "十一", "十二", "二十", "二十一"),
                List.of(1, 9, 10, 11, 12, 20, 21).stream().map(ChineseNumerals::of).toList());
    }

    static List<String> headings(DocumentOutline outline, int part) {
        return outline.parts().get(part).sections().stream().map(OutlineSection::heading).toList();
    }
}
