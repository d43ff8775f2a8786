package io.spendsense.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A restriction to weekend days (Saturday, Sunday) or weekdays (Monday to Friday). */
public enum DayKind {
    WEEKEND, WEEKDAY;

    public boolean matches(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return this == WEEKEND ? weekend : !weekend;
    }
}
