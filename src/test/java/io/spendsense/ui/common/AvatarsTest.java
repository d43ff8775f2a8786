package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvatarsTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Ada Lovelace,   AL
            alice,          AL
            x,              X
            john.doe,       JD
            '  mary  ann ', MA
            """)
    void initials(String name, String expected) {
        assertThat(Avatars.initials(name)).isEqualTo(expected);
    }
}
