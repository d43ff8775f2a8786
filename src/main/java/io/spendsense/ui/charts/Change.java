package io.spendsense.ui.charts;

/** Which way the month's spending moved against the previous month (drives the headline's color). */
public enum Change {
    UP, DOWN, FLAT, NONE
}
