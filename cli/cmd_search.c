/* cmd_search.c - annals search WORDS: full-text search of the store. */
#include "cli.h"

static int search_run(int argc, char **argv) {
    cli_query_opts o;
    int rc = cli_parse_query_opts(&cli_search, argc, argv, &o);
    if (rc < 0) return rc == -2 ? CLI_OK : CLI_USAGE;
    char words[2048];
    o.q.words = cli_query_words(&o, words, sizeof words);
    if (!o.q.words) {
        cli_error("search: what to search for? (see 'annals search --help')");
        return CLI_USAGE;
    }
    return cli_run_query(&cli_search, &o, annals_store_search);
}

const cli_command cli_search = {
    "search", search_run, "full-text search of the stored articles",
    "usage: annals search [OPTIONS] WORDS...\n"
    "\n"
    "Finds the articles whose sentences hold all the words (stemmed: 'recapture' finds\n"
    "'recaptured'), best match first, one line per article with the best sentence as a\n"
    "snippet, matches in [brackets]. Near-duplicate copies are folded into the first copy.\n"
    "--from/--to filter on the publication date. When more than 2,000 sentences match, the\n"
    "2,000 newest (in the order stored) are ranked and the output says so: add words or\n"
    "dates to narrow, or --sort date to read every match in date order.\n"
    "\n"
    "  annals search Palmyra recapture --from 2016-01-01 --to 2017-12-31\n"
    "\n"
    "Options:\n"
    "  --format F         text (default), json (one object a line) or csv\n"
    CLI_QUERY_OPTIONS_HELP};
