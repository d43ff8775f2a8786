package io.spendsense.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLayoutTest {
    @ParameterizedTest(name = "{2}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            'Date;Text;Amount\\n01.02.2024;Miete;-1.234,56\\n02.02.2024;Brot;-3,20\\n' | semicolon | decimal commas in a ; file
            'Date,Text,Amount\\n2024-02-01,"Rent; Feb","-12,50"\\n'                     | comma     | quoted decimal comma
            'a\\tb\\tc\\n1\\t2,5\\t3\\n'                                               | tab       | tabs
            'Date|Payee|Amount\\n2024-01-01|A, B|1.00\\n'                              | pipe      | pipes
            'Account;123\\n\\nDate,Description,Amount\\n2024-01-01,Coffee,4.35\\n2024-01-02,Tea,3.00\\n' | comma | a preamble
            """)
    // CHECKSTYLE.ON: LineLength
    void separatorIsTheOneThatSplitsMostLines(String text, String expected, String name) throws IOException {
        char c = switch (expected) {
            case "semicolon" -> ';';
            case "tab" -> '\t';
            case "pipe" -> '|';
            default -> ',';
        };
        assertThat(CsvLayout.separator(text.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(c);
    }

    @ParameterizedTest(name = "{3}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            'Date,Description,Amount\\n2024-01-01,Coffee,4.35\\n'                     | 0 | true  | a header
            '2024-01-01,Coffee,4.35\\n2024-01-02,Tea,3.00\\n'                           | 0 | false | no header
            'Account:,12345\\nPeriod:,January\\n\\nDate,Description,Amount\\n2024-01-01,Coffee,4.35\\n' | 3 | true | preamble
            'When,What,Cost\\n2024-01-01,Coffee,4.35\\n'                               | 0 | true  | names nobody knows
            """)
    // CHECKSTYLE.ON: LineLength
    void headerOrFirstRowIsFound(String text, int start, boolean header, String name) throws IOException {
        var layout = CsvLayout.detect(text.replace("\\n", "\n"), true, ReadOptions.DETECT);
        assertThat(layout.start()).isEqualTo(start);
        assertThat(layout.header()).isEqualTo(header);
    }
}
