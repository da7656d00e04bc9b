package org.fiscaldisclosure.disclosure.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.part.statements.UnitInfo;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.disclosure.portal.Comparisons;
import org.fiscaldisclosure.disclosure.portal.PortalSearch;
import org.fiscaldisclosure.disclosure.publication.PublicationStatus;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.security.UnsafeText;

/** The query parameters of the search and the comparisons, each checked, every bad one reported at once (400). */
record SearchParams(String text, Integer year, String region, PublicationStatus status, String kind, PortalSearch.Sort sort,
                    int page, int size) {

    static final int MAX_TEXT = 100;

    static SearchParams parse(String q, String year, String status, String kind, String sort, int page, int size) {
        return parse(q, year, null, status, kind, sort, page, size);
    }

    static SearchParams parse(String q, String year, String region, String status, String kind, String sort, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldError("q", "查找内容最多 " + MAX_TEXT + " 个字"));
        } else if (text != null) {
            // any other text is searched for as it is (markup and quotes included) and shown escaped
            String refused = UnsafeText.why(text);
            if (refused != null) {
                errors.add(new FieldError("q", refused));
            }
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = FiscalYear.parse(year.strip()).value();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("year", e.getMessage()));
            }
        }
        String r = null;
        if (region != null && !region.isBlank()) {
            if (region.strip().matches("[0-9]{6}")) {
                r = region.strip();
            } else {
                errors.add(new FieldError("region", "地区应为6位行政区划代码，如 110102"));
            }
        }
        PublicationStatus st = enumOf(status, PublicationStatus.class, "status",
                "应为 DRAFT、APPROVED、PUBLISHED、UPDATED_SINCE_PUBLICATION 之一", errors);
        UnitInfo.UnitKind k = enumOf(kind, UnitInfo.UnitKind.class, "kind", "应为 ADMINISTRATIVE（行政单位）、PUBLIC_INSTITUTION（事业单位）、OTHER（其他）之一", errors);
        PortalSearch.Sort so = enumOf(sort, PortalSearch.Sort.class, "sort", "应为 YEAR、NAME、CODE、TOTAL、PUBLISHED 之一", errors);
        if (page < 0) {
            errors.add(new FieldError("page", "页码从 0 开始"));
        }
        if (size < 1 || size > 500) {
            errors.add(new FieldError("size", "每页条数应在 1 至 500 之间"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("查询参数不符合要求", errors);
        }
        return new SearchParams(text, y, r, st, k == null ? null : k.name(), so == null ? PortalSearch.Sort.YEAR : so, page, size);
    }

    static UnitCode unit(String unitCode) {
        try {
            return UnitCode.of(unitCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest("路径参数不符合要求", List.of(new FieldError("unitCode", e.getMessage())));
        }
    }

    static Comparisons.Sort regionSort(String sort) {
        Comparisons.Sort s = QueryEnums.parse(sort, Comparisons.Sort.class, "sort", "应为 FIGURE、NAME、CODE 之一");
        return s == null ? Comparisons.Sort.FIGURE : s;
    }

    static HeadlineFigure figure(String figure) {
        if (figure == null || figure.isBlank()) {
            return HeadlineFigure.GRAND_INCOME_TOTAL;
        }
        return Comparisons.COMPARED.stream().filter(f -> f.key().equals(figure.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("查询参数不符合要求", List.of(new FieldError("figure",
                        "应为 " + String.join("、", Comparisons.COMPARED.stream().map(HeadlineFigure::key).toList()) + " 之一"))));
    }

    private static <E extends Enum<E>> E enumOf(String value, Class<E> type, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
