/* cmd_read.c - annals read: articles in, article records out. */
#include "cli.h"

static int read_run(int argc, char **argv) {
    cli_run_opts o = {0};
    int first = cli_parse_run_opts(&cli_read, argc, argv, &o);
    if (first < 0) return first == -2 ? CLI_OK : CLI_USAGE;
    return cli_run_inputs("read", &o, argv + first, argc - first);
}

const cli_command cli_read = {
    "read", read_run, "read articles and write one JSON record per article",
    "usage: annals read [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Reads articles and writes one JSON object per article per line. Inputs are files,\n"
    "directories (read recursively, in name order) or - for standard input (the default\n"
    "when it is not a terminal). The kind of each input is found from its content:\n"
    "  - the plain-text form: an optional 'date YYYY-MM-DD Headline' line, then the page\n"
    "    text (byline, 'Published ...' line, dateline, captions and credits are recognised);\n"
    "  - JSON Lines: one object a line with \"text\" (or \"html\"), and optionally \"id\",\n"
    "    \"url\", \"title\", \"date\", \"authors\", \"outlet\", \"lang\";\n"
    "  - HTML pages: one article a page, in any charset; the article is extracted from the\n"
    "    page (no navigation, share bars, related lists, comments, ads), captions kept apart;\n"
    "  - WARC crawls: one article per response record with an HTML payload.\n"
    "gzip-compressed input is read transparently.\n"
    "\n"
    "Options:\n"
    CLI_RUN_OPTIONS_HELP
    "\n"
    "Exit status: 0 when every input was read, 1 when any input or record failed (each is\n"
    "reported on stderr as FILE:LINE or FILE: byte N, and the others are still read),\n"
    "2 on a usage error.\n"};
