package io.spendsense.service.imports;

import java.io.BufferedReader;

final class QifReader {
    QifReader(ReadOptions options, String encoding) {
    }

    Statement read(BufferedReader in) {
        throw new StatementException("not yet");
    }
}
