package org.fiscaldisclosure.disclosure.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.disclosure.overview.PublicationDeadline;

/** How the portal writes amounts and times: 万元 HALF_UP from exact 元 (the suite's {@link Rounding}), Beijing time. */
final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PublicationDeadline.BEIJING);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PublicationDeadline.BEIJING);

    private Formats() {
    }

    /** 216650.00 元 → "21.67" (万元); null → "—". */
    static String wan(BigDecimal yuan) {
        return yuan == null ? "—" : grouped(Rounding.wanYuan(yuan));
    }

    /** 216650 → "216,650.00" (元, exact); null → "—". */
    static String yuan(BigDecimal yuan) {
        return yuan == null ? "—" : grouped(yuan.setScale(Math.max(2, yuan.scale()), RoundingMode.UNNECESSARY));
    }

    /** A number that is not money (points, percent, counts) as it is. */
    static String plain(BigDecimal n) {
        return n == null ? "—" : n.toPlainString();
    }

    static String date(Instant t) {
        return t == null ? "—" : DATE.format(t);
    }

    static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    private static String grouped(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.00########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(n);
    }
}
