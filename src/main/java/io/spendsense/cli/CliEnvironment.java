package io.spendsense.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What a command may use of the outside world: streams, environment variables, the clock, and a console. */
public record CliEnvironment(PrintWriter out, PrintWriter err, BufferedReader in, Map<String, String> env, Clock clock,
                             boolean interactive) {
}
