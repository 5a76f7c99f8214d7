package org.rotaguard.app.web;

import java.util.Locale;
import org.rotaguard.core.fatigue.DoctorFatigue;
import org.rotaguard.core.fatigue.DutyFatigue;
import org.rotaguard.core.fatigue.FatigueBand;
import org.rotaguard.core.time.Hours;

/**
 * A chart (SVG) of one doctor's predicted sleepiness: a bar per duty, in time order, up to its
 * peak KSS with a tick at its mean, over the green, amber (from KSS 7) and red (from KSS 8)
 * bands. Each bar names its duty; the chart has a text alternative and the page lists the
 * same numbers in a table.
 */
final class FatigueChart {
    private static final int HEIGHT = 120;
    private static final int AXIS = 22;
    private static final int TOP = 6;
    private static final double KSS_MIN = 1;
    private static final double KSS_MAX = 9;
    private static final int BAR = 8;
    private static final int GAP = 3;

    private FatigueChart() {
    }

    static String svg(String label, DoctorFatigue fatigue) {
        int n = fatigue.duties().size();
        int width = AXIS + Math.max(1, n) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        StringBuilder alt = new StringBuilder("Predicted sleepiness on each duty for ").append(escape(label))
                .append(": ").append(n).append(n == 1 ? " duty, " : " duties, ")
                .append(fatigue.dutiesIn(FatigueBand.GREEN)).append(" green, ")
                .append(fatigue.dutiesIn(FatigueBand.AMBER)).append(" amber, ")
                .append(fatigue.dutiesIn(FatigueBand.RED)).append(" red");
        if (n > 0) {
            DutyFatigue worst = fatigue.worst(1).get(0);
            alt.append("; highest KSS ").append(kss(worst.maxKss())).append(" on ").append(worst.type().code())
                    .append(' ').append(escape(Hours.span(fatigue.zoned(worst.start()), fatigue.zoned(worst.end()))));
        }
        alt.append(". Bands: green below KSS 7, amber from 7, red from 8.");
        svg.append(String.format(Locale.ROOT, "<svg class=\"rg-chart rg-fatigue-chart\" role=\"img\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                width, HEIGHT, width, HEIGHT, alt));
        band(svg, width, KSS_MIN, FatigueBand.AMBER_FROM, "rg-band rg-band--green");
        band(svg, width, FatigueBand.AMBER_FROM, FatigueBand.RED_FROM, "rg-band rg-band--amber");
        band(svg, width, FatigueBand.RED_FROM, KSS_MAX, "rg-band rg-band--red");
        for (int k = 1; k <= 9; k += 2) {
            svg.append(String.format(Locale.ROOT, "<text class=\"rg-axis\" x=\"%d\" y=\"%.1f\">%d</text>", AXIS - 4,
                    y(k) + 3, k));
        }
        for (int i = 0; i < n; i++) {
            DutyFatigue d = fatigue.duties().get(i);
            int x = AXIS + GAP + i * (BAR + GAP);
            double top = y(Math.max(KSS_MIN, Math.min(KSS_MAX, d.maxKss())));
            String when = escape(d.type().code() + " " + Hours.span(fatigue.zoned(d.start()), fatigue.zoned(d.end())));
            svg.append(String.format(Locale.ROOT, "<g class=\"rg-duty rg-duty--%s\"><title>%s: peak KSS %s at %s,"
                    + " mean %s (%s)</title><rect class=\"rg-kss\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>",
                    d.band().id(), when, kss(d.maxKss()), Hours.clock(fatigue.zoned(d.peakAt())), kss(d.meanKss()),
                    d.band().id(), x, top, BAR, y(KSS_MIN) - top));
            double mean = y(Math.max(KSS_MIN, Math.min(KSS_MAX, d.meanKss())));
            svg.append(String.format(Locale.ROOT, "<line class=\"rg-mean\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/></g>",
                    x - 1, x + BAR + 1, mean, mean));
        }
        threshold(svg, width, FatigueBand.AMBER_FROM, "rg-limit rg-limit--average");
        threshold(svg, width, FatigueBand.RED_FROM, "rg-limit rg-limit--week");
        return svg.append("</svg>").toString();
    }

    private static double y(double kss) {
        return TOP + (KSS_MAX - kss) / (KSS_MAX - KSS_MIN) * (HEIGHT - TOP - 4);
    }

    private static void band(StringBuilder svg, int width, double from, double to, String cls) {
        svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>",
                cls, AXIS, y(to), width - AXIS, y(from) - y(to)));
    }

    private static void threshold(StringBuilder svg, int width, double kss, String cls) {
        svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                cls, AXIS, width, y(kss), y(kss)));
    }

    static String kss(double value) {
        return String.format(Locale.UK, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
