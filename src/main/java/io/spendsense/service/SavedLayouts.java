package io.spendsense.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.spendsense.domain.Texts;
import io.spendsense.persistence.LayoutRepository;
import io.spendsense.persistence.LayoutRepository.Layout;
import io.spendsense.persistence.Transactions;
import io.spendsense.service.imports.CsvSample;
import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.service.imports.StatementFormat;
import io.spendsense.service.imports.StatementReaders;

/**
 * The CSV reading choices a user made for a bank's layout, per profile: saved when a file is imported with choices
 * of the user's own (command-line options, the dialog's corrections), applied when a file of the same layout (its
 * header row and separator, see {@link CsvSample#layoutFingerprint()}) comes without them. A choice the user gives
 * always wins over the saved one, and is saved in its place.
 */
final class SavedLayouts {
    private final Transactions tx;
    private final LayoutRepository layouts;
    private final Clock clock;

    SavedLayouts(Transactions tx, Clock clock) {
        this.tx = tx;
        this.layouts = new LayoutRepository(tx);
        this.clock = clock;
    }

    /**
     * How to read a file: the user's options with the saved choices filled in.
     *
     * @param options     what to read the file with
     * @param fingerprint the file's layout (null: not a CSV file with a header), under which choices are saved
     * @param applied     the saved choices that were used, in words, or null when none
     * @param userChose   whether the user gave reading choices of their own (so that they are saved)
     */
    record Resolved(ImportOptions options, String fingerprint, String applied, boolean userChose) {
        static Resolved none(ImportOptions options) {
            return new Resolved(options, null, null, false);
        }
    }

    Resolved resolve(SignedInUser who, Path file, ImportOptions options) {
        var given = options.format();
        if (given.format() != null && given.format() != StatementFormat.CSV) {
            return Resolved.none(options);
        }
        String fingerprint = fingerprint(file, given);
        if (fingerprint == null) {
            return Resolved.none(options);
        }
        boolean userChose = !toLayout(fingerprint, given).equals(toLayout(fingerprint, CsvFormatOptions.DETECT));
        var saved = tx.inTransaction(() -> find(who, file, given, fingerprint));
        if (saved.isEmpty()) {
            return new Resolved(options, fingerprint, null, userChose);
        }
        var layout = saved.get();
        var applied = new ArrayList<String>();
        var merged = merge(given, layout, applied);
        return new Resolved(options.withFormat(merged), layout.fingerprint(),
                applied.isEmpty() ? null : String.join(", ", applied), userChose);
    }

    /** Saves what the file was read with, when the user chose something, inside the import's transaction. */
    void saveIfChosen(SignedInUser who, Resolved resolved) {
        if (resolved.fingerprint() != null && resolved.userChose()) {
            layouts.save(who.id(), toLayout(resolved.fingerprint(), resolved.options().format()), clock.instant());
        }
    }

    /**
     * The saved layout of the file: the one of its fingerprint as detected; else one saved with a separator, lines
     * to skip or an encoding that detection does not find by itself, whose header the file has when read that way.
     */
    private Optional<Layout> find(SignedInUser who, Path file, CsvFormatOptions given, String fingerprint) {
        var found = layouts.find(who.id(), fingerprint);
        if (found.isPresent()) {
            return found;
        }
        for (Layout l : layouts.list(who.id())) {
            var structural = given.withDelimiter(given.delimiter() != null ? given.delimiter() : l.delimiter())
                    .withOverrides(given.format(), given.encoding() != null ? given.encoding() : l.encoding(),
                            given.dateOrder(), given.sign(), given.skipLines() != null ? given.skipLines()
                                    : l.skipLines());
            if (!structural.equals(given) && l.fingerprint().equals(fingerprint(file, structural))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static String fingerprint(Path file, CsvFormatOptions options) {
        try {
            return StatementReaders.sample(file, ImportService.readOptions(options), 1).layoutFingerprint();
        } catch (IOException | RuntimeException e) {
            return null; // the import itself says what is wrong with the file or the options
        }
    }

    /** {@code given} with each choice it leaves to detection taken from {@code saved}; {@code applied} says which. */
    static CsvFormatOptions merge(CsvFormatOptions given, Layout saved, List<String> applied) {
        var delimiter = pick(given.delimiter(), saved.delimiter(), applied,
                v -> Texts.format("import.applied.separator", v));
        var dateFormat = pick(given.dateFormat(), saved.dateFormat(), applied,
                v -> Texts.format("import.applied.dateFormat", v));
        var decimalComma = pick(given.decimalComma(), saved.decimalComma(), applied,
                v -> Texts.format("import.applied.decimalSeparator", v));
        var dateColumn = pick(given.dateColumn(), saved.dateColumn(), applied,
                v -> Texts.format("import.applied.dateColumn", v));
        var amountColumn = pick(given.amountColumn(), saved.amountColumn(), applied,
                v -> Texts.format("import.applied.amountColumn", v));
        var descriptionColumn = pick(given.descriptionColumn(), saved.descriptionColumn(), applied,
                v -> Texts.format("import.applied.descriptionColumn", v));
        var payeeColumn = pick(given.payeeColumn(), saved.payeeColumn(), applied,
                v -> Texts.format("import.applied.payeeColumn", v));
        var categoryColumn = pick(given.categoryColumn(), saved.categoryColumn(), applied,
                v -> Texts.format("import.applied.categoryColumn", v));
        var encoding = pick(given.encoding(), saved.encoding(), applied,
                v -> Texts.format("import.applied.encoding", v));
        var dateOrder = pick(given.dateOrder(), saved.dateOrder() == null ? null
                : DateOrder.valueOf(saved.dateOrder()), applied, v -> Texts.format("import.applied.dateOrder", v));
        var sign = pick(given.sign(), saved.sign() == null ? null
                : SignConvention.valueOf(saved.sign()), applied, v -> Texts.format("import.applied.signs", v));
        var skipLines = pick(given.skipLines(), saved.skipLines(), applied,
                v -> Texts.format("import.applied.skipLines", v));
        return new CsvFormatOptions(delimiter, dateFormat, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn, given.format(), encoding, dateOrder, sign, skipLines);
    }

    /** {@code given}, or else {@code saved}, said in {@code applied} in the words {@code said} gives its value. */
    private static <T> T pick(T given, T saved, List<String> applied, UnaryOperator<String> said) {
        if (given != null || saved == null) {
            return given;
        }
        applied.add(said.apply(words(saved)));
        return saved;
    }

    private static String words(Object value) {
        if (value instanceof DateOrder o) {
            return o.label();
        }
        if (value instanceof SignConvention s) {
            return s.label();
        }
        if (value instanceof Boolean comma) {
            return comma ? Texts.get("import.decimalComma") : Texts.get("import.decimalPoint");
        }
        if (value instanceof Character c) {
            return c == '\t' ? Texts.get("import.tab") : "'" + c + "'";
        }
        return Objects.toString(value).matches("\\d+") ? value.toString() : "'" + value + "'";
    }

    private static Layout toLayout(String fingerprint, CsvFormatOptions f) {
        return new Layout(fingerprint, f.encoding(), f.delimiter(), f.skipLines(), f.dateFormat(),
                f.dateOrder() == null ? null : f.dateOrder().name(), f.sign() == null ? null : f.sign().name(),
                f.decimalComma(), f.dateColumn(), f.amountColumn(), f.descriptionColumn(), f.payeeColumn(),
                f.categoryColumn());
    }
}
