package io.spendsense.service.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spendsense.service.imports.StatementException.Problem;

/**
 * Bad lines found in passes (fields, signs, dates), each in line order; only the first lines of each pass are
 * kept, and the report merges them in line order.
 */
final class Problems {
    private final Map<Integer, List<Problem>> byPass = new HashMap<>();
    private final Map<Integer, Set<Long>> linesByPass = new HashMap<>();
    private final Set<Long> bad = new HashSet<>();
    private final List<Runnable> undo = new ArrayList<>();
    private int count;

    void add(int pass, Problem p) {
        count++;
        boolean newLine = bad.add(p.line());
        var lines = linesByPass.computeIfAbsent(pass, k -> new LinkedHashSet<>());
        if (lines.size() < StatementException.MAX_REPORTED || lines.contains(p.line())) {
            boolean added = lines.add(p.line());
            var list = byPass.computeIfAbsent(pass, k -> new ArrayList<>());
            list.add(p);
            undo.add(() -> {
                list.remove(list.size() - 1);
                if (added) {
                    lines.remove(p.line());
                }
            });
        } else {
            undo.add(() -> { });
        }
        if (newLine) {
            undo.set(undo.size() - 1, chain(undo.get(undo.size() - 1), () -> bad.remove(p.line())));
        }
    }

    private static Runnable chain(Runnable a, Runnable b) {
        return () -> {
            a.run();
            b.run();
        };
    }

    /** Forgets the problems added since the count was {@code to} (a row that turned out to be skipped). */
    void rollback(int to) {
        while (count > to) {
            undo.remove(undo.size() - 1).run();
            count--;
        }
    }

    int count() {
        return count;
    }

    StatementException exception() {
        var all = byPass.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingLong(Problem::line)).toList();
        var out = new ArrayList<Problem>();
        var lines = new LinkedHashSet<Long>();
        for (Problem p : all) {
            lines.add(p.line());
            if (lines.size() > StatementException.MAX_REPORTED) {
                break;
            }
            out.add(p);
        }
        return new StatementException(out, bad.size());
    }
}
