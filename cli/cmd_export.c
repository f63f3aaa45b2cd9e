/* cmd_export.c - annals export --format F: the store's events (and dated sentences) in a
 * form analysts' tools load. */
#include "cli.h"

static int export_run(int argc, char **argv) {
    cli_query_opts o;
    int rc = cli_parse_query_opts(&cli_export, argc, argv, &o);
    if (rc < 0) return rc == -2 ? CLI_OK : CLI_USAGE;
    if (o.format == CLI_TEXT) o.format = CLI_JSONL;
    char words[2048];
    o.q.subject = cli_query_words(&o, words, sizeof words);
    int events_only = o.format == CLI_ACLED || o.format == CLI_GDELT;
    return cli_run_query(&cli_export, &o, events_only ? annals_store_events : annals_store_timeline);
}

const cli_command cli_export = {
    "export", export_run, "export events as CSV, ACLED, GDELT, GeoJSON or JSONL",
    "usage: annals export --format FORMAT [OPTIONS] [SUBJECT] > FILE\n"
    "\n"
    "Formats:\n"
    "  jsonl     (default) one full record a line: events with every report, casualties\n"
    "            reconciled, and dated sentences (\"kind\" says which)\n"
    "  csv       a header row; ACLED's column names where they apply (event_date,\n"
    "            event_type, actor1, latitude, fatalities, ...), then ours (plover, cameo,\n"
    "            modality, reports, ...)\n"
    "  acled     events with exactly ACLED's columns; those we cannot fill are empty\n"
    "  gdelt     events as a GDELT 2.0 event table: tab-separated, no header, the 61\n"
    "            columns in GDELT's order; those we cannot fill are empty (country codes\n"
    "            are ISO 3166, not FIPS)\n"
    "  geojson   one FeatureCollection of points (rows with a place)\n"
    "\n"
    "Options:\n"
    "  --format F         the format (above)\n"
    CLI_QUERY_OPTIONS_HELP};
