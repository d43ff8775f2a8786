package io.spendsense.ui.signin;

import io.spendsense.domain.User;
import io.spendsense.ui.common.AvatarView;
import io.spendsense.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One profile in the picker: initials avatar, display name, and the username below it. */
final class ProfileCell extends ListCell<User> {
    private final AvatarView avatar = new AvatarView(18);
    private final Label name = new Label();
    private final Label username = new Label();
    private final HBox box = new HBox(12, avatar, new VBox(2, name, username));

    ProfileCell() {
        box.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("profile-name");
        username.getStyleClass().add("profile-username");
    }

    @Override
    protected void updateItem(User user, boolean empty) {
        super.updateItem(user, empty);
        if (empty || user == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        avatar.show(user.username(), user.displayName());
        name.setText(user.displayName());
        username.setText(Messages.format("signin.handle", user.username()));
        setGraphic(box);
    }
}
