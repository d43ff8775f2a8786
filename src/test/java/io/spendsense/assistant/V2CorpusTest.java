package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the v2 corpus (src/test/tools/make_v2_corpus.py: the contract v2 classes, expected answers from an
 * independent Python oracle) over the development expenses, by the contract's pass rule plus our own two: the
 * {@code ignored} rule of {@link CorpusReplay#check} and, for trend lines, the expected monthly {@code series}.
 */
class V2CorpusTest {
    static final String RESOURCE = "v2-corpus.jsonl";

    /** Every line: the time algebra reads every date class of the contract v2. */
    static final double REQUIRED_PASS_RATE = 1.0;

    @TempDir
    static Path dir;
    static AssistantFixture fx;

    @BeforeAll
    static void load() {
        fx = new AssistantFixture(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void v2CorpusPassesAtLeastTheCurrentRate() {
        var lines = CorpusReplay.load(RESOURCE);
        var results = new ArrayList<CorpusReplay.Result>();
        for (CorpusReplay.Result r : CorpusReplay.replay(fx, lines)) {
            var failures = new ArrayList<>(r.failures());
            failures.addAll(checkSeries(r.line().expect(), MiniJson.object(r.json())));
            results.add(new CorpusReplay.Result(r.line(), r.json(), failures));
        }
        System.out.println("== " + RESOURCE + "\n" + CorpusReplay.summary(results) + byClass(results));
        long passed = results.stream().filter(CorpusReplay.Result::passed).count();
        assertThat(results).hasSizeGreaterThanOrEqualTo(340);
        assertThat((double) passed / results.size()).as(RESOURCE + " pass rate")
                .isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
    }

    /** A trend line's expected series: one entry per calendar month of the period, totals within 0.01. */
    @SuppressWarnings("unchecked")
    static List<String> checkSeries(Map<String, Object> expect, Map<String, Object> got) {
        if (!expect.containsKey("series")) {
            return List.of();
        }
        var want = (List<Object>) expect.get("series");
        var have = got.get("series") instanceof List<?> l ? (List<Object>) l : List.of();
        var wantText = new ArrayList<String>();
        var haveText = new ArrayList<String>();
        boolean same = want.size() == have.size();
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            var w = i < want.size() ? (Map<String, Object>) want.get(i) : null;
            var h = i < have.size() ? (Map<String, Object>) have.get(i) : null;
            if (w != null) {
                wantText.add(w.get("month") + "=" + w.get("total"));
            }
            if (h != null) {
                haveText.add(h.get("month") + "=" + h.get("total"));
            }
            if (w == null || h == null || !String.valueOf(w.get("month")).equals(String.valueOf(h.get("month")))
                    || new BigDecimal(w.get("total").toString())
                            .subtract(new BigDecimal(String.valueOf(h.get("total"))))
                    .abs().compareTo(new BigDecimal("0.01")) > 0) {
                same = false;
            }
        }
        return same ? List.of() : List.of("series " + haveText + " != " + wantText);
    }

    /** Passed / total per class (the corpus line's "class", its part before '/' and the whole). */
    private static String byClass(List<CorpusReplay.Result> results) {
        Map<Integer, String> classes = classes();
        var counts = new TreeMap<String, int[]>();
        for (var r : results) {
            String cls = classes.getOrDefault(r.line().number(), "?");
            for (String key : cls.contains("/") ? List.of(cls.substring(0, cls.indexOf('/')), cls) : List.of(cls)) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[1]++;
                if (r.passed()) {
                    c[0]++;
                }
            }
        }
        var sb = new StringBuilder("by class:\n");
        counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "  %-32s %3d/%3d%n", k, c[0], c[1])));
        return sb.toString();
    }

    private static Map<Integer, String> classes() {
        var out = new HashMap<Integer, String>();
        try (var in = new BufferedReader(new InputStreamReader(
                V2CorpusTest.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                n++;
                if (!s.isBlank()) {
                    out.put(n, String.valueOf(MiniJson.object(s).get("class")));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
