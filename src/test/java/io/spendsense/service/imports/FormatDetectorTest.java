package io.spendsense.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            'OFXHEADER:100\\nDATA:OFXSGML\\n\\n<OFX>'                                      | OFX_SGML
            '<OFX>\\n<SIGNONMSGSRSV1>'                                                     | OFX_SGML
            'OFXHEADER:100\\n\\n<OFX><SIGNONMSGSRSV1><SONRS><INTU.BID>3101'                | QFX
            '<?xml version="1.0"?>\\n<?OFX OFXHEADER="200" VERSION="220"?>\\n<OFX>'         | OFX_XML
            '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">' | CAMT053
            '!Type:Bank\\nD01/05/2024'                                                     | QIF
            '!Account\\nNChecking'                                                         | QIF
            '!Option:AutoSwitch'                                                           | QIF
            'date,description,amount'                                                      | CSV
            'Buchungstag;Betrag'                                                           | CSV
            """)
    void formatComesFromTheContent(String start, StatementFormat expected) {
        assertThat(FormatDetector.detect(start.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void camt054AndOtherXmlAreRefusedWithAReason() {
        assertThatThrownBy(() -> FormatDetector.detect("<?xml version=\"1.0\"?><Document xmlns=\""
                + "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">"))
                .isInstanceOf(StatementException.class).hasMessageContaining("not a CAMT.053 statement");
        assertThatThrownBy(() -> FormatDetector.detect("<?xml version=\"1.0\"?><rss/>"))
                .isInstanceOf(StatementException.class).hasMessageContaining("neither OFX nor");
    }
}
