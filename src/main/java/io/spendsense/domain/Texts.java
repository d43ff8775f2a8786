package io.spendsense.domain;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the domain and the services write for the user (validation and import errors, import facts, schedules,
 * insight reasons, the amount question): every one comes from {@code io/spendsense/domain/messages.properties}, so a
 * translator needs only that bundle and the desktop's. Code calls {@link #get} or {@link #format} with the key
 * written out as a literal, which is how {@code TextsBundleTest} finds the keys in use; it lives in {@code domain},
 * the bottom layer, so that the domain's own sentences and every layer above can read it.
 *
 * <p>Keys read through {@link #format} are {@link MessageFormat} patterns ({@code {0}} arguments, {@code ''} for an
 * apostrophe, {@code {0,number,#}} for a count or an id written without grouping, {@code {0,choice,...}} for plurals,
 * where a number pattern's # is quoted: {@code {0,number,'#'}}); keys read through {@link #get} are plain text.
 */
public final class Texts {
    public static final String BUNDLE = "io.spendsense.domain.messages";
    /** The language the base bundle is written in. */
    static final Locale BASE = Locale.US;
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE);

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return TEXTS;
    }

    /**
     * The language of the bundle in use: month and day names in these texts are written in it ({@link #BASE}, US
     * English, for the base bundle, which has no locale of its own).
     */
    public static Locale locale() {
        Locale locale = TEXTS.getLocale();
        return locale.equals(Locale.ROOT) ? BASE : locale;
    }

    /** The plain text of {@code key}. */
    public static String get(String key) {
        return TEXTS.getString(key);
    }

    /** {@code key}'s pattern with {@code arguments} filled in. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), locale()).format(arguments);
    }

    /** "a", "a and b", "a and b and c": the items joined as the bundle's {@code list.and} joins two. */
    public static String and(Collection<String> items) {
        String joined = null;
        for (String item : items) {
            joined = joined == null ? item : Texts.format("list.and", joined, item);
        }
        return joined == null ? "" : joined;
    }
}
