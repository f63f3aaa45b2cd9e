/* cmd_version.c - annals version */
#include <stdio.h>

#include "cli.h"

static int version_run(int argc, char **argv) {
    if (argc > 1 && cli_is_help(argv[1])) {
        cli_usage(&cli_version, stdout);
        return CLI_OK;
    }
    printf("annals %s\n", annals_version());
    return CLI_OK;
}

const cli_command cli_version = {"version", version_run, "print the version",
                                 "usage: annals version\n       annals --version\n"};
