/* cmd_events.c - annals events: the merged events of the store, filtered. */
#include "cli.h"

static int events_run(int argc, char **argv) {
    cli_query_opts o;
    int rc = cli_parse_query_opts(&cli_events, argc, argv, &o);
    if (rc < 0) return rc == -2 ? CLI_OK : CLI_USAGE;
    char words[2048];
    o.q.subject = cli_query_words(&o, words, sizeof words);
    return cli_run_query(&cli_events, &o, annals_store_events);
}

const cli_command cli_events = {
    "events", events_run, "the events of the store, merged across reports",
    "usage: annals events [OPTIONS] [SUBJECT]\n"
    "\n"
    "Lists events in date order, each merged from every report of it (same type, places\n"
    "within 50 km, compatible dates and actors): the number of reports and their dates,\n"
    "every report's sentence, and casualty figures reconciled (low of the lows, high of\n"
    "the highs, best: the median of the best estimates, with the rule said).\n"
    "\n"
    "  annals events --actor ISIS --format csv > isis.csv\n"
    "\n"
    "Options:\n"
    "  --format F         text (default), json, csv, geojson, jsonl, acled, gdelt\n"
    CLI_QUERY_OPTIONS_HELP};
