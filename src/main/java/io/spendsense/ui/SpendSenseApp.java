package io.spendsense.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application. (The sign-in, expenses, charts and chat screens arrive with the desktop-app issue.) */
public final class SpendSenseApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("SpendSense");
        stage.setScene(new Scene(new StackPane(new Label("SpendSense")), 1280, 800));
        stage.show();
    }
}
