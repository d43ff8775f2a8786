package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.spendsense.domain.User;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two steps of the desktop app's first opening of its data (decision 0016); no toolkit needed. */
class DataBootTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void aDatabaseWithTwoProfiles() {
        file = dir.resolve("boot.db");
        try (var services = Services.openForTests(file, CLOCK)) {
            TestUsers.signedUp(services, "bob");
            TestUsers.signedUp(services, "alice");
        }
    }

    @Test
    void theProfilesAreListedWhileTheServicesAreStillBeingBuilt() throws Exception {
        var hibernate = new CountDownLatch(1);
        var prepared = Services.prepareForTests(file, CLOCK);
        var boot = DataBoot.start(prepared::listUsers, () -> {
            hibernate.await();
            return prepared.open();
        });
        boot.openServices();

        assertThat(boot.profiles()).extracting(User::username).containsExactly("alice", "bob");
        var services = CompletableFuture.supplyAsync(() -> call(boot::services));
        assertThatThrownBy(() -> services.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        hibernate.countDown();
        try (var opened = services.get(30, TimeUnit.SECONDS)) {
            assertThat(opened.auth().listUsers()).isEqualTo(boot.profiles());
        }
    }

    @Test
    void theProductionBootListsFromThePreparedFileThenOpensItsServices() throws Exception {
        var boot = DataBoot.start(() -> Services.prepareForTests(file, CLOCK));
        boot.openServices();
        List<User> early = boot.profiles();
        try (var services = boot.services()) {
            assertThat(early).isEqualTo(services.auth().listUsers());
            assertThat(services.auth().signIn("alice", TestUsers.PASSWORD).username()).isEqualTo("alice");
        }
    }

    @Test
    void theServicesAreNotBuiltBeforeTheWindowLetsThem() throws Exception {
        var built = new CountDownLatch(1);
        var prepared = Services.prepareForTests(file, CLOCK);
        var boot = DataBoot.start(prepared::listUsers, () -> {
            built.countDown();
            return prepared.open();
        });
        boot.profiles();
        assertThat(built.await(300, TimeUnit.MILLISECONDS)).isFalse();

        boot.openServices();

        assertThat(built.await(30, TimeUnit.SECONDS)).isTrue();
        boot.services().close();
    }

    @Test
    void whenTheFirstStepFailsBothFailWithItsFailure() {
        var failure = new IllegalStateException("cannot create the folder");
        var boot = DataBoot.start(() -> {
            throw failure;
        }, () -> {
            throw new AssertionError("the second step must not run");
        });
        boot.openServices();
        assertThatThrownBy(boot::profiles).isSameAs(failure);
        assertThatThrownBy(boot::services).isSameAs(failure);
        assertThat(boot.profilesIfListed()).isEmpty();
    }

    @Test
    void whenTheSecondStepFailsTheProfilesAreStillThere() throws Exception {
        var failure = new IllegalStateException("Schema-validation: missing table [expenses]");
        var prepared = Services.prepareForTests(file, CLOCK);
        var boot = DataBoot.start(prepared::listUsers, () -> {
            throw failure;
        });
        boot.openServices();
        assertThat(boot.profiles()).hasSize(2);
        assertThatThrownBy(boot::services).isSameAs(failure);
        assertThat(boot.profilesIfListed()).hasValueSatisfying(list -> assertThat(list).hasSize(2));
    }

    @Test
    void servicesThatArriveAfterTheAppClosedAreClosed() throws Exception {
        var hibernate = new CountDownLatch(1);
        var prepared = Services.prepareForTests(file, CLOCK);
        var boot = DataBoot.start(prepared::listUsers, () -> {
            hibernate.await();
            return prepared.open();
        });
        boot.openServices();
        boot.profiles();

        boot.close();
        hibernate.countDown();

        Services late = boot.services();
        assertThatThrownBy(() -> late.auth().listUsers()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static <T> T call(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
