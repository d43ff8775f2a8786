package io.spendsense.ui.common;

import java.util.Locale;

/** Initials and a stable color for a profile's avatar circle. No JavaFX: view-models use it too. */
public final class Avatars {
    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2",
        "#9c755f", "#d37295"};

    private Avatars() {
    }

    /** "Ada Lovelace" → "AL", "alice" → "AL", "x" → "X". */
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String[] words = name.strip().split("[\\s._-]+");
        String first = words[0].substring(0, 1);
        String second = words.length > 1 && !words[words.length - 1].isEmpty()
                ? words[words.length - 1].substring(0, 1)
                : words[0].length() > 1 ? words[0].substring(1, 2) : "";
        return (first + second).toUpperCase(Locale.ROOT);
    }

    public static String color(String username) {
        return COLORS[Math.floorMod(username == null ? 0 : username.hashCode(), COLORS.length)];
    }
}
