package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The build parses the stylesheets into their binary form, and the app's theme is the parsed copy. */
class BinaryStylesheetsTest {
    @Test
    void theThemesAreTheBuildsParsedCopiesWithTheRulesOfAtlantaFxsOwn() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String theme = BinaryStylesheets.theme(dark);
            assertThat(theme).endsWith(dark ? BinaryStylesheets.DARK : BinaryStylesheets.LIGHT);
            URL binary = new URL(theme.replace(".css", ".bss"));
            Stylesheet parsed = Stylesheet.loadBinary(binary);
            Stylesheet source = new javafx.css.CssParser().parse(new URL(theme));
            assertThat(parsed.getRules()).hasSameSizeAs(source.getRules()).hasSizeGreaterThan(500);
        }
    }

    @Test
    void everyStylesheetOfTheAppHasItsBinaryFormBesideIt() {
        for (String css : new String[] {"/io/spendsense/ui/app.css", Stylesheets.INSIGHTS,
                Stylesheets.RECURRING_RULES}) {
            assertThat(BinaryStylesheets.class.getResource(css.replace(".css", ".bss"))).as(css).isNotNull();
        }
    }
}
