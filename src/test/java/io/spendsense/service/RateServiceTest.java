package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.RateSource;
import io.spendsense.service.rates.RatesDownload;
import io.spendsense.service.rates.RatesFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rates in: the ECB's reference-rate layout (a small file written for this test in that layout, never the real one),
 * the simple date,currency,rate CSV, all-or-nothing refusals, and the opt-in download against a local HTTP server.
 */
class RateServiceTest {
    /** The ECB's layout: units per euro, N/A where a currency has no rate, a trailing separator on every line. */
    static final String ECB = """
            Date,USD,JPY,BGN,CYP,GBP,
            2026-03-06,1.0842,161.25,1.9558,N/A,0.8450,
            2026-03-05,1.0800,160.00,1.9558,N/A,0.8400,
            2026-03-04,N/A,159.50,1.9558,N/A,0.8420,
            """;

    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    SignedInUser bob;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("r.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        services.auth().register("bob", null, null, TestUsers.PASSWORD, "EUR");
        bob = services.auth().signIn("bob", TestUsers.PASSWORD);
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop(0);
        }
        services.close();
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    BigDecimal rate(SignedInUser who, String currency, String day) {
        return services.rates().list(who, currency, LocalDate.parse(day), LocalDate.parse(day), 1).get(0).rate();
    }

    @Test
    void anEcbFileBecomesRatesToTheProfilesCurrency() throws IOException {
        var report = services.rates().importFile(alice, file("eurofxref-hist.csv", ECB));
        assertThat(report.format()).isEqualTo(RatesFormat.ECB);
        // a day without a USD rate gives a USD profile no rates; CYP has none at all
        assertThat(report.added()).isEqualTo(8);
        assertThat(report.currencies()).containsExactly("BGN", "EUR", "GBP", "JPY");
        assertThat(report.first()).isEqualTo("2026-03-05");
        assertThat(report.last()).isEqualTo("2026-03-06");
        assertThat(rate(alice, "EUR", "2026-03-06")).isEqualByComparingTo("1.0842");
        assertThat(rate(alice, "JPY", "2026-03-06")).isEqualByComparingTo("0.006723720930");
        assertThat(rate(alice, "GBP", "2026-03-05")).isEqualByComparingTo("1.285714286");
        assertThat(services.rates().list(alice, "JPY", null, null, 10)).extracting(ExchangeRate::source)
                .containsOnly(RateSource.FILE);
        assertThat(report.inWords()).isEqualTo("8 rates of BGN, EUR, GBP, JPY from 2026-03-05 to 2026-03-06"
                + " (8 new, 0 replaced)");
    }

