package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** No input makes the assistant fail: every question gets a non-empty answer and no exception escapes. */
class RobustnessTest {
    static Path dir;
    static AssistantFixture fx;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("assistant-robustness");
        fx = new AssistantFixture(dir, "dev-expenses.csv");
    }

    @AfterContainer
    static void close() throws Exception {
        fx.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void answersSomething(String question) {
        var c = new Conversation();
        Answer a = fx.ask(c, question);
        assertThat(a.text()).isNotBlank();
        assertThat(AnswerJson.toJson(a)).startsWith("{").endsWith("}");
        // the same text again, as a follow-up, must not fail either
        assertThat(fx.ask(c, question).text()).isNotBlank();
    }

    @Example
    void emptyAndBlankQuestionsGetAnAnswer() {
        for (String q : new String[] {"", " ", "\t\n", "?", "...", "and", "what about", "the month before?"}) {
            answersSomething(q);
        }
        Answer nullQuestion = fx.ask(new Conversation(), null);
        assertThat(nullQuestion.intent()).isEqualTo(Intent.UNKNOWN);
    }

    @Example
    void hugeQuestionGetsAnAnswer() {
        answersSomething("how much did I spend on groceries ".repeat(3000));
        answersSomething("a".repeat(100_000));
        answersSomething("1".repeat(100_000));
    }

    @Example
    void sqlAndMarkupAreJustWords() {
        for (String q : new String[] {"'; DROP TABLE expenses; --", "how much at ' OR 1=1 --", "%_%",
            "how much at %", "<script>alert(1)</script>", "how much at \\", "how much on \u0000"}) {
            answersSomething(q);
        }
        // a bare wildcard is not a word: no payee filter, rather than a LIKE pattern matching everything
        assertThat(fx.ask(new Conversation(), "how much did I spend at %").frame().payee()).isNull();
        Answer literal = fx.ask(new Conversation(), "how much did I spend at Acme%_Store");
        assertThat(literal.frame().payee()).isEqualTo("Acme%_Store");
        assertThat(literal.value()).isEqualTo("0.00");
    }

    @Example
    void emojiAndOtherScriptsGetAnAnswer() {
        for (String q : new String[] {"💸💸💸", "how much on ☕ last month?", "¿cuánto gasté?", "我花了多少钱",
            "how much did I spend on groceries 🛒 in January?", "\ud800", "\uffff\ufffe"}) {
            answersSomething(q);
        }
    }

    @Example
    void extremeNumbersAndDatesGetAnAnswer() {
        for (String q : new String[] {"how much over $99999999999999999999", "expenses under 0.000001",
            "how much in 9999", "how much in the last 99999999 days", "how much in the last 0 days",
            "how much on 2026-02-30", "how much between 2030 and 2020", "I spent 99999999999 on lunch",
            "I spent 0 on lunch", "I spent 1.999 on lunch", "my 999 biggest expenses", "top 0 categories"}) {
            answersSomething(q);
        }
    }

    @Property(tries = 300)
    void anyStringGetsAnAnswer(@ForAll("questions") String question) {
        answersSomething(question);
    }

    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> words = Arbitraries.of("how", "much", "did", "I", "spend", "on", "groceries", "at",
                "Starbucks", "last", "month", "and", "what", "about", "the", "before", "biggest", "compare", "vs",
                "over", "$100", "under", "20", "between", "since", "January", "2025", "Q4", "weekends", "average",
                "per", "day", "?", "!", "'", "\"", "%", "trend", "help", "show", "list", "-", "12.50", "twenty");
        Arbitrary<String> sentences = words.list().ofMaxSize(14).map(l -> String.join(" ", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        return Arbitraries.oneOf(sentences, any);
    }
}
