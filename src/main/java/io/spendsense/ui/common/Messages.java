package io.spendsense.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The desktop's words: every text the user reads comes from {@code io/spendsense/ui/messages.properties}, so a
 * translator needs only that bundle. FXML says {@code %key}; code calls {@link #get} or {@link #format} with the key
 * written out as a literal, which is how {@code MessagesBundleTest} finds the keys in use.
 *
 * <p>Keys read through {@link #format} are {@link MessageFormat} patterns ({@code {0}} arguments, {@code ''} for an
 * apostrophe, {@code {0,choice,...}} for plurals, where a number pattern's # is quoted: {@code {0,number,'#'}});
 * keys read through {@link #get} and FXML keys are plain text. {@code MessagesBundleTest} holds the bundle to this.
 */
public final class Messages {
    public static final String BUNDLE = "io.spendsense.ui.messages";
    /** The language the base bundle is written in. */
    static final Locale BASE = Locale.US;
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /**
     * The language of the bundle in use, for month and day names: {@link #BASE}, US English, for the base bundle
     * (which has no locale of its own), else the translation's, so that a translated bundle gets its own names.
     */
    public static Locale locale() {
        Locale locale = MESSAGES.getLocale();
        return locale.equals(Locale.ROOT) ? BASE : locale;
    }

    /** The plain text of {@code key}. */
    public static String get(String key) {
        return MESSAGES.getString(key);
    }

    /** {@code key}'s pattern with {@code arguments} filled in. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(MESSAGES.getString(key), locale()).format(arguments);
    }
}
