package io.spendsense.ui.common;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** How every chart of the app (the Charts tab, the charts in chat answers) labels months and sizes its markers. */
public final class ChartFormats {
    /** Above this many points a line chart drops its markers (DESIGN.md: markers are what make big series slow). */
    public static final int MARKER_LIMIT = 300;
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Messages.locale());

    private ChartFormats() {
    }

    /** "Mar 2026": a month in a tooltip. */
    public static String monthLabel(YearMonth month) {
        return MONTH_SHORT.format(month);
    }

    /** Whether a line of {@code points} points should draw its markers. */
    public static boolean markersFor(int points) {
        return points <= MARKER_LIMIT;
    }
}
