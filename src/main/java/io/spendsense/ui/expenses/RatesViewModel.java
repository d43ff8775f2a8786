package io.spendsense.ui.expenses;

import java.nio.file.Path;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.RateSource;
import io.spendsense.service.ImportException;
import io.spendsense.service.RateService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exchange-rates dialog (decision 0018): the profile's newest rates, importing a rates file (the ECB's layout or
 * date,currency,rate; all or nothing, bad lines listed), and the opt-in download of the ECB's rates — off until the
 * user ticks the box, which is saved with the profile. All reading and writing runs in the background.
 */
public final class RatesViewModel {
    /** How many of the newest rates the dialog lists. */
    static final int SHOWN = 500;

    private final Services services;
    private final SignedInUser user;
    private final TaskRunner runner;
    private final ObservableList<RateRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty downloadEnabled = new SimpleBooleanProperty(false);
    private final StringProperty downloadUrl = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean loadingSettings;

    RatesViewModel(Services services, SignedInUser user, TaskRunner runner) {
        this.services = services;
        this.user = user;
        this.runner = runner;
        downloadEnabled.addListener((o, a, b) -> saveSettings());
    }

    /** Reads the newest rates and the download setting. */
    public void start() {
        refresh();
        runner.run(() -> services.rates().downloadSettings(user)).onSuccess(s -> {
            loadingSettings = true;
            downloadUrl.set(s.url());
            downloadEnabled.set(s.enabled());
            loadingSettings = false;
        }).onFailure(this::fail).start();
    }

    private void refresh() {
        runner.run(() -> services.rates().list(user, null, null, null, SHOWN)).onSuccess(list ->
                rows.setAll(list.stream().map(RatesViewModel::row).toList())).onFailure(this::fail).start();
    }

    static RateRow row(ExchangeRate r) {
        return new RateRow(r.date().toString(), r.currency(), Messages.format("rates.oneIs", r.currency(),
                CurrencyMath.rateText(r.rate()), r.quote()), source(r.source()));
    }

    private static String source(RateSource s) {
        return switch (s) {
            case ENTERED -> Messages.get("rates.source.entered");
            case FILE -> Messages.get("rates.source.file");
            case DOWNLOAD -> Messages.get("rates.source.download");
        };
    }

    /** Imports a rates file, all or nothing. */
    public void importFrom(Path file) {
        start(Messages.format("rates.importing", file.getFileName()));
        runner.run(() -> services.rates().importFile(user, file)).onBusy(busy::set).onSuccess(this::stored)
                .onFailure(this::fail).start();
    }

    /** Downloads the ECB's rates from the address set; refused by the service unless the box is ticked. */
    public void download() {
        start(Messages.get("rates.downloading"));
        runner.run(() -> services.rates().download(user)).onBusy(busy::set).onSuccess(this::stored)
                .onFailure(this::fail).start();
    }

    private void start(String what) {
        problems.clear();
        failed.set(false);
        outcome.set(what);
    }

    private void stored(RateService.RatesReport report) {
        outcome.set(Messages.format("rates.stored", report.inWords(), report.source(), user.currency()));
        // stored expenses keep their rates: only the list changes
        refresh();
    }

    private void fail(Throwable e) {
        failed.set(true);
        if (e instanceof ImportException bad) {
            outcome.set(bad.message((message, hint, field) -> message));
            bad.errors().forEach(err -> problems.add(err.toString()));
        } else {
            outcome.set(UserMessages.of(e));
        }
    }

    /** Saves the download setting (the box and the address) with the profile. */
    public void saveSettings() {
        if (loadingSettings) {
            return;
        }
        boolean on = downloadEnabled.get();
        String url = downloadUrl.get();
        runner.run(() -> services.rates().saveDownloadSettings(user, on, url)).onSuccess(s -> {
            failed.set(false);
            outcome.set(s.enabled() ? Messages.format("rates.downloadOn", s.url()) : Messages.get("rates.downloadOff"));
        }).onFailure(this::fail).start();
    }

    public ObservableList<RateRow> rows() {
        return rows;
    }

    /** The bad lines of a refused file. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Whether the profile allows the one network call SpendSense can make: downloading the ECB's rates. */
    public BooleanProperty downloadEnabledProperty() {
        return downloadEnabled;
    }

    public StringProperty downloadUrlProperty() {
        return downloadUrl;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
