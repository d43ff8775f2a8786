package io.spendsense.cli.bench.desktop;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measurements of a benchmark by name, one value per run, printed as one {@code name=median} line per figure in
 * the order the names were first recorded.
 */
public final class Figures {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    /** Adds one run's value of {@code name}. */
    public void add(String name, double value) {
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /** The names recorded so far, in their first order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The median of {@code name}'s values (the mean of the middle two for an even count). */
    public double median(String name) {
        List<Double> list = values.get(name);
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException("no values of " + name);
        }
        double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The values of {@code name} as recorded, for the progress log. */
    public String runs(String name) {
        return Arrays.toString(values.get(name).stream().mapToDouble(Double::doubleValue)
                .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toArray());
    }

    /** One line per figure: milliseconds with one decimal, MiB as a whole number. */
    public void print(PrintWriter out) {
        for (String name : values.keySet()) {
            double m = median(name);
            out.println(name.endsWith("-mib") ? name + "=" + Math.round(m)
                    : String.format(Locale.ROOT, "%s=%.1f", name, m));
        }
        out.flush();
    }
}
