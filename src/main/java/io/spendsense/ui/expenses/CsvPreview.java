package io.spendsense.ui.expenses;

import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Money;
import io.spendsense.service.ImportService;
import io.spendsense.service.imports.CsvSample;
import io.spendsense.ui.common.Messages;

/**
 * What the import dialog's table shows: for a CSV file its first rows as they are (the header names also feed the
 * column choosers), for OFX, QIF and CAMT.053 the first expenses the import would store.
 */
record CsvPreview(Character delimiter, List<String> header, List<List<String>> rows) {
    static final int ROWS = ImportService.Preview.ROWS;

    static CsvPreview of(CsvSample sample) {
        return new CsvPreview(sample.separator(), sample.names(), sample.rows());
    }

    /** The rows an import would store, as text: date, amount, payee, description, category. */
    static CsvPreview of(ImportService.Preview preview) {
        var rows = new ArrayList<List<String>>();
        for (var r : preview.rows()) {
            rows.add(List.of(r.date().toString(), Money.plainExact(r.amount()), r.payee(), r.description(),
                    r.category()));
        }
        return new CsvPreview(null, List.of(Messages.get("import.col.date"),
                Messages.get("import.col.amount"), Messages.get("import.col.payee"),
                Messages.get("import.col.description"), Messages.get("import.col.category")), rows);
    }
}
