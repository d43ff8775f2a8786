package io.spendsense.assistant;

import java.math.BigDecimal;

/**
 * A minimal JSON writer for the answer format: objects, arrays, strings, numbers, booleans and null, written in
 * order on one line. Strings are escaped per RFC 8259 (quotes, backslash, control characters; lone surrogates as
 * \\u escapes so the output stays valid UTF-8).
 */
final class Json {
    private final StringBuilder out = new StringBuilder(512);
    private boolean needComma;

    Json beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    Json endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    Json beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    Json name(String name) {
        comma();
        string(name);
        out.append(':');
        needComma = false;
        return this;
    }

    Json value(String s) {
        comma();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    Json value(long n) {
        comma();
        out.append(n);
        needComma = true;
        return this;
    }

    /** A string, a list of strings as an array, or null. */
    Json value(Object o) {
        if (o instanceof java.util.List<?> list) {
            beginArray();
            list.forEach(x -> value(x == null ? null : x.toString()));
            return endArray();
        }
        return value(o == null ? null : o.toString());
    }

    Json value(BigDecimal d) {
        return value(d == null ? null : d.toPlainString());
    }

    Json field(String name, String value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || loneSurrogate) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
