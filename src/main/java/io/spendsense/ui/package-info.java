/** The JavaFX desktop app: one package per feature, shared controls and the task runner in ui.common. */
package io.spendsense.ui;
