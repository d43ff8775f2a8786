package io.spendsense.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.spendsense.domain.Category;
import io.spendsense.ui.charts.InsightsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceChatDataTest {
    @TempDir
    Path dir;

    @Test
    void suggestionsNameTheUsersOwnCategories() {
        try (var data = new InsightsFixture(dir).sample()) {
            var chat = new ServiceChatData(data.user, data.services.categories(), data.services.summaries(),
            data.clock);
            assertThat(chat.suggestions()).containsExactly(
                    "How much did I spend on housing last month?",
                    "How much did I spend last month excluding housing?",
                    "What was my biggest expense this month?",
                    "Compare my spending this month vs last month",
                    "How has my groceries spending changed over the last 6 months?",
                    "Which merchant did I spend the most at this year?",
                    "help");
            assertThat(chat.categories()).extracting(Category::name).contains("Housing", "Dining");
        }
    }

    @Test
    void aNewUserGetsGeneralSuggestions() {
        try (var data = new InsightsFixture(dir)) {
            var chat = new ServiceChatData(data.user, data.services.categories(), data.services.summaries(),
            data.clock);
            assertThat(chat.suggestions()).containsExactly("What was my biggest expense this month?",
                    "Compare my spending this month vs last month", "help");
        }
    }
}
