/**
 * The benchmarks ({@code bench}, {@code bench-assistant}, {@code bench-forecast}, {@code bench-desktop}) and their
 * plain-JDBC yardstick: figures, not features. Only the root command registers them and nothing else depends on them
 * (ArchitectureTest), so no app path can call benchmark code; they alone, besides the services, may reach into
 * persistence. The desktop benchmark's run of the app lives in {@code cli.bench.desktop}.
 */
package io.spendsense.cli.bench;
