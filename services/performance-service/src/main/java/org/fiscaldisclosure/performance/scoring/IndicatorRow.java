package org.fiscaldisclosure.performance.scoring;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel2;
import org.fiscaldisclosure.contracts.part.performance.Level1Group;
import org.fiscaldisclosure.contracts.part.performance.Level2Group;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;

/**
 * A 三级指标 with its place in the tree: the 一级指标 the table puts it under, its 二级指标, and its indices.
 */
public record IndicatorRow(int level1Index, int groupIndex, int index, IndicatorLevel1 placedUnder,
                           IndicatorLevel2 level2, Indicator indicator) {

    /** Every 三级指标 of a table, in table order. */
    public static List<IndicatorRow> of(ProjectEvaluation project) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int l = 0; l < project.indicators().size(); l++) {
            Level1Group l1 = project.indicators().get(l);
            for (int g = 0; g < l1.groups().size(); g++) {
                Level2Group l2 = l1.groups().get(g);
                for (int i = 0; i < l2.indicators().size(); i++) {
                    rows.add(new IndicatorRow(l, g, i, l1.level1(), l2.level2(), l2.indicators().get(i)));
                }
            }
        }
        return rows;
    }

    /** 一级/二级/三级 as the table shows it, e.g. 产出指标/时效指标/指标：按进度完成任务. */
    public String path() {
        return placedUnder.label() + "/" + level2.label() + "/" + indicator.name().strip();
    }

    /** The position in the part's JSON, relative to the table. */
    public String pointer() {
        return "/indicators/" + level1Index + "/groups/" + groupIndex + "/indicators/" + index;
    }
}
