/* cmd_stats.c - annals stats: what the store holds. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
    int json, n;
} stats_out;

static void put_count(void *ctx, const char *name, int64_t value) {
    stats_out *o = ctx;
    if (o->json) printf("%s\"%s\": %" PRId64, o->n ? ", " : "{", name, value);
    else printf("%-18s %12" PRId64 "\n", name, value);
    o->n++;
}

static int stats_run(int argc, char **argv) {
    const char *db = NULL;
    stats_out o = {0};
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            cli_usage(&cli_stats, stdout);
            return CLI_OK;
        } else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
                   (strcmp(argv[i + 1], "json") == 0 || strcmp(argv[i + 1], "text") == 0)) {
            o.json = strcmp(argv[++i], "json") == 0;
        } else {
            cli_error("stats: bad option '%s' (see 'annals stats --help')", argv[i]);
            return CLI_USAGE;
        }
    }
    db = cli_store_path(db);
    annals_store *store;
    if (cli_open_store(db, ANNALS_STORE_READONLY, &store) != 0) return CLI_FAILED;
    if (!o.json) printf("%-18s %s\n", "store", db);
    annals_status s = annals_store_stats(store, put_count, &o);
    if (o.json) puts(o.n ? "}" : "{}");
    if (s != ANNALS_OK) cli_error("stats: %s", annals_store_errmsg(store));
    annals_store_close(store);
    return s == ANNALS_OK ? CLI_OK : CLI_FAILED;
}

const cli_command cli_stats = {
    "stats", stats_run, "what the store holds",
    "usage: annals stats [--db FILE] [--format text|json]\n"
    "\n"
    "Counts what the store holds: articles (stories: those that are not near-duplicates of\n"
    "another; duplicates: syndicated copies linked to the first), sources (outlets),\n"
    "sentences, times, dated sentences, places and their mentions, actors and their\n"
    "mentions, events (merged across reports) and event reports, casualty figures, text\n"
    "bytes and the size of the file. --format json prints one object.\n"
    "\n"
    "Options:\n"
    CLI_STORE_OPTION_HELP
    "  --format F         text (default) or json\n"
    "  -h, --help         show this help\n"};
