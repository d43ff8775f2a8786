package io.spendsense.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

import io.spendsense.domain.Texts;
import io.spendsense.domain.User;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.Transactions;
import io.spendsense.persistence.UserRepository;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Local profiles: register, sign in (with lockout after repeated failures), change password, delete an account
 * with all its data. Unknown user and wrong password get the same message, and take about the same time.
 */
public final class AuthService {
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);
    public static final int MIN_PASSWORD_LENGTH = 8;
    static final String BAD_CREDENTIALS = Texts.get("auth.badCredentials");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Transactions tx;
    private final UserRepository users;
    private final io.spendsense.persistence.ProfileRescale rescale;
    private final CategoryRepository categories;
    private final Clock clock;
    private final int bcryptCost;
    private volatile String dummyHash;

    public AuthService(Transactions tx, Clock clock) {
        this(tx, clock, 12);
    }

    /** With a lower bcrypt cost for tests; production uses 12. */
    public AuthService(Transactions tx, Clock clock, int bcryptCost) {
        this.tx = tx;
        this.users = new UserRepository(tx);
        this.rescale = new io.spendsense.persistence.ProfileRescale(tx);
        this.categories = new CategoryRepository(tx);
        this.clock = clock;
        this.bcryptCost = bcryptCost;
    }

    /**
     * A hash to check an unknown name's password against, so that a wrong name takes as long as a wrong password;
     * made on first need, not at start-up, where it cost every command a quarter of a second.
     */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = BCrypt.hashpw("not a password", BCrypt.gensalt(bcryptCost));
            dummyHash = hash;
        }
        return hash;
    }

    public List<User> listUsers() {
        return tx.inTransaction(users::list);
    }

    /** Creates a profile with the default categories. */
    public User register(String username, String displayName, String email, String password, String currency) {
        var errors = new ArrayList<ValidationException.FieldError>();
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new ValidationException.FieldError("username", Texts.get("auth.usernameRule")));
        }
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        ExpenseService.checkText(errors, "displayName", Texts.get("field.displayName"), display);
        if (display.length() > 100) {
            errors.add(new ValidationException.FieldError("displayName", Texts.get("auth.displayNameTooLong")));
        }
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (!EMAIL.matcher(mail).matches() || mail.length() > 254)) {
            errors.add(new ValidationException.FieldError("email", Texts.get("auth.emailRule")));
        }
        checkPassword("password", password, errors);
        String cur = currency == null
                || currency.isBlank() ? "USD" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (!isCurrency(cur)) {
            errors.add(new ValidationException.FieldError("currency", Texts.get("auth.currencyRule")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(bcryptCost));
        return tx.inWriteTransaction(() -> {
            if (users.exists(name)) {
                throw new ValidationException("username", Texts.format("auth.usernameTaken", name));
            }
            User user = users.create(name, display, mail, hash, cur, clock.instant());
            for (var spec : DefaultCategories.ALL) {
                categories.create(user.id(), spec.name(), spec.color(), spec.synonyms());
            }
            return user;
        });
    }

    /** Signs in; five failures in a row lock the account for five minutes. */
    public SignedInUser signIn(String username, String password) {
        if (username == null || password == null) {
            throw new AuthenticationException(BAD_CREDENTIALS);
        }
        Instant now = clock.instant();
        var stored = tx.inTransaction(() -> users.find(username));
        if (stored.isEmpty()) {
            BCrypt.checkpw(password, dummyHash());
            throw new AuthenticationException(BAD_CREDENTIALS);
        }
        User user = stored.get().user();
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            throw new AuthenticationException(lockedMessage(user.lockedUntil()));
        }
        boolean ok = checkpw(password, stored.get().passwordHash());
        int failures = ok ? 0 : (user.lockedUntil() != null ? 0 : user.failedLogins()) + 1;
        Instant lockedUntil = failures >= MAX_FAILED_SIGN_INS ? now.plus(LOCKOUT) : null;
        int storedFailures = lockedUntil != null ? 0 : failures;
        // Written only when it changes: a good password after no failures writes nothing (a read-only command's
        // sign-in takes no write lock); a failure, a lockout or clearing earlier failures is written.
        if (storedFailures != user.failedLogins() || !java.util.Objects.equals(lockedUntil, user.lockedUntil())) {
            tx.runWrite(() -> users.recordSignInAttempt(user.id(), storedFailures, lockedUntil));
        }
        if (lockedUntil != null) {
            throw new AuthenticationException(lockedMessage(lockedUntil));
        }
        if (!ok) {
            throw new AuthenticationException(BAD_CREDENTIALS);
        }
        return new SignedInUser(tx.inTransaction(() -> users.findById(user.id()).orElseThrow()));
    }

    public void changePassword(SignedInUser who, String currentPassword, String newPassword) {
        var stored = tx.inTransaction(() -> users.find(who.username()))
                .orElseThrow(() -> new NotFoundException(Texts.get("auth.profileGone")));
        if (currentPassword == null || !checkpw(currentPassword, stored.passwordHash())) {
            throw new ValidationException("currentPassword", Texts.get("auth.currentPasswordWrong"));
        }
        var errors = new ArrayList<ValidationException.FieldError>();
        checkPassword("newPassword", newPassword, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = BCrypt.hashpw(newPassword, BCrypt.gensalt(bcryptCost));
        tx.runWrite(() -> users.updatePassword(who.id(), hash, clock.instant()));
    }

    /** Sets a new password without the old one: for the machine's owner at the command line ({@code user passwd}). */
    public void resetPassword(String username, String newPassword) {
        var errors = new ArrayList<ValidationException.FieldError>();
        checkPassword("password", newPassword, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = BCrypt.hashpw(newPassword, BCrypt.gensalt(bcryptCost));
        tx.runWrite(() -> {
            var user = users.find(username)
            .orElseThrow(() -> new NotFoundException(Texts.format("auth.noProfile", username)));
            users.updatePassword(user.user().id(), hash, clock.instant());
            users.recordSignInAttempt(user.user().id(), 0, null);
        });
    }

    public SignedInUser updateProfile(SignedInUser who, String displayName, String email, String currency) {
        String cur = currency == null ? who.currency() : currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (!isCurrency(cur)) {
            throw new ValidationException("currency", Texts.get("auth.currencyRule"));
        }
        String display = displayName == null || displayName.isBlank() ? who.user().displayName() : displayName.strip();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new ValidationException("email", Texts.get("auth.emailRule"));
        }
        String control = io.spendsense.domain.SafeText.controlProblem(Texts.get("field.displayName"), display);
        if (control != null) {
            throw new ValidationException("displayName", control);
        }
        return who.with(tx.inWriteTransaction(() -> {
            String stored = users.findById(who.id()).map(io.spendsense.domain.User::currency).orElse(cur);
            rescaleFor(who.id(), stored, cur);
            return users.updateProfile(who.id(), display, mail, cur, clock.instant());
        }));
    }

    /**
     * A currency change that changes the scale the amounts are stored at (decision 0018): from two decimals to three
     * every stored amount is multiplied by ten (refused when one would pass the largest amount); from three to two
     * divided by ten, refused when an amount has a third decimal, naming how many and one of them. Inside the
     * profile change's write transaction, so all of it happens or none.
     */
    private void rescaleFor(long userId, String from, String to) {
        int before = io.spendsense.domain.Money.scaleOf(from);
        int after = io.spendsense.domain.Money.scaleOf(to);
        if (before == after) {
            return;
        }
        if (after > before) {
            if (rescale.largest(userId) * 10 > io.spendsense.domain.Money.MAX_UNITS) {
                throw new ValidationException("currency", Texts.format("profile.rescaleTooLarge", to,
                        io.spendsense.domain.Money.maxAmount(to).toPlainString()));
            }
        } else {
            var uneven = rescale.uneven(userId);
            if (uneven.isPresent()) {
                var u = uneven.get();
                throw new ValidationException("currency", u.exampleDate() == null
                        ? Texts.format("profile.rescaleThirdDecimalNoExpense", u.count(), from, to)
                        : Texts.format("profile.rescaleThirdDecimal", u.count(), from, to,
                        java.math.BigDecimal.valueOf(u.exampleUnits(), before).toPlainString(),
                        u.exampleDate().toString()));
            }
        }
        rescale.rescale(userId, after > before);
    }

    /** Deletes the signed-in user's profile and every expense and category it holds. */
    public void deleteAccount(SignedInUser who) {
        tx.runWrite(() -> users.delete(who.id()));
    }

    private static void checkPassword(String field, String password, List<ValidationException.FieldError> errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            errors.add(new ValidationException.FieldError(field, Texts.format("auth.passwordTooShort",
                    MIN_PASSWORD_LENGTH)));
        } else if (password.length() > 72) {
            // bcrypt only reads the first 72 bytes; longer passwords would silently be truncated.
            errors.add(new ValidationException.FieldError(field, Texts.format("auth.passwordTooLong", 72)));
        }
    }

    private static boolean checkpw(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String lockedMessage(Instant until) {
        ZoneId zone = clock.getZone();
        return Texts.format("auth.locked", DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(until),
                Duration.between(clock.instant(), until).toSeconds() / 60);
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
