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
extern const cli_command cli_ingest, cli_search, cli_timeline, cli_events, cli_export, cli_stats,
    cli_check;
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

/* Opens the engine (opts may be NULL) and tells once on stderr what it works without.
 * Returns 0, or -1 after reporting the error. */
int cli_open_engine(const annals_options *opts, annals_engine **out);

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
    CLI_ACTORS_OPTION_HELP                                                                 \
    "  -h, --help         show this help\n"

/* Actor (--actors) or verb (--verbs) dictionaries in the TABARI / PETRARCH format,
 * repeatable. */
#define CLI_MAX_DICTS 16
typedef struct {
    const char *path[CLI_MAX_DICTS + 1]; /* NULL-terminated, as annals_options wants */
    int n;
} cli_dicts;
/* Adds one, checking that it can be read; 0, or -1 having said why. */
int cli_add_dict(const char *cmd, const char *option, cli_dicts *d, const char *path);
#define CLI_ACTORS_OPTION_HELP                                                            \
    "  --actors FILE      also name the actors of this dictionary (TABARI / PETRARCH\n"    \
    "                     format, CAMEO codes: Phoenix.Countries.actors.txt ...); the\n"   \
    "                     built-in names win where both have one; repeatable\n"        \
    "  --verbs FILE       also code events by this CAMEO verb-pattern dictionary\n"     \
    "                     (PETRARCH format: CAMEO.2.0.txt): the verbs the built-in\n"    \
    "                     lexicon lacks, where one of its patterns matches; a broken\n"  \
    "                     line is named (FILE:LINE); repeatable\n"

/* Options shared by read and annotate. */
typedef struct {
    unsigned stages;     /* 0 for read */
    unsigned json_flags;
    int brief, stats;
    int aeb; /* --format aeb: one {id: {"articleBody": text}} object for all inputs */
    size_t max_bytes;
    cli_dicts dicts, verbs;
} cli_run_opts;

/* Reads every input, writes the records to stdout, reports errors; returns an exit code. */
int cli_run_inputs(const char *cmd, const cli_run_opts *o, char **paths, int n);
/* Parses the options read and annotate share; returns the index of the first input, or -1
 * after printing a usage error. */
int cli_parse_run_opts(const cli_command *cmd, int argc, char **argv, cli_run_opts *o);

/* ---- the store commands (store_cli.c) ---- */

/* --db, else $ANNALS_DB, else annals.db in the working directory. */
const char *cli_store_path(const char *given);
/* Opens the store, printing why not; 0 or -1. */
int cli_open_store(const char *path, unsigned flags, annals_store **out);
/* 1, having said so, when there is no store at path; else 0. */
int cli_store_missing(const char *path);

#define CLI_STORE_OPTION_HELP \
    "  --db FILE          the store (default: $ANNALS_DB, else annals.db here)\n"

#define CLI_QUERY_OPTIONS_HELP                                                            \
    CLI_STORE_OPTION_HELP                                                                 \
    "  --from DATE        from this date (2017, 2017-03, 2017-03-02), inclusive\n"         \
    "  --to DATE          to this date, inclusive (2017-03 runs to March 31)\n"            \
    "  --place NAME       about this place (as named, or the gazetteer's name)\n"          \
    "  --near NAME        within --radius of this place (a place the store knows)\n"       \
    "  --lat L --lon L    within --radius of this point\n"                                 \
    "  --radius R         300km, 50mi (default 50 km)\n"                                   \
    "  --actor NAME       involving this actor (canonical name or as written)\n"           \
    "  --country CC       in this country (ISO 3166-1 alpha-2: SY, IQ)\n"                  \
    "  --type T           event type: PLOVER (ASSAULT), CAMEO root (19), ACLED (Battles)\n" \
    "  --modality M       factual (default: asserted or reported), asserted, reported,\n"  \
    "                     denied, planned, threatened, hypothetical, negated, or any\n"   \
    "  --all-modalities   the same as --modality any\n"                                  \
    "  --with-duplicates  also rows from near-duplicate copies\n"                        \
    "  --sort ORDER       date, -date, or rank (search)\n"                                \
    "  --limit N          at most N rows\n"                                                \
    "  -h, --help         show this help\n"

typedef enum { CLI_TEXT, CLI_JSON, CLI_CSV, CLI_GEOJSON, CLI_JSONL, CLI_ACLED, CLI_GDELT } cli_format;

#define CLI_MAX_WORDS 64
typedef struct {
    annals_query q;
    const char *db;
    cli_format format;
    int colour, have_lat, have_lon;
    const char *words[CLI_MAX_WORDS]; /* the arguments that are not options */
    int nwords;
} cli_query_opts;

/* Parses the query options; 0, -1 after a usage error, -2 after --help. */
int cli_parse_query_opts(const cli_command *cmd, int argc, char **argv, cli_query_opts *o);
/* The non-option arguments joined by spaces, or NULL when none. */
const char *cli_query_words(const cli_query_opts *o, char *buf, size_t size);
void cli_json_string(FILE *out, const char *s); /* NULL writes null */
void cli_csv_field(FILE *out, const char *s);   /* quoted when needed; NULL writes nothing */
/* An ANSI colour code when colour is on (a terminal, no NO_COLOR), else "". */
const char *cli_colour(const cli_query_opts *o, const char *code);
/* Writes rows as --format asks (exports.c); the writer for one command. */
typedef struct cli_rows cli_rows;
cli_rows *cli_rows_new(const cli_query_opts *o, FILE *out);
int cli_rows_write(void *rows, const annals_row *row); /* an annals_row_fn */
/* Ends the output; the number of rows written. */
size_t cli_rows_end(cli_rows *rows);
/* The rows written so far. */
size_t cli_rows_count(const cli_rows *rows);
/* Opens the store read-only, runs a query and writes its rows; returns an exit code. */
typedef annals_status (*cli_query_fn)(annals_store *, const annals_query *, annals_row_fn, void *);
int cli_run_query(const cli_command *cmd, cli_query_opts *o, cli_query_fn fn);

#endif
