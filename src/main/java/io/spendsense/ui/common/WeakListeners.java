package io.spendsense.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * Listens to a view-model weakly while the view that owns this object holds the listeners: a view-model kept for
 * the session (one per profile) must not keep the views built over it alive, nor keep updating them.
 */
public final class WeakListeners {
    private final List<Object> retained = new ArrayList<>();

    public <T> void watch(ObservableValue<T> value, ChangeListener<T> listener) {
        retained.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    public <T> void watch(ObservableList<T> list, ListChangeListener<T> listener) {
        retained.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }
}
