package io.spendsense.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.BackupService;
import io.spendsense.service.MutableClock;
import io.spendsense.service.ServiceException;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Path db;
    Services services;
    SignedInUser alice;
    FakeDialogService dialogs = new FakeDialogService();
    List<Boolean> busy = new ArrayList<>();
    int restorerCalls;
    BackupViewModel vm;

    @BeforeEach
    void open() {
        db = dir.resolve("data.db");
        services = Services.openForTests(db, CLOCK);
        alice = TestUsers.signedUp(services, "alice");
        // As the composition root does: close the services, swap the file, open them again.
        BackupViewModel.Restorer restorer = (backup, done, failed) -> {
            restorerCalls++;
            services.close();
            try {
                var restored = new BackupService(CLOCK).restore(db, backup);
                services = Services.openForTests(db, CLOCK);
                done.accept(restored);
            } catch (RuntimeException e) {
                services = Services.openForTests(db, CLOCK);
                failed.accept(e);
            }
        };
        vm = new BackupViewModel(db, new BackupService(CLOCK), new ImmediateTaskRunner(), dialogs, restorer,
                ZoneOffset.UTC);
        vm.busyProperty().addListener((o, a, b) -> busy.add(b));
    }

    @AfterEach
    void close() {
        services.close();
    }

    void addExpense(String description) {
        long groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("12.50"),
                groceries, description, null, null));
    }

    List<String> descriptions() {
        var user = TestUsers.as(services.auth().listUsers().get(0));
        return services.expenses().page(user, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 100).items().stream()
                .map(e -> e.description()).toList();
    }

    @Test
    void suggestsATimestampedNameInTheBackupsFolderNextToTheDatabase() {
        assertThat(vm.backupsFolder()).isEqualTo(dir.toAbsolutePath().resolve("backups"));
        assertThat(vm.suggestedName()).isEqualTo("spendsense-20260320-100000.db");
    }

    @Test
    void backUpWritesTheFileAndNotifiesItsPath() {
        addExpense("milk");
        Path target = dir.resolve("mine.db");

        vm.backUp(target);

        assertThat(target).isRegularFile();
        assertThat(dialogs.notifications).containsExactly("Backed up to " + target);
        assertThat(dialogs.errors).isEmpty();
        assertThat(busy).containsExactly(true, false);
    }

    @Test
    void backUpOntoAnExistingFileShowsTheErrorAndLeavesTheFile() throws Exception {
        Path target = dir.resolve("taken.db");
        Files.writeString(target, "keep me");

        vm.backUp(target);

        assertThat(dialogs.notifications).isEmpty();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(target).hasContent("keep me");
    }

    @Test
    void restoreBringsBackTheBackedUpDataAndKeepsThePreviousDatabase() {
        addExpense("before backup");
        Path backup = dir.resolve("b.db");
        vm.backUp(backup);
        addExpense("after backup");
        assertThat(descriptions()).containsExactlyInAnyOrder("before backup", "after backup");

        vm.restoreFrom(backup);

        assertThat(restorerCalls).isEqualTo(1);
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("This replaces all profiles' data with the backup from ")
                .contains("2026").contains("kept in the backups folder (the last 5 replaced are kept)")
                .endsWith("SpendSense will sign you out.");
        assertThat(descriptions()).containsExactly("before backup");
        Path previous = BackupService.generations(db).get(0);
        assertThat(previous).isRegularFile();
        assertThat(previous.getFileName().toString()).startsWith("before-restore-");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notifications).last().asString()
                .isEqualTo("Restored from " + backup + "; the previous data is in " + previous.toAbsolutePath());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aBadFileIsRefusedWithTheServiceMessageAndNothingChanges() throws Exception {
        addExpense("kept");
        Path bad = dir.resolve("not-a-backup.db");
        Files.writeString(bad, "this is not a database");

        vm.restoreFrom(bad);

        assertThat(restorerCalls).isZero();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Refused to restore " + bad)
                .endsWith("The current database is unchanged.");
        assertThat(descriptions()).containsExactly("kept");
        assertThat(BackupService.generations(db)).isEmpty();
    }

    @Test
    void answeringNoToTheConfirmationChangesNothing() {
        addExpense("before backup");
        Path backup = dir.resolve("b.db");
        vm.backUp(backup);
        addExpense("after backup");
        dialogs.confirmAnswer = false;

        vm.restoreFrom(backup);

        assertThat(restorerCalls).isZero();
        assertThat(descriptions()).containsExactlyInAnyOrder("before backup", "after backup");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theDatabaseItselfIsRefused() {
        vm.restoreFrom(db);

        assertThat(restorerCalls).isZero();
        assertThat(dialogs.errors).singleElement().asString().contains("is the database itself");
    }

    @Test
    void aSwapThatFailsIsReportedAndTheBusyIndicatorStops() {
        Path backup = dir.resolve("b.db");
        vm.backUp(backup);
        var failing = new BackupViewModel(db, new BackupService(CLOCK), new ImmediateTaskRunner(), dialogs,
                (file, done, failed) -> failed.accept(new ServiceException("disk full")), ZoneOffset.UTC);

        failing.restoreFrom(backup);

        assertThat(dialogs.errors).singleElement().asString().contains("disk full");
        assertThat(failing.busyProperty().get()).isFalse();
    }
}
