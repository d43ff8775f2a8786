package io.spendsense.cli;

import picocli.CommandLine.Command;

/** {@code spendsense user ...}: local profiles. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage local profiles.",
        subcommands = {UserAddCommand.class, UserPasswdCommand.class, UserListCommand.class, UserDeleteCommand.class})
final class UserCommand {
}
