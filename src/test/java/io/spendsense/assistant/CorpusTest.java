package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays the contract's development corpus and our own extra corpus over the development expenses. */
class CorpusTest {
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
    void devCorpusPassesEveryQuestion() {
        assertPassRate("dev-corpus.jsonl", 1.0);
    }

    @Test
    void extraCorpusPassesEveryQuestion() {
        assertPassRate("extra-corpus.jsonl", 1.0);
    }

    private void assertPassRate(String resource, double rate) {
        var results = CorpusReplay.replay(fx, CorpusReplay.load(resource));
        System.out.println("== " + resource + "\n" + CorpusReplay.summary(results));
        long passed = results.stream().filter(CorpusReplay.Result::passed).count();
        assertThat(results).isNotEmpty();
        assertThat((double) passed / results.size()).as(resource + " pass rate").isGreaterThanOrEqualTo(rate);
    }
}
