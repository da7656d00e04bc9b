package org.fiscaldisclosure.disclosure.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fiscaldisclosure.disclosure.assembly.DisclosureQueries;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline;

/**
 * A JSON Feed (version 1.1, https://jsonfeed.org/version/1.1) of the publications (the newest version of each
 * disclosure, tag {@code publication}) and of the units that are late (published after their time limit or not
 * published past it, tag {@code late}), newest first, at most {@link #LIMIT} items; optionally of one region and year.
 */
@ApplicationScoped
public class PublicationFeed {

    public static final String MEDIA_TYPE = "application/feed+json";
    public static final int LIMIT = 200;

    @Inject
    DisclosureQueries queries;

    @Inject
    QualityReports reports;

    @Inject
    ObjectMapper mapper;

    /** An entry before it is written: when, and the item. */
    private record Entry(Instant at, ObjectNode item) {
    }

    /**
     * The feed.
     *
     * @param base   the absolute base of the links ({@code https://host/}), ending with {@code /}
     * @param region a region code to keep, or null for every region
     * @param year   a fiscal year to keep, or null for every year
     */
    public ObjectNode feed(String base, String region, Integer year) {
        List<Entry> entries = new ArrayList<>();
        for (DisclosureQueries.RegionYear ry : queries.regionYears()) {
            if ((region != null && !region.equals(ry.regionCode())) || (year != null && year != ry.fiscalYear())) {
                continue;
            }
            for (UnitQuality u : reports.units(ry.regionCode(), ry.fiscalYear())) {
                String name = u.unitName() == null ? u.unitCode() : u.unitName();
                String page = base + "portal/disclosures/" + u.unitCode() + "/" + u.fiscalYear();
                if (u.version() != null && u.publishedAt() != null) {
                    Instant at = u.publishedAt();
                    ObjectNode item = mapper.createObjectNode();
                    item.put("id", "publication:" + u.unitCode() + ":" + u.fiscalYear() + ":v" + u.version());
                    item.put("url", page);
                    item.put("title", name + " " + u.fiscalYear() + "年度部门决算公开（第" + u.version() + "版）");
                    item.put("content_text", name + "公开了" + u.fiscalYear() + "年度部门决算第" + u.version() + "版。" + u.timeliness().statusLabel()
                            + "：" + u.timeliness().rule() + "。");
                    item.put("date_published", at.toString());
                    item.putArray("tags").add("publication");
                    entries.add(new Entry(at, item));
                }
                if (u.timeliness().late()) {
                    Instant at = u.timeliness().deadline().plusDays(1).atStartOfDay(PublicationDeadline.BEIJING).toInstant();
                    ObjectNode item = mapper.createObjectNode();
                    item.put("id", "late:" + u.unitCode() + ":" + u.fiscalYear());
                    item.put("url", base + "portal/quality/disclosures/" + u.unitCode() + "/" + u.fiscalYear());
                    item.put("title", name + " " + u.fiscalYear() + "年度部门决算" + u.timeliness().statusLabel());
                    item.put("content_text", u.timeliness().statusLabel() + "：" + u.timeliness().rule() + "。");
                    item.put("date_published", at.toString());
                    item.putArray("tags").add("late");
                    entries.add(new Entry(at, item));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());
        ObjectNode feed = mapper.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", "部门决算公开：新公开与逾期");
        feed.put("home_page_url", base + "portal");
        feed.put("feed_url", base + "api/v1/feed" + (region == null && year == null ? ""
                : "?" + (region == null ? "" : "regionCode=" + region) + (region != null && year != null ? "&" : "")
                + (year == null ? "" : "year=" + year)));
        feed.put("language", "zh-CN");
        ArrayNode items = feed.putArray("items");
        entries.stream().limit(LIMIT).forEach(e -> items.add(e.item()));
        return feed;
    }
}
