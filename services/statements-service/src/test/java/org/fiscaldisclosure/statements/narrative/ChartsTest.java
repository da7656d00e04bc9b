package org.fiscaldisclosure.statements.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fiscaldisclosure.contracts.value.Amount;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The charts' drawings are wide enough for every label they print: nothing is cut at the right edge. */
class ChartsTest {

    /** Each text of the drawing: its start x and its text; and the drawing's width. */
    record Drawn(int width, List<Element> texts) {
    }

    static Drawn read(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"), root.getAttribute("viewBox"));
        NodeList nodes = root.getElementsByTagName("text");
        List<Element> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add((Element) nodes.item(i));
        }
        return new Drawn(Integer.parseInt(root.getAttribute("width")), texts);
    }

    static void assertEveryLabelFits(String svg) throws Exception {
        Drawn d = read(svg);
        for (Element t : d.texts()) {
            if (!"start".equals(t.getAttribute("text-anchor"))) {
                continue;
            }
            int right = Integer.parseInt(t.getAttribute("x")) + Charts.textWidth(t.getTextContent());
            assertTrue(right <= d.width(), "“" + t.getTextContent() + "” ends at " + right + " past the drawing's width " + d.width());
        }
    }

    @Test
    void aPieIsWideEnoughForItsLegendWithTheAmountAndTheShare() throws Exception {
        // the seed's 图1: all of 358.64 万元 from one source, 100%
        Map<String, Amount> income = new LinkedHashMap<>();
        income.put("财政拨款收入", Amount.of(new BigDecimal("3586400.00")));
        income.put("事业收入", Amount.of(BigDecimal.ZERO));
        String svg = Charts.pie("收入决算", income);
        assertTrue(svg.contains(">财政拨款收入 358.64万元（100%）</text>"), svg);
        assertEveryLabelFits(svg);

        // a long source name with a large amount widens the drawing further
        Map<String, Amount> wide = new LinkedHashMap<>();
        wide.put("附属单位上缴收入", Amount.of(new BigDecimal("123456789012.34")));
        wide.put("其他收入", Amount.of(new BigDecimal("1.00")));
        String wider = Charts.pie("收入决算", wide);
        assertEveryLabelFits(wider);
        assertTrue(read(wider).width() > read(svg).width(), "the drawing grows with its widest label");
    }

    @Test
    void aBarChartIsWideEnoughForTheLabelAfterItsLongestBar() throws Exception {
        Map<String, Amount> bars = new LinkedHashMap<>();
        bars.put("一般公共服务支出", Amount.of(new BigDecimal("987654321.09")));
        bars.put("社会保障和就业支出", Amount.of(new BigDecimal("1320967.90")));
        assertEveryLabelFits(Charts.bars("一般公共预算财政拨款支出（按类）", bars));
    }

    @Test
    void aLabelIsMeasuredOneEmPerChineseCharacterAndLessForDigits() {
        assertEquals(13 * 2, Charts.textWidth("万元"));
        assertEquals(13 * 2, Charts.textWidth("（）"));
        assertEquals((int) Math.ceil(13 * 0.7 * 6), Charts.textWidth("358.64"));
    }
}
