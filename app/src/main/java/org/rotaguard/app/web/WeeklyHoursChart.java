package org.rotaguard.app.web;

import java.util.Locale;

/**
 * A small bar chart (SVG) of a doctor's hours in each week of the rota against the contract's
 * 48-hour average and 72 hours in any 168. The numbers are also in the page's table; the chart
 * carries a text alternative.
 */
final class WeeklyHoursChart {
    static final double AVERAGE_LIMIT = 48;
    static final double WEEK_LIMIT = 72;
    private static final int HEIGHT = 60;
    private static final double SCALE_TOP = 96;

    private WeeklyHoursChart() {
    }

    static String svg(String label, double[] weekly) {
        int bar = 10;
        int gap = 3;
        int width = Math.max(1, weekly.length) * (bar + gap) + gap;
        StringBuilder svg = new StringBuilder();
        StringBuilder alt = new StringBuilder("Hours per week for ").append(escape(label)).append(": ");
        for (int w = 0; w < weekly.length; w++) {
            alt.append(w == 0 ? "" : ", ").append("week ").append(w + 1).append(' ').append(format(weekly[w]));
        }
        alt.append(". Limits: 48 hours average, 72 hours in any 168 hours.");
        svg.append(String.format(Locale.ROOT, "<svg class=\"rg-chart\" role=\"img\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                width, HEIGHT, width, HEIGHT, alt));
        for (int w = 0; w < weekly.length; w++) {
            double h = Math.min(weekly[w], SCALE_TOP) / SCALE_TOP * HEIGHT;
            String cls = weekly[w] > WEEK_LIMIT ? "rg-bar rg-bar--over" : weekly[w] > AVERAGE_LIMIT ? "rg-bar rg-bar--high" : "rg-bar";
            svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\">"
                    + "<title>Week %d: %s h</title></rect>", cls, gap + w * (bar + gap), HEIGHT - h, bar, h, w + 1,
                    format(weekly[w])));
        }
        line(svg, width, AVERAGE_LIMIT, "rg-limit rg-limit--average");
        line(svg, width, WEEK_LIMIT, "rg-limit rg-limit--week");
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, int width, double hours, String cls) {
        double y = HEIGHT - hours / SCALE_TOP * HEIGHT;
        svg.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                cls, width, y, y));
    }

    static String format(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours)
                : String.format(Locale.ROOT, "%.2f", hours).replaceAll("0$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
