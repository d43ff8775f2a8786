package io.spendsense.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Replays a corpus file (the contract's JSON Lines) block by block, each block one conversation with its "today",
 * and checks every answer by the contract's pass rule on the answer's JSON.
 */
final class CorpusReplay {
    /** Every filter of the answer's JSON: one the line does not name must be null ("in euros" read nowhere else). */
    static final List<String> FILTERS = List.of("from", "to", "category", "payee", "exclude_category",
            "exclude_payee", "days", "amount_gt", "amount_lt", "per", "from2", "to2", "category2", "payee2",
            "currency");

    record Line(int number, Object block, LocalDate today, String query, Map<String, Object> expect) {
    }

    record Result(Line line, String json, List<String> failures) {
        boolean passed() {
            return failures.isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Line> load(String resource) {
        var lines = new ArrayList<Line>();
        try (var in = new BufferedReader(new InputStreamReader(
                CorpusReplay.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                n++;
                if (s.isBlank()) {
                    continue;
                }
                var o = MiniJson.object(s);
                lines.add(new Line(n, o.get("block"), LocalDate.parse((String) o.get("today")), (String) o.get("query"),
                        (Map<String, Object>) o.get("expect")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    static List<Result> replay(AssistantFixture fx, List<Line> lines) {
        var results = new ArrayList<Result>();
        Conversation conversation = new Conversation();
        Object block = null;
        for (Line line : lines) {
            if (!Objects.equals(block, line.block())) {
                conversation = new Conversation();
                block = line.block();
            }
            Answer a = fx.assistant.ask(fx.user, conversation, line.query(), line.today());
            String json = AnswerJson.toJson(a);
            results.add(new Result(line, json, check(line.expect(), MiniJson.object(json))));
        }
        return results;
    }

    static List<String> check(Map<String, Object> expect, Map<String, Object> got) {
        var failures = new ArrayList<String>();
        if (!Objects.equals(expect.get("intent"), got.get("intent"))) {
            failures.add("intent " + got.get("intent") + " != " + expect.get("intent"));
        }
        for (String f : FILTERS) {
            Object want = expect.get(f);
            Object have = got.get(f);
            if (!expect.containsKey(f) || want == null) {
                if (have != null) {
                    failures.add(f + " should be null, was " + have);
                }
            } else if (!filterEquals(f, want, have)) {
                failures.add(f + " " + have + " != " + want);
            }
        }
        if (expect.containsKey("value")) {
            Object want = expect.get("value");
            Object have = got.get("value");
            if (want == null ? have != null : have == null
                    || new BigDecimal(want.toString()).subtract(new BigDecimal(have.toString())).abs()
                    .compareTo(new BigDecimal("0.01")) > 0) {
                failures.add("value " + have + " != " + want);
            }
        }
        for (String f : List.of("answer_category", "answer_month", "answer_payee")) {
            if (expect.containsKey(f) && !Objects.equals(expect.get(f), got.get(f))) {
                failures.add(f + " " + got.get(f) + " != " + expect.get(f));
            }
        }
        // our own rule, stricter than the contract's: a question whose words were all understood reports none as
        // ignored, and one with words the engine cannot use names each of them
        List<String> ignored = strings(got.get("ignored"));
        List<String> wanted = strings(expect.get("ignored"));
        if (wanted.isEmpty() && !ignored.isEmpty()) {
            failures.add("ignored should be empty, was " + ignored);
        }
        for (String w : wanted) {
            if (ignored.stream().noneMatch(i -> i.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)))) {
                failures.add("ignored " + ignored + " lacks '" + w + "'");
            }
        }
        if (got.get("answer") == null || got.get("answer").toString().isBlank()) {
            failures.add("empty answer");
        }
        return failures;
    }

    /** Lists compare as sets (each wanted item matched by one got item, same sizes); a lone value is a list of one. */
    private static boolean filterEquals(String f, Object want, Object have) {
        if (have == null) {
            return false;
        }
        List<String> a = strings(want);
        List<String> b = strings(have);
        if (a.size() != b.size()) {
            return false;
        }
        for (String x : a) {
            if (b.stream().noneMatch(y -> oneEquals(f, x, y))) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneEquals(String f, String want, String have) {
        return switch (f) {
            case "category", "category2", "exclude_category" -> want.equalsIgnoreCase(have);
            case "payee", "payee2",
                    "exclude_payee" -> have.toLowerCase(Locale.ROOT).contains(want.toLowerCase(Locale.ROOT))
                    || want.toLowerCase(Locale.ROOT).contains(have.toLowerCase(Locale.ROOT));
            case "amount_gt", "amount_lt" -> new BigDecimal(want).compareTo(new BigDecimal(have)) == 0;
            default -> want.equals(have);
        };
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(o.toString());
    }

    /** One line per question, for the test log: PASS/FAIL, the question, and what differed. */
    static String summary(List<Result> results) {
        var sb = new StringBuilder();
        for (Result r : results) {
            sb.append(r.passed() ? "PASS " : "FAIL ").append(r.line().number()).append(' ').append(r.line().query());
            if (!r.passed()) {
                sb.append("  <- ").append(String.join("; ", r.failures())).append("\n      ").append(r.json());
            }
            sb.append('\n');
        }
        long passed = results.stream().filter(Result::passed).count();
        sb.append(String.format(Locale.ROOT, "%d/%d passed (%.1f%%)%n", passed, results.size(),
                100.0 * passed / Math.max(1, results.size())));
        return sb.toString();
    }
}
