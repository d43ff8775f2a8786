package io.spendsense.cli.bench.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheMiddleTwo() {
        var figures = new Figures();
        for (double v : new double[] {9, 1, 5, 700, 3}) {
            figures.add("odd-ms", v);
        }
        for (double v : new double[] {4, 10, 2, 6}) {
            figures.add("even-ms", v);
        }
        assertThat(figures.median("odd-ms")).isEqualTo(5);
        assertThat(figures.median("even-ms")).isEqualTo(5);
        assertThatThrownBy(() -> figures.median("none-ms")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsOneLinePerFigureInTheOrderFirstRecordedMillisecondsToATenthMibWhole() {
        var figures = new Figures();
        figures.add("b-ms", 12.345);
        figures.add("heap-mib", 211.6);
        figures.add("a-ms", 3);
        figures.add("b-ms", 20);
        var text = new StringWriter();
        figures.print(new PrintWriter(text));
        assertThat(text.toString().lines()).containsExactly("b-ms=16.2", "heap-mib=212", "a-ms=3.0");
    }
}