    @Test
    void aEuroProfileTakesTheInverseOfEachRate() throws IOException {
        var report = services.rates().importFile(bob, file("eurofxref-hist.csv", ECB));
        assertThat(report.added()).isEqualTo(11);
        assertThat(rate(bob, "USD", "2026-03-06")).isEqualByComparingTo("0.9223390518");
        assertThat(rate(bob, "JPY", "2026-03-04")).isEqualByComparingTo("0.006269592476");
        assertThat(services.rates().list(bob, "USD", LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-04"), 5))
                .isEmpty();
    }

    @Test
    void anEcbFileWithoutTheProfilesCurrencyIsRefused() throws IOException {
        services.auth().register("kim", null, null, TestUsers.PASSWORD, "CHF");
        var kim = services.auth().signIn("kim", TestUsers.PASSWORD);
        assertThatThrownBy(() -> services.rates().importFile(kim, file("e.csv", ECB)))
                .isInstanceOf(ImportException.class)
                .hasMessage("e.csv: the file has no rates of CHF (the profile's currency), so none of its rates can be"
                        + " turned into rates to CHF");
    }

    @Test
    void theSimpleLayoutIsReadAsRatesToTheProfilesCurrency() throws IOException {
        var report = services.rates().importFile(alice, file("mine.csv", """
                date,currency,rate
                2026-03-06,EUR,1.09
                2026-03-06,jpy,0.0067
                2026-03-07,BHD,2.6525
                """));
        assertThat(report.format()).isEqualTo(RatesFormat.SIMPLE);
        assertThat(report.added()).isEqualTo(3);
        assertThat(rate(alice, "BHD", "2026-03-07")).isEqualByComparingTo("2.6525");
        // again, with one rate changed: replaced, not doubled
        var again = services.rates().importText(alice, "mine.csv", new StringReader("""
                Currency,Rate,Date
                EUR,1.10,2026-03-06
                GBP,1.27,2026-03-06
                """));
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.replaced()).isEqualTo(1);
        assertThat(rate(alice, "EUR", "2026-03-06")).isEqualByComparingTo("1.10");
    }

    @Test
    void aBadRatesFileIsRefusedWholeWithEachLineAndField() throws IOException {
        services.rates().add(alice, LocalDate.parse("2026-03-01"), "EUR", new BigDecimal("1.05"));
        var bad = file("bad.csv", """
                date,currency,rate
                2026-03-06,EUR,1.08
                2026-13-01,EUR,1.09
                2026-03-07,EURO,1.1
                2026-03-08,GBP,1,27
                2026-03-09,USD,1
                2026-03-10,GBP,-2
                2026-03-11,GBP,abc
                """);
        assertThatThrownBy(() -> services.rates().importFile(alice, bad))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.csv: 6 bad lines, nothing imported")
                .satisfies(e -> assertThat(((ImportException) e).errors()).extracting(Object::toString).containsExactly(
                        "line 3, date: '2026-13-01' is not a date (yyyy-MM-dd, e.g. 2026-03-20)",
                        "line 4, currency: 'EURO' is not an ISO 4217 currency code",
                        "line 5: more values than the header has columns (write rates with a dot: 1.0842)",
                        "line 6, currency: USD is the profile's own currency: its rate is 1",
                        "line 7, rate: rate must be greater than 0",
                        "line 8, rate: 'abc' is not a rate (a decimal number with a dot, e.g. 1.0842)"));
        assertThat(services.rates().list(alice, null, null, null, 100)).hasSize(1);
    }

    @Test
    void aFileThatIsNoRatesFileSaysWhatItExpected() throws IOException {
        assertThatThrownBy(() -> services.rates().importFile(alice, file("x.csv", "Date,Description,Amount\n")))
                .hasMessage("x.csv: not a rates file: the first line must be date,currency,rate or the ECB's"
                        + " Date,USD,JPY,... (it is 'Date,Description,Amount')");
        assertThatThrownBy(() -> services.rates().importFile(alice, file("e.csv", "")))
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> services.rates().importFile(alice, file("h.csv", "Date,USD,ABC\n2026-01-02,1,2\n")))
                .hasMessage("h.csv: 1 bad line, nothing imported");
        // found by RatesFilePropertiesTest: a misspelt profile currency in the header was an index out of bounds
        assertThatThrownBy(() -> services.rates().importFile(alice, file("u.csv", "Date,USX,JPY\n2026-01-02,1,2\n")))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).errors()).extracting(Object::toString)
                        .containsExactly("line 1, USX: 'USX' is not an ISO 4217 currency code"));
    }

    @Test
    void enteringARateReplacesThatDaysAndRemovingForgetsIt() {
        var day = LocalDate.parse("2026-03-06");
        services.rates().add(alice, day, "eur", new BigDecimal("1.08"));
        services.rates().add(alice, day, "EUR", new BigDecimal("1.09"));
        assertThat(services.rates().list(alice, "EUR", null, null, 10)).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("1.09"));
        assertThatThrownBy(() -> services.rates().add(alice, day, "USD", BigDecimal.ONE))
                .hasMessage("USD is the profile's own currency: its rate is always 1");
        assertThatThrownBy(() -> services.rates().add(alice, day, "EUR", BigDecimal.ZERO))
                .hasMessage("rate must be greater than 0");
        assertThatThrownBy(() -> services.rates().remove(bob, day, "GBP")).isInstanceOf(NotFoundException.class);
        services.rates().remove(alice, day, "EUR");
        assertThat(services.rates().list(alice, null, null, null, 10)).isEmpty();
    }

    @Test
    void downloadingIsOffUntilTurnedOnAndNothingIsFetchedBefore() throws IOException {
        String url = serve();
        assertThat(services.rates().downloadSettings(alice).enabled()).isFalse();
        assertThat(services.rates().downloadSettings(alice).url()).isEqualTo(RatesDownload.ECB_URL);
        services.rates().saveDownloadSettings(alice, false, url + "/eurofxref-hist.zip");
        assertThatThrownBy(() -> services.rates().download(alice)).isInstanceOf(RateService.DownloadOffException.class);
        assertThat(requests.get()).isZero();
        // another profile turning it on does not turn it on for alice
        services.rates().saveDownloadSettings(bob, true, url + "/eurofxref-hist.zip");
        assertThatThrownBy(() -> services.rates().download(alice)).isInstanceOf(RateService.DownloadOffException.class);
        assertThat(requests.get()).isZero();
    }

    @Test
    void theOptInDownloadReadsTheEcbZipFromTheConfiguredAddress() throws IOException {
        String url = serve();
        services.rates().saveDownloadSettings(alice, true, url + "/eurofxref-hist.zip");
        var report = services.rates().download(alice);
        assertThat(requests.get()).isEqualTo(1);
        assertThat(report.source()).isEqualTo("127.0.0.1");
        assertThat(report.added()).isEqualTo(8);
        assertThat(services.rates().list(alice, "JPY", null, null, 10)).extracting(ExchangeRate::source)
                .containsOnly(RateSource.DOWNLOAD);
        // the plain CSV works too, and a second download replaces
        services.rates().saveDownloadSettings(alice, true, url + "/eurofxref-hist.csv");
        assertThat(services.rates().download(alice).replaced()).isEqualTo(8);
    }

    @Test
    void aFailedDownloadChangesNothingAndSaysWhy() throws IOException {
        String url = serve();
        services.rates().saveDownloadSettings(alice, true, url + "/missing");
        assertThatThrownBy(() -> services.rates().download(alice))
                .isInstanceOf(ServiceException.class)
                .hasMessage("Could not download the rates from " + url + "/missing: 127.0.0.1 answered 404 for " + url
                        + "/missing; nothing was changed");
        assertThat(services.rates().list(alice, null, null, null, 10)).isEmpty();
        assertThatThrownBy(() -> services.rates().saveDownloadSettings(alice, true, "file:///etc/passwd"))
                .hasMessage("'file:///etc/passwd' is not an http or https address");
        assertThat(services.rates().downloadSettings(alice).url()).isEqualTo(url + "/missing");
        assertThat(services.rates().saveDownloadSettings(alice, false, "").url()).isEqualTo(RatesDownload.ECB_URL);
    }

    @Test
    void deletingAProfileDeletesItsRatesAndItsDownloadSetting() throws Exception {
        services.rates().importFile(alice, file("eurofxref-hist.csv", ECB));
        services.rates().saveDownloadSettings(alice, true, null);
        services.rates().add(bob, LocalDate.parse("2026-03-06"), "USD", new BigDecimal("0.92"));
        services.auth().deleteAccount(alice);
        try (var c = services.database().dataSource().getConnection(); var st = c.createStatement()) {
            var rates = st.executeQuery("select count(*) from exchange_rates");
            assertThat(rates.getLong(1)).as("only bob's rate is left").isEqualTo(1);
            var settings = st.executeQuery("select count(*) from rate_settings");
            assertThat(settings.getLong(1)).isZero();
        }
    }

    /** A local server with the ECB file zipped and plain; returns its address. Never a real host. */
    private String serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] csv = ECB.getBytes(StandardCharsets.UTF_8);
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("eurofxref-hist.csv"));
            zip.write(csv);
            zip.closeEntry();
        }
        server.createContext("/eurofxref-hist.zip", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
            exchange.close();
        });
        server.createContext("/eurofxref-hist.csv", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, csv.length);
            exchange.getResponseBody().write(csv);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
