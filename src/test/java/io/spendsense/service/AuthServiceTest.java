package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class AuthServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services services;
    AuthService auth;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), clock);
        auth = services.auth();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void registerCreatesDefaultCategoriesWithSynonyms() {
        var who = TestUsers.signedUp(services, "alice");
        var cats = services.categories().list(who);
        assertThat(cats).extracting(c -> c.name()).contains("Housing", "Utilities", "Groceries", "Dining", "Transport",
                "Health", "Entertainment", "Shopping", "Travel", "Subscriptions", "Education", "Gifts", "Other");
        assertThat(services.categories().findByName(who, "dining").orElseThrow().synonyms())
                .contains("eating out", "restaurants");
        assertThat(who.currency()).isEqualTo("USD");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        auth.register("Alice", "Alice A", null, "password1", "USD");
        assertThatThrownBy(() -> auth.register("alice", null, null, "password1", "USD"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already taken");
        assertThat(auth.signIn("ALICE", "password1").username()).isEqualTo("Alice");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ab,          password1, USD, username must be 3 to 32
            'a b c',     password1, USD, username must be 3 to 32
            alice,       short,     USD, password must be at least 8 characters
            alice,       password1, XYZ, currency must be an ISO 4217 code
            """)
    void registerRejectsBadInputNamingTheField(String name, String password, String currency, String message) {
        assertThatThrownBy(() -> auth.register(name, null, null, password, currency))
                .isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(auth.listUsers()).isEmpty();
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameMessage() {
        auth.register("alice", null, null, "password1", "USD");
        assertThatThrownBy(() -> auth.signIn("nobody", "password1")).hasMessage(AuthService.BAD_CREDENTIALS);
        assertThatThrownBy(() -> auth.signIn("alice", "wrong-password")).hasMessage(AuthService.BAD_CREDENTIALS);
    }

    @Test
    void fiveFailuresLockTheAccountForFiveMinutes() {
        auth.register("alice", null, null, "password1", "USD");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> auth.signIn("alice", "nope-nope")).hasMessage(AuthService.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> auth.signIn("alice", "nope-nope")).hasMessageContaining("locked until 10:05:00");
        // Even the right password is refused while locked.
        assertThatThrownBy(() -> auth.signIn("alice", "password1")).hasMessageContaining("locked until 10:05:00")
                .hasMessageContaining("(5 min)");
        clock.advance(Duration.ofMinutes(5));
        assertThat(auth.signIn("alice", "password1").username()).isEqualTo("alice");
    }

    @Test
    void successfulSignInResetsTheFailureCount() {
        auth.register("alice", null, null, "password1", "USD");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> auth.signIn("alice", "nope-nope")).isInstanceOf(AuthenticationException.class);
        }
        auth.signIn("alice", "password1");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> auth.signIn("alice", "nope-nope")).hasMessage(AuthService.BAD_CREDENTIALS);
        }
    }

    @Test
    void changePasswordNeedsTheCurrentOne() {
        auth.register("alice", null, null, "password1", "USD");
        var who = auth.signIn("alice", "password1");
        assertThatThrownBy(() -> auth.changePassword(who, "bad", "password2"))
                .hasMessageContaining("current password is wrong");
        assertThatThrownBy(() -> auth.changePassword(who, "password1", "short"))
                .hasMessageContaining("at least 8");
        auth.changePassword(who, "password1", "password2");
        assertThatThrownBy(() -> auth.signIn("alice", "password1")).isInstanceOf(AuthenticationException.class);
        assertThat(auth.signIn("alice", "password2").username()).isEqualTo("alice");
    }

    @Test
    void deleteAccountRemovesAllItsDataButNotOthers() {
        var alice = TestUsers.signedUp(services, "alice");
        var bob = TestUsers.signedUp(services, "bob");
        for (var who : new SignedInUser[] {alice, bob}) {
            long cat = services.categories().findByName(who, "Dining").orElseThrow().id();
            services.expenses().create(who, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("9.99"), cat,
                    "Lunch", "Cafe", null));
        }
        auth.deleteAccount(alice);
        assertThat(auth.listUsers()).extracting(u -> u.username()).containsExactly("bob");
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL)).isZero();
        assertThat(services.categories().list(alice)).isEmpty();
        assertThat(services.summaries().count(bob, ExpenseFilter.ALL)).isEqualTo(1);
    }
}
