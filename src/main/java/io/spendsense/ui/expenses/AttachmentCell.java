package io.spendsense.ui.expenses;

import java.io.ByteArrayInputStream;

import io.spendsense.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A file in the editor's list: its thumbnail (or its kind), its name, and its kind and size. */
final class AttachmentCell extends ListCell<AttachmentItem> {
    static final int THUMBNAIL_SIDE = 48;
    private final ImageView thumbnail = new ImageView();
    private final Label kind = new Label();
    private final StackPane picture = new StackPane(thumbnail, kind);
    private final Label name = new Label();
    private final Label details = new Label();
    private final HBox box = new HBox(8, picture, new VBox(2, name, details));
    /** The bytes the thumbnail shows, so that a row updated with the same item does not decode them again. */
    private byte[] shown;

    AttachmentCell() {
        thumbnail.setFitWidth(THUMBNAIL_SIDE);
        thumbnail.setFitHeight(THUMBNAIL_SIDE);
        thumbnail.setPreserveRatio(true);
        picture.setMinSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        picture.setPrefSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
        picture.getStyleClass().add("attachment-thumbnail");
        kind.getStyleClass().add("attachment-kind");
        details.getStyleClass().add("text-muted");
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(AttachmentItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            shown = null;
            return;
        }
        if (item.thumbnail() != shown) {
            shown = item.thumbnail();
            thumbnail.setImage(shown == null ? null : new Image(new ByteArrayInputStream(shown)));
        }
        kind.setText(shown == null ? item.type().extension().toUpperCase(java.util.Locale.ROOT) : "");
        name.setText(item.fileName());
        String size = size(item.size());
        details.setText(item.isPending() ? Messages.format("attachments.pendingDetails", item.type().name(), size)
                : Messages.format("attachments.details", item.type().name(), size));
        setGraphic(box);
    }

    /** "812 B", "45 KiB", "3.2 MiB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.format("attachments.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.format("attachments.kib", (bytes + 512) / 1024);
        }
        return Messages.format("attachments.mib", bytes / (1024.0 * 1024.0));
    }
}
