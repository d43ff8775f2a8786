package io.spendsense.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.User;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services services;
    SignInViewModel vm;
    List<SignedInUser> signedIn = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("s.db"), clock);
        vm = new SignInViewModel(new ImmediateTaskRunner());
        vm.setOnSignedIn(signedIn::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void notReadyUntilTheServicesAreOpen() {
        assertThat(vm.readyProperty().get()).isFalse();
        vm.signIn();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void whileTheDatabaseIsClosedForARestoreNothingIsListedOrSignedIn() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        assertThat(vm.profiles()).hasSize(1);

        vm.servicesClosed();
        services.close();
        vm.reset();
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();

        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.profiles()).isEmpty();
        assertThat(vm.selectedProfileProperty().get()).isNull();
        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        services = Services.openForTests(dir.resolve("s.db"), clock);
        vm.servicesReady(services.auth());
        assertThat(vm.profiles()).extracting(u -> u.username()).containsExactly("alice");
    }

    @Test
    void firstRunWithNoProfilesShowsTheCreateForm() {
        vm.servicesReady(services.auth());
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.creatingProperty().get()).isTrue();
        assertThat(vm.profiles()).isEmpty();
    }

    @Test
    void listsProfilesAndPreselectsTheLastOneUsed() {
        TestUsers.signedUp(services, "alice");
        TestUsers.signedUp(services, "bob");
        vm.setPreferredProfile("bob");
        vm.servicesReady(services.auth());
        assertThat(vm.creatingProperty().get()).isFalse();
        assertThat(vm.profiles()).extracting(User::username).containsExactlyInAnyOrder("alice", "bob");
        assertThat(vm.selectedProfileProperty().get().username()).isEqualTo("bob");
    }

    @Test
    void signsInWithTheRightPasswordAndForgetsIt() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();
        assertThat(signedIn).extracting(SignedInUser::username).containsExactly("alice");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void wrongPasswordShowsTheServiceMessageAndClearsTheField() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        vm.passwordProperty().set("nope nope");
        vm.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Unknown username or wrong password.");
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void lockoutMessageSaysUntilWhen() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        for (int i = 0; i < 5; i++) {
            vm.passwordProperty().set("wrong password");
            vm.signIn();
        }
        assertThat(vm.errorProperty().get()).startsWith("Too many failed sign-ins").contains("10:05:00");
        clock.advance(Duration.ofMinutes(6));
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void emptyPasswordAsksForIt() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        vm.signIn();
        assertThat(vm.errorProperty().get()).startsWith("Enter the password");
    }

    @Test
    void createProfileRegistersAndSignsIn() {
        vm.servicesReady(services.auth());
        var form = vm.createForm();
        form.usernameProperty().set("zoe");
        form.displayNameProperty().set("Zoe Quinn");
        form.passwordProperty().set("longenough");
        form.confirmProperty().set("longenough");
        form.currencyProperty().set("EUR");
        assertThat(form.isValid()).isTrue();
        vm.createProfile();
        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).user().displayName()).isEqualTo("Zoe Quinn");
        assertThat(signedIn.get(0).currency()).isEqualTo("EUR");
        assertThat(vm.profiles()).hasSize(1);
    }

    @Test
    void takenUsernameIsShownNextToTheField() {
        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth());
        vm.startCreate();
        var form = vm.createForm();
        form.usernameProperty().set("alice");
        form.passwordProperty().set("longenough");
        form.confirmProperty().set("longenough");
        vm.createProfile();
        assertThat(signedIn).isEmpty();
        assertThat(form.usernameErrorProperty().get()).isEqualTo("Username 'alice' is already taken");
        form.usernameProperty().set("alice2");
        assertThat(form.usernameErrorProperty().get()).isEmpty();
    }

    @Test
    void cancelCreateReturnsToThePickerOnlyWhenThereAreProfiles() {
        vm.servicesReady(services.auth());
        vm.cancelCreate();
        assertThat(vm.creatingProperty().get()).isTrue();
        TestUsers.signedUp(services, "alice");
        vm.refreshProfiles();
        vm.startCreate();
        vm.cancelCreate();
        assertThat(vm.creatingProperty().get()).isFalse();
    }

    @Test
    void passwordTypedWhileProfilesLoadIsKeptButSwitchingProfileClearsIt() {
        TestUsers.signedUp(services, "alice");
        TestUsers.signedUp(services, "bob");
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.servicesReady(services.auth());
        assertThat(vm.passwordProperty().get()).isEqualTo(TestUsers.PASSWORD);
        vm.selectedProfileProperty().set(vm.profiles().stream().filter(u -> u.username().equals("bob")).findFirst()
                .orElseThrow());
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void enterPressedBeforeTheDatabaseIsOpenSignsIntoTheLastProfileOnceItIs() {
        TestUsers.signedUp(services, "alice");
        vm.setPreferredProfile("alice");
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();
        assertThat(signedIn).isEmpty();
        vm.servicesReady(services.auth());
        assertThat(signedIn).extracting(SignedInUser::username).containsExactly("alice");
    }

    @Test
    void earlyEnterIsNotTriedOnAProfileTheUserDidNotSee() {
        TestUsers.signedUp(services, "alice");
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();
        vm.servicesReady(services.auth());
        assertThat(signedIn).isEmpty();
        assertThat(vm.passwordProperty().get()).isEqualTo(TestUsers.PASSWORD);
    }

    @Test
    void firstRunOffersTheDemoAndExploringItSignsIntoTheGeneratedProfile() {
        vm.servicesReady(services.auth(), services.demo());
        assertThat(vm.demoOfferedProperty().get()).isTrue();
        var busySeen = new ArrayList<Boolean>();
        vm.creatingDemoProperty().addListener((o, a, b) -> busySeen.add(b));

        vm.exploreDemo();

        assertThat(busySeen).containsExactly(true, false);
        assertThat(signedIn).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo("demo");
            assertThat(u.user().demo()).isTrue();
        });
        assertThat(vm.creatingProperty().get()).isFalse();
        assertThat(vm.profiles()).extracting(User::displayName).containsExactly("Demo profile");
        assertThat(vm.demoOfferedProperty().get()).isFalse();
        assertThat(services.summaries().count(signedIn.get(0), io.spendsense.domain.ExpenseFilter.ALL))
                .isGreaterThan(1000);
    }

    @Test
    void theDemoIsNotOfferedOnceProfilesExistOrWithoutADemoService() {
        vm.servicesReady(services.auth());
        assertThat(vm.demoOfferedProperty().get()).isFalse();
        vm.exploreDemo();
        assertThat(signedIn).isEmpty();

        TestUsers.signedUp(services, "alice");
        vm.servicesReady(services.auth(), services.demo());
        assertThat(vm.demoOfferedProperty().get()).isFalse();
    }

    @Test
    void aFailedDemoShowsTheMessage() {
        services.auth().register("demo", "Mine", null, "my own password", "USD");
        services.auth().deleteAccount(services.auth().signIn("demo", "my own password"));
        vm.servicesReady(services.auth(), services.demo());
        services.auth().register("demo", "Mine", null, "my own password", "USD");
        vm.exploreDemo();
        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).contains("is not the demo");
    }

    // The start's first step lists the profiles before the services are open (decision 0016).

    @Test
    void profilesListedBeforeTheServicesAreShownWithTheLastOneUsedSelected() {
        TestUsers.signedUp(services, "alice");
        TestUsers.signedUp(services, "bob");
        vm.setPreferredProfile("bob");

        vm.profilesListed(services.auth().listUsers());

        assertThat(vm.listedProperty().get()).isTrue();
        assertThat(vm.readyProperty().get()).isFalse();
        assertThat(vm.creatingProperty().get()).isFalse();
        assertThat(vm.profiles()).extracting(User::username).containsExactly("alice", "bob");
        assertThat(vm.selectedProfileProperty().get().username()).isEqualTo("bob");
    }

    @Test
    void signingInBeforeTheServicesAreOpenWaitsAndThenSignsIntoTheChosenProfile() {
        TestUsers.signedUp(services, "alice");
        TestUsers.signedUp(services, "bob");
        vm.profilesListed(services.auth().listUsers());
        vm.selectedProfileProperty().set(vm.profiles().get(1));
        vm.passwordProperty().set(TestUsers.PASSWORD);

        vm.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(vm.waitingProperty().get()).isTrue();
        vm.signIn();   // pressed again while waiting: still one sign-in

        vm.servicesReady(services.auth());
        assertThat(vm.waitingProperty().get()).isFalse();
        assertThat(signedIn).extracting(SignedInUser::username).containsExactly("bob");
    }

    @Test
    void aWrongPasswordGivenBeforeTheServicesOpenIsRefusedOnceTheyAre() {
        TestUsers.signedUp(services, "alice");
        vm.profilesListed(services.auth().listUsers());
        vm.passwordProperty().set("not the password");
        vm.signIn();
        assertThat(vm.errorProperty().get()).isEmpty();

        vm.servicesReady(services.auth());

        assertThat(signedIn).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Unknown username or wrong password.");
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void anEmptyPasswordIsAskedForAtOnceEvenBeforeTheServicesOpen() {
        TestUsers.signedUp(services, "alice");
        vm.profilesListed(services.auth().listUsers());
        vm.signIn();
        assertThat(vm.errorProperty().get()).startsWith("Enter the password");
        assertThat(vm.waitingProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherProfileWhileWaitingCancelsTheSignIn() {
        TestUsers.signedUp(services, "alice");
        TestUsers.signedUp(services, "bob");
        vm.profilesListed(services.auth().listUsers());
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();

        vm.selectedProfileProperty().set(vm.profiles().get(1));
        vm.servicesReady(services.auth());

        assertThat(vm.waitingProperty().get()).isFalse();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void whenTheServicesFailAfterTheProfilesAreListedNothingWaitsAndTheErrorIsShown() {
        TestUsers.signedUp(services, "alice");
        vm.profilesListed(services.auth().listUsers());
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();

        vm.servicesFailed(new io.spendsense.persistence.DatabaseException("Schema-validation: missing table", null));

        assertThat(vm.waitingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get())
                .isEqualTo("The database could not be opened: Schema-validation: missing table");
        vm.passwordProperty().set(TestUsers.PASSWORD);
        vm.signIn();
        assertThat(vm.waitingProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("The database could not be opened");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void withNoProfilesListedEarlyTheCreateFormWaitsForTheServicesAndTheDemoIsOfferedWithThem() {
        vm.profilesListed(services.auth().listUsers());
        assertThat(vm.creatingProperty().get()).isTrue();
        assertThat(vm.demoOfferedProperty().get()).isFalse();
        var form = vm.createForm();
        form.usernameProperty().set("zoe");
        form.passwordProperty().set("longenough");
        form.confirmProperty().set("longenough");
        vm.createProfile();
        assertThat(vm.waitingProperty().get()).isTrue();
        assertThat(signedIn).isEmpty();

        vm.servicesReady(services.auth(), services.demo());

        assertThat(signedIn).extracting(SignedInUser::username).containsExactly("zoe");
        assertThat(vm.profiles()).extracting(User::username).containsExactly("zoe");
    }

    @Test
    void aFirstRunListedEarlyOffersTheDemoOnceTheServicesAreOpen() {
        vm.profilesListed(services.auth().listUsers());
        vm.servicesReady(services.auth(), services.demo());
        assertThat(vm.demoOfferedProperty().get()).isTrue();
    }

    @Test
    void anInvalidNewProfileIsNotQueued() {
        vm.profilesListed(List.of());
        vm.createForm().usernameProperty().set("zoe");
        vm.createProfile();
        assertThat(vm.waitingProperty().get()).isFalse();
        assertThat(vm.createForm().passwordErrorProperty().get()).isNotEmpty();
    }

    @Test
    void theWindowSaysWhichDatabaseItIsOn() {
        vm.showDatabase(io.spendsense.domain.DatabaseLocation.file(Path.of("/home/a/spendsense.db")));
        assertThat(vm.whereProperty().get()).isEqualTo("This computer: /home/a/spendsense.db");
        assertThat(vm.onServerProperty().get()).isFalse();

        vm.showDatabase(new io.spendsense.domain.DatabaseLocation.Server("nas.local", 5432, "spendsense", "alice",
                java.util.Map.of("sslmode", "require"), null));
        assertThat(vm.whereProperty().get())
                .isEqualTo("Household server: alice@nas.local:5432/spendsense · TLS required");
        assertThat(vm.onServerProperty().get()).isTrue();
    }

    @Test
    void aServerThatCannotBeOpenedSaysWhyAndOffersRetry() {
        var server = new io.spendsense.domain.DatabaseLocation.Server("nas.local", 5432, "spendsense", "alice",
                java.util.Map.of(), "wrong");
        vm.showDatabase(server);
        vm.servicesFailed(new io.spendsense.persistence.DatabaseException("x",
                new java.sql.SQLException("password authentication failed", "28P01")));

        assertThat(vm.errorProperty().get()).isEqualTo("The household server could not be opened. The server at"
                + " nas.local:5432 refused the password of alice: check the password.");
        assertThat(vm.retryOfferedProperty().get()).isTrue();

        vm.servicesClosed();
        assertThat(vm.retryOfferedProperty().get()).as("a new opening starts clean").isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
