package org.fiscaldisclosure.testdata;

import java.util.List;

/** Who a synthetic unit is: its code (a Beijing district's 行政区划代码 and a serial), the district and its name. */
public record UnitIdentity(int index, String unitCode, String regionName, String name) {

    /** The sixteen districts of Beijing, 行政区划代码 and name. */
    static final List<String[]> DISTRICTS = List.of(
            new String[] {"110101", "北京市东城区"}, new String[] {"110102", "北京市西城区"},
            new String[] {"110105", "北京市朝阳区"}, new String[] {"110106", "北京市丰台区"},
            new String[] {"110107", "北京市石景山区"}, new String[] {"110108", "北京市海淀区"},
            new String[] {"110109", "北京市门头沟区"}, new String[] {"110111", "北京市房山区"},
            new String[] {"110112", "北京市通州区"}, new String[] {"110113", "北京市顺义区"},
            new String[] {"110114", "北京市昌平区"}, new String[] {"110115", "北京市大兴区"},
            new String[] {"110116", "北京市怀柔区"}, new String[] {"110117", "北京市平谷区"},
            new String[] {"110118", "北京市密云区"}, new String[] {"110119", "北京市延庆区"});

    static final List<String> DEPARTMENTS = List.of(
            "区委社会工作部", "区财政局", "区审计局", "区统计局", "区发展和改革委员会", "区档案馆", "区委组织部",
            "区委宣传部", "区委统战部", "区人大常委会办公室", "区政协办公室", "区政府办公室", "区商务局",
            "区市场监督管理局", "区城市管理委员会", "区民政局", "区信访办", "区委网信办", "区工商业联合会",
            "区知识产权局");

    /** Where the district of 行政区划代码 {@code code} is in {@link #DISTRICTS}; a code not among them is refused. */
    static int districtPosition(String code) {
        for (int i = 0; i < DISTRICTS.size(); i++) {
            if (DISTRICTS.get(i)[0].equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not one of the sixteen Beijing districts: " + code);
    }

    /** The unit of serial {@code index} (1-based); the same index gives the same unit in every run. */
    public static UnitIdentity of(int index) {
        String[] district = DISTRICTS.get(index % DISTRICTS.size());
        String dept = DEPARTMENTS.get((index / DISTRICTS.size()) % DEPARTMENTS.size());
        return new UnitIdentity(index, district[0] + "-B" + String.format("%05d", index), district[1],
                "北京市" + district[1].substring(3) + dept.substring(1));
    }
}
