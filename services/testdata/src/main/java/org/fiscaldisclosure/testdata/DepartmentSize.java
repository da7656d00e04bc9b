package org.fiscaldisclosure.testdata;

/**
 * How large a generated department is: 项目支出绩效自评表 evaluated, 项-level rows in tables 2, 3 and 5, 政府采购
 * contracts, and 政府购买服务 items (each one a service contract, bought for one evaluated project).
 */
public record DepartmentSize(int projects, int itemRows, int contracts, int serviceItems) {

    /** A real large department (a district's 教委 or 卫健委): 300 projects, 400 项, 200 contracts, 100 items. */
    public static final DepartmentSize FULL = new DepartmentSize(300, 400, 200, 100);

    /** The reduced department the end-to-end test loads: the same shape, a fifth of the projects. */
    public static final DepartmentSize REDUCED = new DepartmentSize(60, 100, 40, 20);

    public DepartmentSize {
        if (projects < 1 || itemRows < 1 || contracts < 1 || serviceItems < 0) {
            throw new IllegalArgumentException("sizes must be positive: " + projects + "/" + itemRows + "/" + contracts + "/" + serviceItems);
        }
        if (serviceItems > contracts || serviceItems > projects) {
            throw new IllegalArgumentException("each purchased-service item is a service contract bought for one project: "
                    + serviceItems + " items need as many contracts and projects");
        }
    }

    /** The same shape with another number of projects (the other sizes kept, items capped by the projects). */
    public DepartmentSize withProjects(int n) {
        return new DepartmentSize(n, itemRows, contracts, Math.min(serviceItems, n));
    }

    @Override
    public String toString() {
        return projects + " projects, " + itemRows + " 项 rows, " + contracts + " contracts, " + serviceItems + " purchased-service items";
    }
}
