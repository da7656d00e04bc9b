package org.fiscaldisclosure.disclosure.service.portal;

import static org.fiscaldisclosure.disclosure.service.rendering.Html.esc;

import java.util.List;

/**
 * The portal's HTML: one self-contained zh-CN page (no script, no font, no image, no external resource), a
 * stylesheet readable on a phone (tables scroll sideways inside their own box, text wraps) and on paper; every text
 * put in a page goes through {@link #esc}.
 */
final class PortalHtml {

    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;\
            line-height:1.6;color:#1f2328;background:#fff}
            header{background:#8b1a1a;color:#fff;padding:.6rem 1rem}
            header a{color:#fff;text-decoration:none;margin-right:1rem}
            main{max-width:72rem;margin:0 auto;padding:1rem}
            h1{font-size:1.35rem;margin:.4rem 0 .8rem}
            h2{font-size:1.1rem;margin:1.4rem 0 .5rem;border-left:4px solid #8b1a1a;padding-left:.5rem}
            p,li{overflow-wrap:anywhere}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}
            dl.facts dt{color:#57606a}
            dl.facts dd{margin:0;overflow-wrap:anywhere}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid #d0d7de;border-radius:4px}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            caption{text-align:left;padding:.3rem .5rem;color:#57606a}
            th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
            th{background:#f6f8fa;white-space:nowrap}
            td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .sub{display:block;color:#57606a;font-size:.8rem}
            .FATAL{color:#b42318;font-weight:bold}
            .WARNING{color:#9a6700;font-weight:bold}
            .INFO{color:#57606a}
            .status{white-space:nowrap}
            footer{max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#57606a;font-size:.8rem}
            @media (max-width:40rem){main{padding:.6rem}table{font-size:.82rem}}
            @media print{header,footer nav{display:none}.scroll{overflow:visible;border:0}a{color:inherit;text-decoration:none}}
            """;

    private PortalHtml() {
    }

    /** A link; both the address and the text are escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A whole page: title, navigation, the body (already HTML) and the footer. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><nav>" + link("/portal", "部门决算公开") + "</nav></header>"
                + "<main><h1>" + esc(title) + "</h1>" + body + "</main>"
                + "<footer><p>金额单位：万元（由精确到分的元数四舍五入保留两位小数）；时间为北京时间。"
                + "各页数据亦以 JSON 提供，见各页所附链接。</p></footer></body></html>\n";
    }

    /** A table in its own scrolling box; cells are HTML already (use {@link #esc} or {@link Cell}). */
    static String table(String caption, List<String> headers, List<List<Cell>> rows) {
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table>");
        if (caption != null) {
            b.append("<caption>").append(esc(caption)).append("</caption>");
        }
        b.append("<thead><tr>");
        headers.forEach(h -> b.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<Cell> row : rows) {
            b.append("<tr>");
            row.forEach(c -> b.append(c.number() ? "<td class=\"num\">" : "<td>").append(c.html()).append("</td>"));
            b.append("</tr>");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"").append(headers.size()).append("\">暂无</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    /** A definition list of facts (label → HTML). */
    static String facts(List<String[]> pairs) {
        StringBuilder b = new StringBuilder("<dl class=\"facts\">");
        for (String[] p : pairs) {
            b.append("<dt>").append(esc(p[0])).append("</dt><dd>").append(p[1]).append("</dd>");
        }
        return b.append("</dl>").toString();
    }

    /** A table cell: its HTML and whether it is a number (right-aligned, not wrapped). */
    record Cell(String html, boolean number) {

        static Cell text(String text) {
            return new Cell(esc(text), false);
        }

        static Cell html(String html) {
            return new Cell(html, false);
        }

        static Cell number(String html) {
            return new Cell(html, true);
        }
    }
}
