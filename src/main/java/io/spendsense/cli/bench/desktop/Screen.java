package io.spendsense.cli.bench.desktop;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * What the benchmark looks up on the app's screen, the way the TestFX tests do: by node id (the views' fx:id), style
 * class and the controls' own public skin classes, never through a hook in the app. FX thread only.
 */
final class Screen {
    private final Scene scene;

    Screen(Scene scene) {
        this.scene = scene;
    }

    Optional<Node> find(String selector) {
        return Optional.ofNullable(scene.lookup(selector));
    }

    Node node(String selector) {
        return find(selector).orElseThrow(() -> new IllegalStateException("nothing on the screen matches "
                + selector));
    }

    /** The expense table, if the main window is up. */
    Optional<TableView<?>> table() {
        return find("#table").filter(TableView.class::isInstance).map(n -> (TableView<?>) n);
    }

    TabPane tabs() {
        return (TabPane) node("#tabs");
    }

    Tab tab(String id) {
        return tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no tab " + id));
    }

    /** In the scene, laid out, and it and every parent visible. */
    static boolean showing(Node node) {
        if (node == null || node.getScene() == null || node.getLayoutBounds().isEmpty()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A busy indicator (not a progress bar) is showing somewhere in {@code root}. */
    static boolean busy(Node root) {
        return root.lookupAll(".progress-indicator").stream()
                .anyMatch(n -> n instanceof ProgressIndicator && !(n instanceof ProgressBar) && showing(n));
    }

    /**
     * The table shows rows, and every row on the screen shows the item at its index: what the table holds now has
     * been laid out.
     */
    static boolean showsItems(TableView<?> table) {
        VirtualFlow<?> flow = flow(table);
        var items = table.getItems();
        if (flow == null || items.isEmpty() || !showing(table)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return false;
        }
        for (int i = first.getIndex(); i <= last.getIndex() && i < items.size(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell == null || cell.isEmpty() || cell.getItem() != items.get(i)) {
                return false;
            }
        }
        return true;
    }

    static VirtualFlow<?> flow(TableView<?> table) {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    /** The index of the first row on the screen, or -1. */
    static int firstRow(TableView<?> table) {
        VirtualFlow<?> flow = flow(table);
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    /** The index of the last row wholly on the screen, or -1. */
    static int lastWholeRow(TableView<?> table) {
        VirtualFlow<?> flow = flow(table);
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            return -1;
        }
        double bottom = flow.localToScene(flow.getLayoutBounds()).getMaxY();
        for (int i = last.getIndex(); i >= first.getIndex(); i--) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.localToScene(cell.getLayoutBounds()).getMaxY() <= bottom + 0.5) {
                return i;
            }
        }
        return -1;
    }

    static Node firstRowNode(TableView<?> table) {
        VirtualFlow<?> flow = flow(table);
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first == null) {
            throw new IllegalStateException("the table shows no row");
        }
        return first;
    }

    /** The header of {@code column}, to click. */
    static Node header(TableView<?> table, TableColumnBase<?, ?> column) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == column).findFirst()
                .orElseThrow(() -> new IllegalStateException("no header for " + column.getText()));
    }

    /** Turns true once the table's rows change (a new list, or a change to it) after this call. */
    static BooleanSupplier changes(TableView<?> table) {
        boolean[] changed = new boolean[1];
        var items = table.getItems();
        ListChangeListener<Object> onChange = c -> changed[0] = true;
        InvalidationListener onNewList = o -> changed[0] = true;
        items.addListener(onChange);
        table.itemsProperty().addListener(onNewList);
        return () -> {
            if (changed[0]) {
                items.removeListener(onChange);
                table.itemsProperty().removeListener(onNewList);
            }
            return changed[0];
        };
    }

    /** A list cell showing {@code text} in a popup that is open (a combo box's list), if any. */
    static Optional<Node> popupCell(String text) {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && s.getRoot() != null)
                .flatMap(s -> s.getRoot().lookupAll(".list-cell").stream())
                .filter(n -> n instanceof Labeled l && text.equals(l.getText()) && showing(n)).findFirst();
    }

    /** A cell of the list {@code list} whose item matches, if it is on the screen. */
    static Optional<Node> listCell(Parent list, Predicate<Object> item) {
        return list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && item.test(c.getItem()) && showing(n))
                .findFirst();
    }
}
