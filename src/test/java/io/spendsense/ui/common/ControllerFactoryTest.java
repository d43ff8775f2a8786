package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControllerFactoryTest {
    @Test
    void registeredControllersAreBuiltBySupplier() {
        var factory = new ControllerFactory().register(StringBuilder.class, () -> new StringBuilder("made"));
        assertThat(factory.call(StringBuilder.class)).hasToString("made");
    }

    @Test
    void unregisteredControllerFailsFastWithItsName() {
        var factory = new ControllerFactory();
        assertThatThrownBy(() -> factory.call(String.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.String");
    }
}
