/* cmd_help.c - annals help [COMMAND] */
#include <stdio.h>

#include "cli.h"

static int help_run(int argc, char **argv) {
    if (argc > 1 && !cli_is_help(argv[1])) {
        const cli_command *cmd = cli_find(argv[1]);
        if (!cmd) {
            cli_error("no such command: %s", argv[1]);
            return CLI_USAGE;
        }
        cli_usage(cmd, stdout);
        return CLI_OK;
    }
    cli_usage(&cli_help, stdout);
    printf("\nCommands:\n");
    for (size_t i = 0; cli_commands[i]; i++)
        printf("  %-10s %s\n", cli_commands[i]->name, cli_commands[i]->summary);
    printf("\n'annals COMMAND --help' tells more about a command.\n");
    return CLI_OK;
}

const cli_command cli_help = {
    "help", help_run, "show help for annals or one command",
    "usage: annals COMMAND [OPTIONS] [ARGS]\n"
    "       annals help [COMMAND]\n"
    "       annals --version\n"
    "\n"
    "annals reads dated news and keeps a sourced, time-resolved, geolocated record of\n"
    "events.\n"};
