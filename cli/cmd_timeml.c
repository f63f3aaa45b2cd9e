/* cmd_timeml.c - annals timeml: tag TimeML documents with TIMEX3 (TempEval-3 format). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

#define TIMEML_MAX (64u << 20)

typedef struct {
    annals_engine *engine;
    const char *out_dir;
    int failed, done;
} timeml_state;

static int write_file(void *ctx, const char *data, size_t len) {
    return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

/* Reads a whole file (or stdin for "-"), at most TIMEML_MAX bytes. */
static char *slurp(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap || cap >= TIMEML_MAX) break;
        char *p = realloc(buf, cap * 2);
        if (!p) free(buf);
        buf = p;
        cap *= 2;
    }
    int bad = ferror(f) || n >= TIMEML_MAX;
    if (f != stdin) fclose(f);
    if (bad) {
        free(buf);
        errno = n >= TIMEML_MAX ? EFBIG : EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

static FILE *open_output(timeml_state *st, const char *path) {
    if (!st->out_dir) return stdout;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char out[4096];
    snprintf(out, sizeof out, "%s/%s", st->out_dir, strcmp(path, "-") == 0 ? "stdin.tml" : base);
    return fopen(out, "wb");
}

static int tag_one(const char *path, void *ctx) {
    timeml_state *st = ctx;
    size_t len;
    char *in = slurp(path, &len);
    if (!in) {
        cli_error("%s: %s", path, strerror(errno));
        st->failed++;
        return 0;
    }
    FILE *out = open_output(st, path);
    annals_status s = out ? annals_timeml_tag(st->engine, in, len, write_file, out) : ANNALS_EIO;
    if (s != ANNALS_OK) {
        cli_error("%s: %s", path,
                  s == ANNALS_EFORMAT ? "not a TimeML document with a <TEXT> element (or not UTF-8)"
                                      : out ? annals_strerror(s) : strerror(errno));
        st->failed++;
    } else {
        st->done++;
    }
    if (out && out != stdout) fclose(out);
    free(in);
    return 0;
}

static int timeml_run(int argc, char **argv) {
    timeml_state st = {0};
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (cli_is_help(argv[i])) {
            cli_usage(&cli_timeml, stdout);
            return CLI_OK;
        } else if (strcmp(argv[i], "--out-dir") == 0 && i + 1 < argc) {
            st.out_dir = argv[++i];
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            cli_error("timeml: unknown option '%s'", argv[i]);
            return CLI_USAGE;
        }
    }
    if (st.out_dir && mkdir(st.out_dir, 0777) != 0 && errno != EEXIST) {
        cli_error("timeml: %s: %s", st.out_dir, strerror(errno));
        return CLI_FAILED;
    }
    if (cli_open_engine(NULL, &st.engine) != 0) return CLI_FAILED;
    char *stdin_only[] = {"-"};
    int unlisted = i < argc ? cli_each_input(argv + i, argc - i, tag_one, &st)
                            : cli_each_input(stdin_only, 1, tag_one, &st);
    annals_close(st.engine);
    if (st.failed + unlisted)
        fprintf(stderr, "annals timeml: %d documents tagged, %d failed\n", st.done,
                st.failed + unlisted);
    return st.failed + unlisted ? CLI_FAILED : CLI_OK;
}

const cli_command cli_timeml = {
    "timeml", timeml_run, "tag TimeML documents with TIMEX3 (TempEval-3 format)",
    "usage: annals timeml [--out-dir DIR] [FILE|DIR|-]...\n"
    "\n"
    "Reads TimeML documents whose TEXT has no tags and whose document creation time is\n"
    "given as the TIMEX3 with functionInDocument=\"CREATION_TIME\", finds and resolves the\n"
    "temporal expressions, and writes each document with <TIMEX3 tid type value [mod]> tags\n"
    "inside TEXT, the text characters unchanged. One input goes to standard output; with\n"
    "--out-dir each document is written to DIR under its own file name.\n"};
