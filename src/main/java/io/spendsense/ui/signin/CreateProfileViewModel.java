package io.spendsense.ui.signin;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.spendsense.service.AuthService;
import io.spendsense.service.ValidationException;
import io.spendsense.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Create profile" form: fields, the rules AuthService will apply (checked here as the user types so Save can
 * be disabled), and per-field messages. A field's message stays empty until the user has typed in it or tried to
 * submit, so a fresh form is not covered in red.
 */
public final class CreateProfileViewModel {
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "INR",
            "SEK", "NOK", "DKK", "NZD");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final ReadOnlyStringWrapper usernameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currencyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty submitted = new SimpleBooleanProperty(false);
    /** A rejection from the service that the local rules could not know (a taken username). */
    private String serverUsernameError = "";

    public CreateProfileViewModel() {
        username.addListener((o, a, b) -> {
            serverUsernameError = "";
            validate();
        });
        for (var p : List.of(password, confirm, currency, displayName)) {
            p.addListener((o, a, b) -> validate());
        }
        submitted.addListener((o, a, b) -> validate());
        validate();
    }

    private void validate() {
        String user = username.get().strip();
        String userRule = USERNAME.matcher(user).matches() ? serverUsernameError
                : Messages.get("signin.usernameRule");
        String pw = password.get();
        String pwRule = pw.length() < AuthService.MIN_PASSWORD_LENGTH
                ? Messages.format("signin.passwordTooShort", AuthService.MIN_PASSWORD_LENGTH)
                : pw.length() > 72 ? Messages.format("signin.passwordTooLong", 72) : "";
        String confirmRule = confirm.get().equals(pw) ? "" : Messages.get("signin.confirmMismatch");
        String currencyRule = isCurrency(currency.get()) ? "" : Messages.get("signin.currencyRule");
        boolean all = submitted.get();
        usernameError.set(shown(userRule, all || !username.get().isEmpty()));
        passwordError.set(shown(pwRule, all || !pw.isEmpty()));
        confirmError.set(shown(confirmRule, all || !confirm.get().isEmpty()));
        currencyError.set(shown(currencyRule, true));
        valid.set(userRule.isEmpty() && pwRule.isEmpty() && confirmRule.isEmpty() && currencyRule.isEmpty());
    }

    private static String shown(String rule, boolean touched) {
        return touched ? rule : "";
    }

    static boolean isCurrency(String code) {
        if (code == null || code.strip().length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Shows every rule that is broken, as when the user presses Create on an incomplete form. */
    void markSubmitted() {
        submitted.set(true);
    }

    /** Puts the service's field errors next to the fields; returns the ones no field shows. */
    String acceptServiceErrors(ValidationException e) {
        var rest = new StringBuilder();
        for (var error : e.errors()) {
            if (error.field().equals("username")) {
                serverUsernameError = capitalize(error.message());
                validate();
            } else {
                rest.append(rest.length() == 0 ? "" : "; ").append(capitalize(error.message()));
            }
        }
        return rest.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public void clear() {
        username.set("");
        displayName.set("");
        password.set("");
        confirm.set("");
        currency.set("USD");
        submitted.set(false);
        serverUsernameError = "";
        validate();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ReadOnlyStringProperty usernameErrorProperty() {
        return usernameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmErrorProperty() {
        return confirmError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyErrorProperty() {
        return currencyError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
