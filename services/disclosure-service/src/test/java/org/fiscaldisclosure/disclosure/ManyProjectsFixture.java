package org.fiscaldisclosure.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.event.PartKind;

/**
 * {@link DocumentFixture}'s documents with a performance part of many 项目支出绩效自评表, shaped like a large
 * department's: each project its funds table and an indicator table of 25 三级指标 (产出 10, 效益 10, 满意度 5).
 */
public final class ManyProjectsFixture {

    private ManyProjectsFixture() {
    }

    /** The name of project {@code k} (from 1), distinct and searchable in every rendering. */
    public static String name(int k) {
        return String.format("2024年第%03d号教育发展专项经费", k);
    }

    public static String code(int k) {
        return String.format("11010824T%06d", k);
    }

    public static Map<PartKind, PartDocument> documents(int projects) {
        Map<PartKind, PartDocument> m = new LinkedHashMap<>(DocumentFixture.documents());
        List<DocumentSection> sections = new ArrayList<>();
        sections.add(DocumentFixture.performance().sections().get(0));
        for (int k = 1; k <= projects; k++) {
            sections.add(new DocumentSection(Slot.PROJECT_EVALUATIONS, "P4-project-" + code(k), name(k) + "绩效自评", List.of(
                    Block.heading("（一）项目资金情况"),
                    Block.table(DocumentFixture.projectFundsTable()),
                    Block.heading("（二）绩效指标完成情况"),
                    Block.table(indicators(k)),
                    Block.paragraph("项目" + name(k) + "年度目标已完成，资金使用规范，偏差原因及改进措施见自评报告。"))));
        }
        m.put(PartKind.PERFORMANCE, new PartDocument(sections));
        return m;
    }

    private static DocumentTable indicators(int k) {
        List<TableRow> rows = new ArrayList<>();
        String[][] kinds = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}};
        for (int i = 0; i < 25; i++) {
            String[] kind = kinds[i < 5 ? 0 : i < 10 ? 1 : i < 20 ? 2 : 3];
            String name = kind[1] + "第" + (i + 1) + "项（项目" + k + "）";
            rows.add(new TableRow(kind[0] + "/" + kind[1] + "/" + name, 0, false, List.of(Cell.text(kind[0]), Cell.text(kind[1]),
                    Cell.text(name), Cell.text("≥" + (90 + i % 10) + "%"), Cell.text((95 + i % 5) + "%"),
                    Cell.number(new BigDecimal("4")), Cell.number(new BigDecimal("4")))));
        }
        rows.add(new TableRow("total", 0, true, List.of(Cell.text("总分").spanning(5), Cell.number(new BigDecimal("100")),
                Cell.number(new BigDecimal("100")))));
        return new DocumentTable("P4-indicators", "项目绩效指标完成情况", null,
                List.of(new Column("l1", "一级指标", null), new Column("l2", "二级指标", null), new Column("l3", "三级指标", null),
                        new Column("target", "年度指标值", null), new Column("actual", "实际完成值", null),
                        new Column("weight", "分值", null), new Column("score", "得分", null)),
                rows, List.of(), null);
    }
}
