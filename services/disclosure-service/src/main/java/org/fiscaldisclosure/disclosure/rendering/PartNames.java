package org.fiscaldisclosure.disclosure.rendering;

/** The published names of the three parts' owners, as the page names their content. */
final class PartNames {

    private PartNames() {
    }

    static String of(String owner) {
        return switch (owner) {
            case "statements" -> "决算报表及说明";
            case "procurement" -> "政府采购和政府购买服务";
            case "performance" -> "绩效评价";
            default -> owner;
        };
    }
}
