package io.spendsense.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import picocli.CommandLine;

/**
 * Runs the command line with explicit streams, environment and clock, so that tests drive it end to end in-process.
 * Exit codes: 0 done, 1 a user error (one line on standard error), 2 bad usage.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args, CliEnvironment env) {
        return run(args, env, ServicesFactory.PRODUCTION);
    }

    /** With another way to open the services (tests: a low bcrypt cost). */
    public static int run(String[] args, CliEnvironment given, ServicesFactory servicesFactory) {
        // whatever a command prints passes PrintableWriter: no stored text can send a terminal an escape sequence
        var env = new CliEnvironment(new PrintWriter(new PrintableWriter(given.out()), true),
                new PrintWriter(new PrintableWriter(given.err()), true), given.in(), given.env(), given.clock(),
                given.interactive());
        var root = new SpendSenseCommand(env, servicesFactory);
        var cmd = new CommandLine(root);
        cmd.setOut(env.out());
        cmd.setErr(env.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new UserErrorHandler());
        cmd.setParameterExceptionHandler((ex, a) -> {
            env.err().println("spendsense: " + io.spendsense.domain.SafeText.clipMessage(ex.getMessage()));
            // the full path ("spendsense rule move"), so the hint names a subcommand's parent too
            env.err().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            env.err().flush();
            return USAGE;
        });
        int code = cmd.execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** The process's real streams, environment and clock. */
    public static CliEnvironment system() {
        return new CliEnvironment(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.getenv(), io.spendsense.service.AppClock.fromEnvironment(System.getenv()),
                System.console() != null);
    }

    /** For tests: given standard input text and environment. */
    public static CliEnvironment of(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env,
            Clock clock) {
        return new CliEnvironment(out, err, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), env,
                clock, false);
    }
}
