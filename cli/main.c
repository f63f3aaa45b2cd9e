/* main.c - the annals command-line tool: a thin client of libannals, one file per
 * subcommand. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const cli_command *const cli_commands[] = {&cli_read,     &cli_annotate, &cli_timeml,
                                           &cli_ingest,   &cli_search,   &cli_timeline,
                                           &cli_events,   &cli_export,   &cli_stats,
                                           &cli_check,    &cli_help,     &cli_version, NULL};

const cli_command *cli_find(const char *name) {
    for (size_t i = 0; cli_commands[i]; i++)
        if (strcmp(cli_commands[i]->name, name) == 0) return cli_commands[i];
    return NULL;
}

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("annals: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_usage(const cli_command *cmd, FILE *out) { fputs(cmd->usage, out); }

int cli_add_dict(const char *cmd, const char *option, cli_dicts *d, const char *path) {
    if (d->n >= CLI_MAX_DICTS) {
        cli_error("%s: at most %d dictionaries for %s", cmd, CLI_MAX_DICTS, option);
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("%s: %s %s: %s", cmd, option, path, strerror(errno));
        return -1;
    }
    fclose(f);
    d->path[d->n++] = path;
    d->path[d->n] = NULL;
    return 0;
}

int cli_open_engine(const annals_options *opts, annals_engine **out) {
    annals_status st = annals_open(out, opts);
    if (st != ANNALS_OK) {
        const char *why = annals_open_error();
        if (why) cli_error("cannot start: %s", why);
        else cli_error("cannot start: %s", annals_strerror(st));
        return -1;
    }
    const char *warning = annals_engine_warning(*out);
    if (warning) cli_error("%s; places are not resolved", warning);
    return 0;
}

int cli_is_help(const char *arg) { return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0; }

int main(int argc, char **argv) {
    if (argc < 2) {
        cli_usage(&cli_help, stderr);
        return CLI_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) name = "version";
    if (cli_is_help(name)) name = "help";
    const cli_command *cmd = cli_find(name);
    if (!cmd) {
        cli_error("'%s' is not an annals command; see 'annals help'", name);
        return CLI_USAGE;
    }
    return cmd->run(argc - 1, argv + 1);
}
