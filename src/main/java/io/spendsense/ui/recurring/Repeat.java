package io.spendsense.ui.recurring;

import io.spendsense.domain.Schedule;
import io.spendsense.ui.common.Messages;

/** How often a recurring expense repeats, as the editor offers it (one choice per {@link Schedule.Kind}). */
public enum Repeat {
    MONTHLY(Schedule.Kind.MONTHLY),
    WEEKLY(Schedule.Kind.WEEKLY),
    YEARLY(Schedule.Kind.YEARLY),
    DAILY(Schedule.Kind.DAILY);

    private final Schedule.Kind kind;

    Repeat(Schedule.Kind kind) {
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
        return switch (this) {
            case MONTHLY -> Messages.get("recurring.repeat.monthly");
            case WEEKLY -> Messages.get("recurring.repeat.weekly");
            case YEARLY -> Messages.get("recurring.repeat.yearly");
            case DAILY -> Messages.get("recurring.repeat.daily");
        };
    }
}
