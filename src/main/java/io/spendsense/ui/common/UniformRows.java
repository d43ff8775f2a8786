package io.spendsense.ui.common;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Gives a table whose rows are all one line of text the height its laid-out rows have as its fixed cell size, so that
 * a scroll lays out only the rows coming into view instead of asking every row for its height (issue 15's
 * scroll-page figure). Measured, never hard-coded: the height follows the theme and the font, and is measured again
 * when the table moves to another scene.
 */
public final class UniformRows {
    private UniformRows() {
    }

    public static void install(TableView<?> table) {
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs && table.getFixedCellSize() <= 0) {
                measure(table);
            }
        });
        table.sceneProperty().addListener((o, a, b) -> table.setFixedCellSize(Region.USE_COMPUTED_SIZE));
    }

    /** The tallest of the rows laid out with an item, once there is one; until then the flow measures as usual. */
    static void measure(TableView<?> table) {
        double tallest = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof IndexedCell<?> row && !row.isEmpty() && row.getItem() != null) {
                tallest = Math.max(tallest, row.getHeight());
            }
        }
        if (tallest > 0) {
            table.setFixedCellSize(table.snapSizeY(tallest));
        }
    }
}
