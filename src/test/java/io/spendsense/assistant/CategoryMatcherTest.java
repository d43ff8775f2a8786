package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.spendsense.assistant.lang.Normalizer;
import io.spendsense.domain.Category;
import io.spendsense.service.DefaultCategories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryMatcherTest {
    static final CategoryMatcher MATCHER = new CategoryMatcher(defaults());

    static List<Category> defaults() {
        var id = new AtomicLong();
        return DefaultCategories.ALL.stream()
                .map(s -> new Category(id.incrementAndGet(), s.name(), s.color(), s.synonyms(), false)).toList();
    }

    static List<CategoryMatcher.Match> find(String question) {
        String[] w = Normalizer.normalize(question).words().toArray(String[]::new);
        return MATCHER.findAll(w, new BitSet());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            how much on groceries,            Groceries
            how much on Groceries,            Groceries
            grocery bill,                     Groceries
            food shopping last week,          Groceries
            supermarket runs,                 Groceries
            eating out in january,            Dining
            restaurants,                      Dining
            rent,                             Housing
            my bills,                         Utilities
            the gas bill,                     Utilities
            gas for the car,                  Transport
            transportation,                   Transport
            subscriptions,                    Subscriptions
            medical costs,                    Health
            movies,                           Entertainment
            movie,                            Entertainment
            christmas gifts,                  Gifts
            holiday gifts,                    Gifts
            """)
    void findsCategoryByNameSynonymOrPlural(String question, String category) {
        assertThat(find(question)).first().extracting(m -> m.category().name()).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            groceris,         Groceries, distance 1
            groseries,        Groceries, distance 1
            resturants,       Dining,    distance 1
            entertainmnt,     Entertainment, distance 1
            utilites,         Utilities, distance 1
            subscriptons,     Subscriptions, distance 1
            transprot,        Transport, distance 1
            helth,            Health,    distance 1
            """)
    void toleratesTyposScaledToWordLength(String word, String category, String how) {
        var found = find("how much on " + word);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).category().name()).isEqualTo(category);
        assertThat(found.get(0).how()).contains("typo").contains(how);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            how much did i spend last month
            what is my total spent
            what did i spend the most on
            show me my spending
            where did my money go
            which month was the most expensive
            how many times
            sent it
            the rest of it
            I feel fine
            show all
            list them
            what about that
            tell me a joke
            the weather tomorrow
            """)
    void ordinaryWordsNeverMatchACategory(String question) {
        assertThat(find(question)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            bar,  bat
            bus,  bud
            car,  cat
            """)
    void shortWordsNeedAnExactMatch(String exact, String typo) {
        assertThat(find(exact)).hasSize(1);
        assertThat(find(typo)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            grocries,  true
            proceries, false
            xroceries, false
            """)
    void typoMustKeepTheFirstLetter(String word, boolean matches) {
        assertThat(find(word).isEmpty()).isEqualTo(!matches);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            the gas bill,        gas bill
            car insurance costs, car insurance
            dining out,          dining out
            """)
    void prefersTheLongestPhrase(String question, String words) {
        assertThat(find(question)).first().extracting(CategoryMatcher.Match::words).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            groceries and dining,        Groceries, Dining
            rent vs utilities,           Housing,   Utilities
            """)
    void findsSeveralInSentenceOrder(String question, String first, String second) {
        assertThat(find(question)).extracting(m -> m.category().name()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            pet food,    Pets
            the vet,     Pets
            """)
    void matchesTheUsersOwnCategoriesAndSynonyms(String question, String category) {
        var own = new java.util.ArrayList<>(defaults());
        own.add(new Category(99, "Pets", "#000000", List.of("vet", "pet food"), false));
        var matcher = new CategoryMatcher(own);
        String[] w = Normalizer.normalize(question).words().toArray(String[]::new);
        assertThat(matcher.findAll(w, new BitSet())).first().extracting(m -> m.category().name())
                .isEqualTo(category);
    }
}
