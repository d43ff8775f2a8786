package io.spendsense.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.RateSource;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.RateRepository;
import io.spendsense.persistence.Transactions;
import io.spendsense.service.imports.ImportHint;
import io.spendsense.service.imports.StatementException;
import io.spendsense.service.rates.RatesDownload;
import io.spendsense.service.rates.RatesFile;
import io.spendsense.service.rates.RatesFormat;

/**
 * The signed-in user's exchange rates (decision 0018): entered one by one, imported from a rates file (all or
 * nothing), or downloaded from the ECB when the user has turned that on (off by default: the one network call
 * SpendSense can make). Rates are to the profile's currency. A rate added or changed never rewrites a stored expense:
 * an expense keeps the rate it was converted at until the user corrects it.
 */
public final class RateService {
    /** The most rates a list shows. */
    public static final int MAX_LIST = 10_000;
    /** The largest rates file read: the ECB's whole history is about 1.6 MB. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Transactions tx;
    private final RateRepository rates;
    private final Clock clock;

    public RateService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.rates = new RateRepository(tx);
        this.clock = clock;
    }

    /**
     * What an import or a download stored: the layout read, how many rates were new and how many replaced one the
     * user had for the same day and currency, the currencies, and the first and last day.
     */
    public record RatesReport(String source, RatesFormat format, int added, int replaced, List<String> currencies,
                              LocalDate first, LocalDate last) {
        public RatesReport {
            currencies = List.copyOf(currencies);
        }

        public int stored() {
            return added + replaced;
        }

        /** "1,234 rates of 30 currencies from 1999-01-04 to 2026-03-20 (1,200 new, 34 replaced)". */
        public String inWords() {
            if (stored() == 0) {
                return Texts.get("rates.none");
            }
            String which = currencies.size() <= 6 ? String.join(", ", currencies)
                    : Texts.format("rates.currencies", currencies.size());
            return Texts.format("rates.inWords", stored(), which, String.valueOf(first), String.valueOf(last), added,
                    replaced);
        }
    }

    /** The download setting: whether it is on, and the address (the ECB's unless the user gave another). */
    public record DownloadSettings(boolean enabled, String url) {
    }

    /** The user's rates of {@code currency} (null: all) between two days (null: open), newest first. */
    public List<ExchangeRate> list(SignedInUser who, String currency, LocalDate from, LocalDate to, int limit) {
        String code = currency == null ? null : requireCurrency(who, currency);
        return tx.inTransaction(() -> rates.list(who.id(), who.currency(), code, from, to,
                Math.min(Math.max(1, limit), MAX_LIST)));
    }

    /** The currencies the user has rates of, in code order. */
    public List<String> currencies(SignedInUser who) {
        return tx.inTransaction(() -> rates.currencies(who.id(), who.currency()));
    }

    /** Enters one rate (replacing the one the user had for that day and currency). */
    public ExchangeRate add(SignedInUser who, LocalDate day, String currency, BigDecimal rate) {
        String code = requireCurrency(who, currency);
        if (day == null) {
            throw new ValidationException("date", Texts.format("field.required", Texts.get("field.date")));
        }
        String problem = CurrencyMath.checkRate(rate, Texts.get("field.rate"));
        if (problem != null) {
            throw new ValidationException("rate", problem);
        }
        var r = new ExchangeRate(day, code, who.currency(), rate, RateSource.ENTERED);
        tx.runWrite(() -> rates.saveAll(who.id(), List.of(r), clock.instant()));
        return r;
    }

    /** Removes the user's rate of a currency on a day. */
    public void remove(SignedInUser who, LocalDate day, String currency) {
        String code = requireCurrency(who, currency);
        tx.runWrite(() -> {
            if (!rates.delete(who.id(), who.currency(), code, day)) {
                throw new NotFoundException(Texts.format("rates.notFound", code, String.valueOf(day)));
            }
        });
    }

