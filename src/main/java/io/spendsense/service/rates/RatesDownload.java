package io.spendsense.service.rates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import io.spendsense.domain.Texts;

/**
 * The one network call SpendSense can make, and only when the user has turned it on: a GET of the ECB's historical
 * reference rates (a ZIP holding {@code eurofxref-hist.csv}, or the CSV itself) from a configurable address, with
 * {@link HttpClient}. Nothing else is sent; the answer is read as a rates file ({@link RatesFile}).
 */
public final class RatesDownload {
    /** Where the ECB publishes the whole history of its reference rates. */
    public static final String ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
    /** The most a download may be: the ECB's file is about 0.6 MB zipped, 1.6 MB unzipped. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private RatesDownload() {
    }

    /** The address as a URI when it is an absolute http or https address; null when it is not. */
    public static URI address(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Fetches the file at {@code uri} and returns its text (unzipped when it is a ZIP). */
    public static String fetch(URI uri) throws IOException {
        var client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/zip, text/csv, */*").build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(Texts.get("rates.download.interrupted"), e);
        }
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(Texts.format("rates.download.status", uri.getHost(), response.statusCode(),
                        uri.toString()));
            }
            body = readAtMost(in, MAX_BYTES);
        }
        return zip(body) ? unzip(body) : new String(body, StandardCharsets.UTF_8);
    }

    private static boolean zip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** The first CSV file in the ZIP. */
    private static String unzip(byte[] body) throws IOException {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    return new String(readAtMost(zip, MAX_BYTES), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(Texts.get("rates.download.noCsv"));
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new IOException(Texts.format("rates.download.tooLarge", max / (1024 * 1024)));
        }
        return bytes;
    }
}
