package io.spendsense.service.imports;

import java.util.List;

/** What a reader found in a file: its lines, in file order, and how it read them. */
public record Statement(Detected detected, List<StatementLine> lines) {
}
