/* cmd_check.c - annals check: verify the store; exit 0 when consistent. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void put_problem(void *ctx, const char *problem) {
    (void)ctx;
    printf("problem: %s\n", problem);
}

static int check_run(int argc, char **argv) {
    const char *db = NULL;
    int quiet = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            cli_usage(&cli_check, stdout);
            return CLI_OK;
        } else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            quiet = 1;
        } else {
            cli_error("check: bad option '%s' (see 'annals check --help')", argv[i]);
            return CLI_USAGE;
        }
    }
    db = cli_store_path(db);
    annals_store *store;
    /* opened for writing (FTS5 checks itself through an insert), but never made here */
    if (cli_store_missing(db) || cli_open_store(db, 0, &store) != 0) return CLI_FAILED;
    size_t problems = 0;
    annals_status s = annals_store_check(store, put_problem, NULL, &problems);
    if (s != ANNALS_OK) cli_error("check: %s", annals_store_errmsg(store));
    annals_store_close(store);
    if (s != ANNALS_OK) return CLI_FAILED;
    if (problems) {
        printf("%s: %zu problems\n", db, problems);
        return CLI_FAILED;
    }
    if (!quiet) printf("%s: ok\n", db);
    return CLI_OK;
}

const cli_command cli_check = {
    "check", check_run, "verify the store",
    "usage: annals check [--db FILE] [-q]\n"
    "\n"
    "Verifies the store: SQLite's integrity check and foreign keys; no sentence, mention,\n"
    "event, casualty or evidence row without its article or event; the full-text index\n"
    "and the R*Tree matching their tables; near-duplicate links pointing to a first copy.\n"
    "Prints each problem and exits 1 when there is any, 0 (\"ok\") when consistent.\n"
    "\n"
    "Options:\n"
    CLI_STORE_OPTION_HELP
    "  -q, --quiet        print nothing when the store is consistent\n"
    "  -h, --help         show this help\n"};
