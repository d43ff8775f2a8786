package io.spendsense.assistant.lang;

import java.util.List;

/** A question as typed ({@code original}), its normalized tokens, and those tokens joined by single spaces. */
public record NormalizedQuestion(String original, String text, List<Token> tokens) {
    public NormalizedQuestion {
        tokens = List.copyOf(tokens);
    }

    /** The token texts, for grammars that only look at words. */
    public List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }
}
