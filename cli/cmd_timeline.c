/* cmd_timeline.c - annals timeline [SUBJECT]: what happened when. */
#include "cli.h"

static int timeline_run(int argc, char **argv) {
    cli_query_opts o;
    int rc = cli_parse_query_opts(&cli_timeline, argc, argv, &o);
    if (rc < 0) return rc == -2 ? CLI_OK : CLI_USAGE;
    char words[2048];
    o.q.subject = cli_query_words(&o, words, sizeof words);
    if (o.q.sort == ANNALS_SORT_RANK) o.q.sort = ANNALS_SORT_DATE;
    return cli_run_query(&cli_timeline, &o, annals_store_timeline);
}

const cli_command cli_timeline = {
    "timeline", timeline_run, "events and dated sentences about a place, actor or words, by date",
    "usage: annals timeline [OPTIONS] [SUBJECT]\n"
    "\n"
    "Lists, in date order, the events about SUBJECT (a place, an actor, or words) merged\n"
    "across reports, and the dated sentences about it: sentences with a resolved date\n"
    "that are not an event's. Each row says which it is ('event' or 'dated'). Rows are\n"
    "grouped by date at the precision known: an event known to the month is shown under\n"
    "the month (2016-03), not on its first day. Near-duplicate copies are not counted.\n"
    "--type and --modality apply to events, so they leave the dated sentences out.\n"
    "\n"
    "A SUBJECT the store knows as a place or an actor (by its name or as it was written)\n"
    "gives the events that happened there or have it as one of their two sides, and the\n"
    "dated sentences that name it; any other SUBJECT is words, matched in the sentences.\n"
    "When nothing is found, a SUBJECT that names a place is asked again under the\n"
    "gazetteer's name for it (Tadmor: Palmyra, where the articles wrote Tadmur).\n"
    "\n"
    "  annals timeline Palmyra\n"
    "  annals timeline --near Raqqa --radius 300km --type ASSAULT --from 2017-03\n"
    "\n"
    "Options:\n"
    "  --format F         text (default), json (one row a line, in timeline order), csv,\n"
    "                     geojson (rows with a place)\n"
    CLI_QUERY_OPTIONS_HELP};
