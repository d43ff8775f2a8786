package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.spendsense.domain.CategoryRule;
import org.junit.jupiter.api.Test;

class RuleCandidatesTest {
    /** Every code point outside ASCII that Java's case folding brings onto an ASCII letter must be in the list. */
    @Test
    void theFoldingListHoldsEveryCharacterJavaFoldsOntoAnAsciiLetter() {
        Map<Character, Character> found = new TreeMap<>();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = Character.toString(cp);
            String lower = s.toLowerCase(Locale.ROOT);
            for (char letter = 'a'; letter <= 'z'; letter++) {
                if (lower.indexOf(letter) >= 0 || s.equalsIgnoreCase(String.valueOf(letter))) {
                    assertThat(cp).as("U+%04X", cp).isLessThan(0x10000);
                    found.put((char) cp, letter);
                }
            }
        }
        assertThat(found).isEqualTo(RuleCandidates.FOLDS_TO_ASCII);
    }

    @Test
    void aRegexOrANonAsciiPatternIsNotNarrowedByText() {
        assertThat(where(CategoryRule.Kind.REGEX, "^uber").sql()).doesNotContain("search_texts");
        assertThat(where(CategoryRule.Kind.CONTAINS, "café").sql()).doesNotContain("search_texts");
        assertThat(where(CategoryRule.Kind.CONTAINS, "cafe").sql()).contains("search_texts_fts match :ruleQuery");
        assertThat(where(CategoryRule.Kind.CONTAINS, "ca").sql()).contains("s.text like :ruleLike")
                .doesNotContain("search_texts_fts");
    }

    @Test
    void aLongPatternIsOnePhraseOfTheIndexAndAShortOneEscapesLikeWildcards() {
        assertThat(where(CategoryRule.Kind.CONTAINS, " 50%_\"off\\ ").params()).containsEntry("ruleQuery",
                "\"50%_\"\"off\\\"");
        assertThat(where(CategoryRule.Kind.CONTAINS, " %_ ").params()).containsEntry("ruleLike", "%\\%\\_%");
    }

    @Test
    void onlyTheFoldsOfThePatternsLettersAreLetThrough() {
        var w = where(CategoryRule.Kind.EQUALS, "Kia");
        assertThat(w.params()).containsKeys("ruleFold304", "ruleFold305", "ruleFold8490")
                .doesNotContainKey("ruleFold383");
        assertThat(where(CategoryRule.Kind.EQUALS, "uber").params()).containsOnlyKeys("ruleCategory", "ruleQuery");
    }

    @Test
    void onPostgresqlTheTrigramIndexIsReadThroughTheFoldOfTheTextAndEveryRowIsInIdOrder() {
        var narrowed = where(CategoryRule.Kind.CONTAINS, "Cafe", PostgresVendor.INSTANCE);
        assertThat(narrowed.sql()).contains("spendsense_fold(s.text) like spendsense_fold(:ruleQuery)")
                .doesNotContain("search_texts_fts");
        assertThat(narrowed.params()).containsEntry("ruleQuery", "%cafe%");
        assertThat(where(CategoryRule.Kind.EQUALS, "Kia", PostgresVendor.INSTANCE).sql())
                .contains("strpos(s.text, :ruleFold8490) > 0").doesNotContain("instr(");
        assertThat(where(CategoryRule.Kind.REGEX, "^uber", PostgresVendor.INSTANCE).from()).isEqualTo("expenses e");
        assertThat(where(CategoryRule.Kind.REGEX, "^uber").from()).isEqualTo("expenses e not indexed");
    }

    private static RuleCandidates.Where where(CategoryRule.Kind kind, String pattern) {
        return where(kind, pattern, SqliteVendor.INSTANCE);
    }

    private static RuleCandidates.Where where(CategoryRule.Kind kind, String pattern, Vendor vendor) {
        return RuleCandidates.where(new CategoryRule(1, 1, CategoryRule.Field.PAYEE, kind, pattern, null, null, 3, "X",
                null), null, vendor);
    }
}
