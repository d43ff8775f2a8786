package io.spendsense.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source and where they stand, for the tests that keep user text in the bundles
 * ({@code UiTextLiteralsTest} under {@code ui}, {@code ServiceTextLiteralsTest} under {@code service} and
 * {@code domain}). Not a parser: comments are blanked and literal contents masked, so that brackets, commas and
 * quotes inside them are not counted, and a literal's call is found by walking back to its unmatched parenthesis.
 */
public final class JavaLiterals {
    private JavaLiterals() {
    }

    /** A string literal: its line, its text as written (escapes kept), and where its opening quote is. */
    public record Literal(int line, String text, int start) {
    }

    /** The source with comments blanked and literal contents masked, and the literals found. */
    public record Scan(String masked, List<Literal> literals) {
    }

    /** The call a literal is an argument of: its callee as written ("getStyleClass().add", "new Label"). */
    public record Call(String callee, int argument) {
        /** The callee's last name: "add" for "getStyleClass().add", "Label" for "new Label". */
        public String method() {
            String name = callee.startsWith("new ") ? callee.substring(4) : callee;
            return name.substring(name.lastIndexOf('.') + 1);
        }

        public boolean constructor() {
            return callee.startsWith("new ");
        }
    }

    public static List<Literal> literals(String java) {
        return scan(java).literals();
    }

    /** The literal's value: "\\n" is a line break, not an n. */
    public static String unescape(String written) {
        var out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '\\' || i + 1 == written.length()) {
                out.append(c);
                continue;
            }
            char next = written.charAt(++i);
            if (next == 'u') {
                while (written.charAt(i) == 'u') {
                    i++;
                }
                out.append((char) Integer.parseInt(written.substring(i, i + 4), 16));
                i += 3;
            } else {
                out.append(switch (next) {
                    case 'n', 'r', 't', 'b', 'f', 's' -> ' ';
                    default -> next;
                });
            }
        }
        return out.toString();
    }

    /** Walks back from {@code at} to the unmatched opening parenthesis; null when the literal is in no call. */
    public static Call enclosingCall(String masked, int at) {
        int depth = 0;
        int commas = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '[' || c == '{') {
                if (depth == 0) {
                    return null;
                }
                depth--;
            } else if (c == '(') {
                if (depth == 0) {
                    String callee = callee(masked, i);
                    return callee.isEmpty() ? null : new Call(callee, commas);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
            } else if (c == ';' && depth == 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the literal at {@code at} is a {@code case} label ({@code case "a", "b" ->} or {@code case "a":}): a
     * value matched, not shown.
     */
    public static boolean caseLabel(String masked, int at) {
        int i = at - 1;
        while (i >= 0) {
            char c = masked.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i--;
            } else if (c == '"') {
                i = masked.lastIndexOf('"', i - 1) - 1;
            } else {
                break;
            }
        }
        return i >= 3 && masked.startsWith("case", i - 3)
                && (i == 3 || !Character.isJavaIdentifierPart(masked.charAt(i - 4)));
    }

    /**
     * The variable or field whose initializer or assignment holds the literal at {@code at} ({@code MONTHS} for
     * {@code static final String[][] MONTHS = {{"jan", ...}}}, {@code why} for {@code why = "given"}), through calls
     * and array initializers; null when its statement assigns nothing.
     */
    public static String declared(String masked, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth = Math.max(0, depth - 1);
            } else if (c == '{') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                int j = i - 1;
                while (j >= 0 && Character.isWhitespace(masked.charAt(j))) {
                    j--;
                }
                char before = j < 0 ? ';' : masked.charAt(j);
                if (before != '=' && before != ',' && before != '{' && before != ']') {
                    return null; // a block, not an array initializer
                }
            } else if (c == ';' && depth == 0) {
                return null;
            } else if (c == '=' && depth == 0 && i > 0 && "=!<>+-*/%&|^".indexOf(masked.charAt(i - 1)) < 0
                    && (i + 1 == masked.length() || masked.charAt(i + 1) != '=')) {
                int end = i - 1;
                while (end >= 0 && Character.isWhitespace(masked.charAt(end))) {
                    end--;
                }
                int start = end;
                while (start >= 0 && Character.isJavaIdentifierPart(masked.charAt(start))) {
                    start--;
                }
                return start == end ? null : masked.substring(start + 1, end + 1);
            }
        }
        return null;
    }

    private static String callee(String masked, int paren) {
        int i = paren - 1;
        while (i >= 0 && Character.isWhitespace(masked.charAt(i))) {
            i--;
        }
        var chain = new StringBuilder();
        while (i >= 0) {
            char c = masked.charAt(i);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                chain.insert(0, c);
                i--;
            } else if (c == ')' || c == '>' && (i == 0 || masked.charAt(i - 1) != '-')) {
                char open = c == ')' ? '(' : '<';
                int depth = 0;
                int j = i;
                for (; j >= 0; j--) {
                    if (masked.charAt(j) == c) {
                        depth++;
                    } else if (masked.charAt(j) == open && --depth == 0) {
                        break;
                    }
                }
                if (j < 0) {
                    break;
                }
                if (c == ')') {
                    chain.insert(0, "()");
                }
                i = j - 1;
            } else {
                break;
            }
        }
        String before = masked.substring(0, i + 1).stripTrailing();
        boolean constructor = before.endsWith("new") && (before.length() == 3
                || !Character.isJavaIdentifierPart(before.charAt(before.length() - 4)));
        return constructor ? "new " + chain : chain.toString();
    }

    /** Blanks comments and masks string and char contents, so that brackets in them are not counted. */
    public static Scan scan(String src) {
        var masked = new StringBuilder(src);
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                end = end < 0 ? src.length() : end;
                blank(masked, i, end);
                i = end;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                blank(masked, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int bodyStart = src.indexOf('\n', i) + 1;
                int end = src.indexOf("\"\"\"", bodyStart);
                String body = src.substring(bodyStart, end).strip();
                found.add(new Literal(line + 1, body.replaceAll("\\s*\\n\\s*", " "), i));
                line += count(src, i, end);
                mask(masked, i + 3, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < src.length() && src.charAt(end) != c) {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    found.add(new Literal(line, src.substring(i + 1, end), i));
                }
                mask(masked, i + 1, end);
                i = end + 1;
            } else {
                i++;
            }
        }
        return new Scan(masked.toString(), found);
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += s.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, ' ');
            }
        }
    }

    private static void mask(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, '_');
            }
        }
    }
}
