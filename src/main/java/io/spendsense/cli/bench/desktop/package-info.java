/**
 * {@code bench-desktop}'s run of the real desktop app: the toolkit on Monocle's headless screen, the app's composition
 * root, the mouse and keyboard of JavaFX's robot, lookups by node id and style class, and pulse-exact timing
 * ({@link io.spendsense.cli.bench.desktop.Frames}); and the fresh JVM timed to the profile list. The one package
 * outside {@code ui} that may use JavaFX and the ui's composition root (ArchitectureTest), and nothing of the app
 * knows it.
 */
package io.spendsense.cli.bench.desktop;
