/* cmd_annotate.c - annals annotate: read articles and run the whole pipeline on them. */
#include "cli.h"

static int annotate_run(int argc, char **argv) {
    cli_run_opts o = {0};
    o.stages = ANNALS_STAGE_ALL;
    int first = cli_parse_run_opts(&cli_annotate, argc, argv, &o);
    if (first < 0) return first == -2 ? CLI_OK : CLI_USAGE;
    return cli_run_inputs("annotate", &o, argv + first, argc - first);
}

const cli_command cli_annotate = {
    "annotate", annotate_run, "read articles, run every stage, write full records",
    "usage: annals annotate [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Reads articles like 'annals read' and runs every stage of the pipeline on each one\n"
    "(today: sentence and token segmentation; times, places, actors and events as they\n"
    "land), writing the full article record a line.\n"
    "\n"
    "Options:\n"
    CLI_RUN_OPTIONS_HELP};
