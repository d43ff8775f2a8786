package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void controlCharactersAndBidiOverridesAreForbiddenTabAndNewlineAreNot() {
        assertThat(SafeText.controlProblem("payee", "Cafe\u001b]0;pwned\u0007")).isEqualTo(
                "payee contains a control character (U+001B) at position 5; remove it");
        assertThat(SafeText.controlProblem("notes", "line one\nline two\tend")).isNull();
        assertThat(SafeText.controlProblem("payee", "abc\u202Egnp.exe")).contains("U+202E");
        assertThat(SafeText.controlProblem("payee", "\u0085")).contains("U+0085");
        assertThat(SafeText.controlProblem("payee", "Café 😀 Zürich")).isNull();
        assertThat(SafeText.controlProblem("payee", null)).isNull();
    }

    @Test
    void printableMakesEscapeSequencesVisible() {
        assertThat(SafeText.printable("\u001b[2Jgone")).isEqualTo("␛[2Jgone");
        assertThat(SafeText.printable("bell\u0007")).isEqualTo("bell␇");
        assertThat(SafeText.printable("plain")).isSameAs("plain");
        assertThat(SafeText.printable("a\tb\nc")).isEqualTo("a\tb\nc");
    }

    @Test
    void clipQuotesAtMostSixtyCharacters() {
        String huge = "9".repeat(1_048_576);
        String clipped = SafeText.clip(huge);
        assertThat(clipped).hasSizeLessThan(100).startsWith("9".repeat(60)).endsWith("… (1048576 characters)");
        assertThat(SafeText.clip("12,50")).isEqualTo("12,50");
    }

    @Test
    void messagesQuoteLongValuesClipped() {
        String message = "line 2, amount: '" + "9".repeat(1_048_576) + "' is not a number";
        String shown = SafeText.clipMessage(message);
        assertThat(shown).hasSizeLessThan(200).startsWith("line 2, amount: '999")
                .endsWith("characters)' is not a number");
        assertThat(SafeText.clipMessage("'12,50' is not a number")).isEqualTo("'12,50' is not a number");
        assertThat(SafeText.clipMessage("x".repeat(5_000))).hasSize(2_001);
    }
}
