package io.spendsense.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateProfileViewModelTest {
    CreateProfileViewModel form = new CreateProfileViewModel();

    void fill(String username, String password, String confirm, String currency) {
        form.usernameProperty().set(username);
        form.passwordProperty().set(password);
        form.confirmProperty().set(confirm);
        form.currencyProperty().set(currency);
    }

    @Test
    void freshFormIsInvalidButShowsNoErrors() {
        assertThat(form.isValid()).isFalse();
        assertThat(form.usernameErrorProperty().get()).isEmpty();
        assertThat(form.passwordErrorProperty().get()).isEmpty();
    }

    @Test
    void submittingAnEmptyFormShowsEveryRule() {
        form.markSubmitted();
        assertThat(form.usernameErrorProperty().get()).contains("3 to 32");
        assertThat(form.passwordErrorProperty().get()).isEqualTo("At least 8 characters");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            alice,      password1, password1, USD, true
            al,         password1, password1, USD, false
            a b c,      password1, password1, USD, false
            j.doe_2-x,  password1, password1, EUR, true
            alice,      short,     short,     USD, false
            alice,      password1, password2, USD, false
            alice,      password1, password1, XX,  false
            alice,      password1, password1, ABC, false
            """)
    void rulesDecideWhetherCreateIsEnabled(String user, String pw, String confirm, String currency, boolean valid) {
        fill(user, pw, confirm, currency);
        assertThat(form.isValid()).isEqualTo(valid);
    }

    @Test
    void mismatchedConfirmationIsShownOnTheConfirmField() {
        fill("alice", "password1", "password", "USD");
        assertThat(form.confirmErrorProperty().get()).isEqualTo("Does not match the password");
        form.confirmProperty().set("password1");
        assertThat(form.confirmErrorProperty().get()).isEmpty();
    }
}
