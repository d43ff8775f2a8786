/**
 * Reading bank statements: detecting a file's format and encoding, the readers for CSV, OFX/QFX, QIF and CAMT.053,
 * and the rules that decide which statement lines are expenses. No storage here; {@code ImportService} stores.
 */
package io.spendsense.service.imports;
