/* cli.h - what the subcommands of the annals tool share. Each subcommand is one file
 * (cmd_NAME.c) with an entry point and its help text. */
#ifndef AN_CLI_H
#define AN_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "annals.h"

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    const char *usage; /* the text of `annals NAME --help` */
} cli_command;

extern const cli_command cli_read, cli_annotate, cli_timeml, cli_help, cli_version;
const cli_command *cli_find(const char *name);
extern const cli_command *const cli_commands[];

/* Exit codes */
enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

/* Prints "annals: " and the message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints the reader's error as "FILE:LINE: message" or "FILE: byte N: message". */
void cli_report(const annals_error *err);
/* Prints the usage of a command to `out`. */
void cli_usage(const cli_command *cmd, FILE *out);
/* True when argv[i] is -h or --help. */
int cli_is_help(const char *arg);

/* Expands files and directories (recursively, in name order, hidden files skipped) and
 * calls fn for each file; "-" is passed through. Returns the number of paths that could not
 * be listed (each reported). */
typedef int (*cli_file_fn)(const char *path, void *ctx);
int cli_each_input(char **paths, int n, cli_file_fn fn, void *ctx);

/* The help text of the options read and annotate share. */
#define CLI_RUN_OPTIONS_HELP                                                                \
    "  --sentences        include sentences and their tokens (code point offsets)\n"        \
    "  --format FORMAT    json (default), brief (one human-readable line per article) or\n" \
    "                     aeb ({id: {\"articleBody\": text}} for all inputs, id = file name\n" \
    "                     without .html(.gz): the Article Extraction Benchmark's format)\n" \
    "  --stats            print articles/s, MB/s and peak memory to stderr at the end\n"    \
    "  --max-bytes N      refuse articles (and JSONL lines) larger than N bytes\n"          \
    "                     (default 64 MiB; suffixes K, M, G)\n"                             \
    "  -h, --help         show this help\n"

/* Options shared by read and annotate. */
typedef struct {
    unsigned stages;     /* 0 for read */
    unsigned json_flags;
    int brief, stats;
    int aeb; /* --format aeb: one {id: {"articleBody": text}} object for all inputs */
    size_t max_bytes;
} cli_run_opts;

/* Reads every input, writes the records to stdout, reports errors; returns an exit code. */
int cli_run_inputs(const char *cmd, const cli_run_opts *o, char **paths, int n);
/* Parses the options read and annotate share; returns the index of the first input, or -1
 * after printing a usage error. */
int cli_parse_run_opts(const cli_command *cmd, int argc, char **argv, cli_run_opts *o);

#endif
