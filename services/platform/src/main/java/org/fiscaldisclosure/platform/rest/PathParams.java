package org.fiscaldisclosure.platform.rest;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Parses the {unitCode}/{year} path of a disclosure, reporting every bad segment at once. */
public record PathParams(UnitCode unitCode, FiscalYear year) {

    public static PathParams parse(String unitCode, String year) {
        List<FieldError> errors = new ArrayList<>();
        UnitCode unit = null;
        FiscalYear fy = null;
        try {
            unit = UnitCode.of(unitCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError("unitCode", e.getMessage()));
        }
        try {
            fy = FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("year", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("路径参数不符合要求", errors);
        }
        return new PathParams(unit, fy);
    }

    /** Optional query filters of a listing. */
    public static Integer yearFilter(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return FiscalYear.parse(year).value();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("year", e.getMessage())));
        }
    }

    public static String regionFilter(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!region.matches("[0-9]{6}")) {
            throw ProblemException.badRequest("查询参数不符合要求",
                    List.of(new FieldError("region", "地区应为6位行政区划代码，如 110102")));
        }
        return region;
    }

    public static void checkPage(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "页码从 0 开始"));
        }
        if (size < 1 || size > 500) {
            errors.add(new FieldError("size", "每页条数应在 1 至 500 之间"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("查询参数不符合要求", errors);
        }
    }
}
