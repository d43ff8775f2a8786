package io.spendsense.ui.recurring;

import io.spendsense.domain.Schedule;

/** How often a recurring expense repeats, as the editor offers it (one choice per {@link Schedule.Kind}). */
public enum Repeat {
    MONTHLY("Monthly", Schedule.Kind.MONTHLY),
    WEEKLY("Weekly", Schedule.Kind.WEEKLY),
    YEARLY("Yearly", Schedule.Kind.YEARLY),
    DAILY("Every few days", Schedule.Kind.DAILY);

    private final String label;
    private final Schedule.Kind kind;

    Repeat(String label, Schedule.Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    static Repeat of(Schedule.Kind kind) {
        for (Repeat r : values()) {
            if (r.kind == kind) {
                return r;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    @Override
    public String toString() {
        return label;
    }
}
