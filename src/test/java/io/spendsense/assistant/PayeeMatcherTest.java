package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import io.spendsense.assistant.lang.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeeMatcherTest {
    static final PayeeMatcher MATCHER = new PayeeMatcher(List.of(
            new PayeeMatcher.Known("Starbucks", 4, 262), new PayeeMatcher.Known("Trader Joe's", 3, 50),
            new PayeeMatcher.Known("Best Buy", 8, 3), new PayeeMatcher.Known("Domino's", 4, 37),
            new PayeeMatcher.Known("T-Mobile", 2, 27), new PayeeMatcher.Known("Target", 8, 31),
            new PayeeMatcher.Known("Whole Foods", 3, 59), new PayeeMatcher.Known("Uber", 5, 93),
            new PayeeMatcher.Known("City Power & Light", 2, 27), new PayeeMatcher.Known("City Water Dept", 2, 9),
            new PayeeMatcher.Known("24 Hour Fitness", 6, 27),
            new PayeeMatcher.Known("AMC Theatres", 9, 39), new PayeeMatcher.Known("Big Sky Cafe", 4, 3)));

    static List<PayeeMatcher.Match> find(String question) {
        String[] w = Normalizer.normalize(question).words().toArray(String[]::new);
        return MATCHER.findAll(w, new BitSet());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            coffee at Starbucks,              Starbucks
            STARBUCKS,                        Starbucks
            at trader joe's,                  Trader Joe's
            at Trader Joes last week,         Trader Joe's
            trader joe,                       Trader Joe's
            show all Best Buy purchases,      Best Buy
            bestbuy,                          Best Buy
            dominos pizza,                    Domino's
            my t-mobile bill,                 T-Mobile
            tmobile,                          T-Mobile
            at target,                        Target
            whole foods,                      Whole Foods
            my ubers,                         Uber
            city power and light,             City Power & Light
            city power & light,               City Power & Light
            paid to Trader,                   Trader Joe's
            24 hour fitness,                  24 Hour Fitness
            how often do I go to AMC,         AMC Theatres
            """)
    void findsKnownPayeesWhateverTheSpelling(String question, String payee) {
        assertThat(find(question)).first().extracting(PayeeMatcher.Match::name).isEqualTo(payee);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            what is my target
            whole milk
            a trader
            at city
            best
            trader
            go to big
            """)
    void doesNotMatchPartsOrOrdinaryWords(String question) {
        assertThat(find(question)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            uber vs starbucks,  Uber, Starbucks
            """)
    void findsSeveralInSentenceOrder(String question, String first, String second) {
        assertThat(find(question)).extracting(PayeeMatcher.Match::name).containsExactly(first, second);
    }
}