    /** Imports a rates file (ECB layout or {@code date,currency,rate}), all or nothing. */
    public RatesReport importFile(SignedInUser who, Path file) {
        String source = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ServiceException(Texts.format("rates.fileTooLarge", source, MAX_FILE_BYTES >> 20));
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ServiceException(Texts.format("import.noSuchFile", file.toString()));
        } catch (CharacterCodingException e) {
            throw new ServiceException(Texts.format("rates.notUtf8", source));
        } catch (IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", file.toString(), e.getMessage()), e);
        }
        return store(who, source, new StringReader(text), RateSource.FILE);
    }

    /** Imports rates from text already decoded; {@code source} names it in messages. */
    public RatesReport importText(SignedInUser who, String source, Reader text) {
        return store(who, source, text, RateSource.FILE);
    }

    public DownloadSettings downloadSettings(SignedInUser who) {
        var s = tx.inTransaction(() -> rates.settings(who.id()));
        return new DownloadSettings(s.downloadEnabled(), s.downloadUrl() == null ? RatesDownload.ECB_URL
                : s.downloadUrl());
    }

    /**
     * Turns the download on or off and sets its address ({@code url} null keeps the one set; blank: the ECB's).
     * Nothing is fetched here.
     */
    public DownloadSettings saveDownloadSettings(SignedInUser who, boolean enabled, String url) {
        tx.runWrite(() -> {
            var now = rates.settings(who.id());
            String address = url == null ? now.downloadUrl() : url.isBlank() ? null : url.strip();
            if (address != null && RatesDownload.address(address) == null) {
                throw new ValidationException("url", Texts.format("rates.notHttp", address));
            }
            rates.saveSettings(who.id(), new RateRepository.Settings(enabled, address), clock.instant());
        });
        return downloadSettings(who);
    }

    /**
     * Downloads the ECB's reference rates from the configured address and stores them, all or nothing. Refused with
     * {@link DownloadOffException} unless the user turned the download on. The download happens outside any
     * transaction; only the storing is one.
     */
    public RatesReport download(SignedInUser who) {
        var settings = downloadSettings(who);
        if (!settings.enabled()) {
            throw new DownloadOffException();
        }
        URI uri = RatesDownload.address(settings.url());
        if (uri == null) {
            throw new ValidationException("url", Texts.format("rates.notHttp", settings.url()));
        }
        String text;
        try {
            text = RatesDownload.fetch(uri);
        } catch (IOException e) {
            throw new ServiceException(Texts.format("rates.downloadFailed", uri.toString(), e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return store(who, uri.getHost(), new StringReader(text), RateSource.DOWNLOAD);
    }

    /** Downloading rates is off: the user has to turn it on first (each front end says how). */
    public static final class DownloadOffException extends ServiceException {
        DownloadOffException() {
            super(Texts.get("rates.downloadOff"));
        }
    }

    private RatesReport store(SignedInUser who, String source, Reader text, RateSource kind) {
        RatesFile.Read read;
        try {
            read = RatesFile.read(text, who.currency(), kind);
        } catch (StatementException e) {
            if (e.problems().isEmpty()) {
                throw new ImportException(source, e.getMessage(), ImportHint.NONE);
            }
            var errors = e.problems().stream()
                    .map(p -> new ImportException.LineError(p.line(), p.field(), p.message())).toList();
            throw new ImportException(source, errors, e.badLines());
        } catch (IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", source, e.getMessage()), e);
        }
        var list = read.rates();
        var saved = list.isEmpty() ? new RateRepository.Saved(0, 0)
                : tx.inWriteTransaction(() -> rates.saveAll(who.id(), list, clock.instant()));
        var currencies = new TreeSet<String>();
        LocalDate first = null;
        LocalDate last = null;
        for (ExchangeRate r : list) {
            currencies.add(r.currency());
            first = first == null || r.date().isBefore(first) ? r.date() : first;
            last = last == null || r.date().isAfter(last) ? r.date() : last;
        }
        return new RatesReport(source, read.format(), saved.added(), saved.replaced(), List.copyOf(currencies),
                first, last);
    }

    private static String requireCurrency(SignedInUser who, String currency) {
        String code = CurrencyMath.code(currency);
        if (code == null) {
            throw new ValidationException("currency", Texts.format("rates.notIso", currency));
        }
        if (code.equals(who.currency())) {
            throw new ValidationException("currency", Texts.format("rates.ownCurrency", code));
        }
        return code;
    }
}
