package io.spendsense.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** A truly broken line still fails the whole file, with its line, field and reason; a bad file says why. */
class ReaderProblemsTest {
    static StatementException refused(String text) {
        var e = catchThrowableOfType(StatementException.class,
                () -> StatementReaders.read(new StringReader(text), null, ReadOptions.DETECT));
        assertThat(e).as("the file should be refused").isNotNull();
        return e;
    }

    static Statement read(String text) throws IOException {
        return StatementReaders.read(new StringReader(text), null, ReadOptions.DETECT);
    }

    @Test
    void ofxTransactionWithoutAnAmountIsABadLine() {
        var e = refused("""
                OFXHEADER:100

                <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.00<FITID>1<NAME>A</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240106<FITID>2<NAME>B</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024-01-07<TRNAMT>-1,5x<FITID>3<NAME>C</STMTTRN>
                </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
                """);
        assertThat(e.badLines()).isEqualTo(2);
        assertThat(e.problems()).extracting(p -> p.line() + " " + p.field() + ": " + p.message()).containsExactly(
                "5 TRNAMT: the transaction has no TRNAMT",
                "6 TRNAMT: '-1,5x' is not a number",
                "6 DTPOSTED: '2024-01-07' is not a date (yyyyMMdd...)");
    }

    @Test
    void investmentOfxIsRefused() {
        assertThat(refused("OFXHEADER:100\n\n<OFX><INVSTMTMSGSRSV1>").getMessage())
                .contains("investment statement");
    }

    @Test
    void qifWithoutBankOrCardSectionIsRefused() {
        assertThat(refused("!Type:Cat\nNFood\n^\n").getMessage()).contains("no bank or credit-card transactions");
    }

    @Test
    void qifBadAmountIsABadLine() {
        var e = refused("!Type:Bank\nD01/15/2024\nT-12.x0\nPShop\n^\nD01/16/2024\nT-3.00\nPShop\n^\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("T");
        });
    }

    @Test
    void camtThatIsNotWellFormedNamesTheLine() {
        var e = refused("""
                <?xml version="1.0"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="EUR">1.00</Amt>
                </Stmt></BkToCstmrStmt></Document>
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not well-formed XML");
        });
    }

    @Test
    void camtEntryWithoutCreditDebitIndicatorIsABadLine() {
        var e = refused("""
                <?xml version="1.0"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="EUR">1.00</Amt><Sts>BOOK</Sts><BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("CdtDbtInd");
        });
    }

    @Test
    void camtDoesNotReadExternalEntities() throws IOException {
        var s = read("""
                <?xml version="1.0"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                <BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """);
        assertThat(s.lines()).hasSize(1);
    }

    @Test
    void csvRowWithAnUnreadableAmountStillFailsTheFile() {
        var e = refused("Date,Description,Amount\n2024-01-13,Coffee,-4.35\n2024-01-14,Tea,abc\n");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("amount");
            assertThat(p.message()).isEqualTo("'abc' is not a number");
        });
    }

    @Test
    void aPendingRowMayBeIncompleteButABookedOneMayNot() throws IOException {
        var s = read("Date,Description,Amount,Status\n2024-01-13,Coffee,-4.35,Posted\n,Tea,,Pending\n");
        assertThat(s.lines()).extracting(StatementLine::status).containsExactly(LineStatus.BOOKED,
                LineStatus.PENDING);
        var e = refused("Date,Description,Amount,Status\n2024-01-13,Coffee,-4.35,Posted\n,Tea,,Posted\n");
        assertThat(e.problems()).extracting(StatementException.Problem::field).containsExactly("date", "amount");
    }
}
