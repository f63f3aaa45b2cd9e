/* run.c - the loop read and annotate share: every input through a reader, every article
 * through the stages asked for, one record a line on stdout, errors on stderr. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

typedef struct {
    const cli_run_opts *o;
    annals_engine *engine;
    const char *path;     /* the input being read */
    uint64_t in_input;    /* articles of it written so far */
    uint64_t articles, bytes, inputs, failed_inputs, failed_records;
    int output_failed;
} run_state;

void cli_report(const annals_error *err) {
    if (err->line)
        fprintf(stderr, "annals: %s:%" PRIu64 ": %s\n", err->file, err->line, err->message);
    else if (err->byte)
        fprintf(stderr, "annals: %s: byte %" PRIu64 ": %s\n", err->file, err->byte, err->message);
    else
        fprintf(stderr, "annals: %s: %s\n", err->file, err->message);
}

static int write_stdout(void *ctx, const char *data, size_t len) {
    (void)ctx;
    return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static void write_brief(annals_doc *doc) {
    const char *pub = annals_doc_get(doc, ANNALS_FIELD_PUBLISHED);
    const char *title = annals_doc_get(doc, ANNALS_FIELD_TITLE);
    printf("%s  %-25s  %s  [%zu paragraphs, %zu captions, %zu sentences]\n",
           annals_doc_get(doc, ANNALS_FIELD_ID), pub ? pub : "-", title ? title : "(no title)",
           annals_doc_count(doc, ANNALS_LIST_PARAGRAPHS), annals_doc_count(doc, ANNALS_LIST_CAPTIONS),
           annals_doc_count(doc, ANNALS_LIST_SENTENCES));
}

static void put_json_string(const char *s) {
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') fputs("\\n", stdout);
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

/* The benchmark's id: the file name without its directory and .html(.gz); a second
 * article of the same input gets "#N". */
static void put_aeb_id(run_state *st) {
    const char *base = strrchr(st->path, '/');
    base = base ? base + 1 : st->path;
    char id[1024];
    snprintf(id, sizeof id, "%s", base);
    static const char *const exts[] = {".gz", ".html", ".htm", NULL};
    for (size_t i = 0; exts[i]; i++) {
        size_t n = strlen(id), k = strlen(exts[i]);
        if (n > k && strcmp(id + n - k, exts[i]) == 0) id[n - k] = 0;
    }
    if (st->in_input > 0) {
        size_t n = strlen(id);
        snprintf(id + n, sizeof id - n, "#%" PRIu64, st->in_input + 1);
    }
    put_json_string(id);
}

static int write_aeb(run_state *st, annals_doc *doc) {
    const char *text = annals_doc_get(doc, ANNALS_FIELD_TEXT);
    fputs(st->articles ? ",\n" : "{\n", stdout);
    put_aeb_id(st);
    fputs(": {\"articleBody\": ", stdout);
    put_json_string(text ? text : "");
    putchar('}');
    return ferror(stdout) ? ANNALS_EIO : ANNALS_OK;
}

static int emit(run_state *st, annals_doc *doc) {
    if (st->o->stages) {
        annals_status s = annals_annotate(st->engine, doc, st->o->stages);
        if (s != ANNALS_OK) return s;
    }
    if (st->o->aeb) return write_aeb(st, doc);
    if (st->o->brief) {
        write_brief(doc);
        return ferror(stdout) ? ANNALS_EIO : ANNALS_OK;
    }
    return annals_doc_write_json(doc, st->o->json_flags, write_stdout, NULL);
}

static int read_one(const char *path, void *ctx) {
    run_state *st = ctx;
    if (st->output_failed) return 0;
    annals_reader *r;
    st->inputs++;
    if (annals_reader_open(st->engine, path, &r) != ANNALS_OK) {
        cli_error("%s: out of memory", path);
        st->failed_inputs++;
        return 0;
    }
    int input_failed = 0;
    st->path = path;
    st->in_input = 0;
    for (;;) {
        annals_doc *doc;
        annals_status s = annals_reader_next(r, &doc);
        if (s == ANNALS_DONE) break;
        if (s != ANNALS_OK) {
            cli_report(annals_reader_error(r));
            input_failed = 1;
            st->failed_records++;
            continue;
        }
        s = emit(st, doc);
        st->in_input++;
        annals_doc_free(doc);
        if (s == ANNALS_EIO) { /* stdout is gone (a closed pipe): stop quietly */
            st->output_failed = 1;
            break;
        }
        if (s != ANNALS_OK) {
            cli_error("%s: %s", path, annals_strerror(s));
            input_failed = 1;
            continue;
        }
        st->articles++;
    }
    st->bytes += annals_reader_bytes(r);
    st->failed_inputs += (uint64_t)input_failed;
    annals_reader_close(r);
    return 0;
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_stats(const char *cmd, const run_state *st, double secs) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double mb = (double)st->bytes / 1e6;
    if (secs <= 0) secs = 1e-9;
    fprintf(stderr,
            "annals %s: %" PRIu64 " articles, %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s, "
            "peak RSS %.1f MB\n",
            cmd, st->articles, mb, secs, (double)st->articles / secs, mb / secs,
            (double)ru.ru_maxrss / 1024.0);
}

int cli_run_inputs(const char *cmd, const cli_run_opts *o, char **paths, int n) {
    static char *stdin_only[] = {"-"};
    if (n == 0) {
        if (isatty(0)) {
            cli_error("%s: no input given (see 'annals %s --help')", cmd, cmd);
            return CLI_USAGE;
        }
        paths = stdin_only;
        n = 1;
    }
    annals_options opts;
    annals_options_init(&opts);
    if (o->max_bytes) opts.max_article_bytes = o->max_bytes;
    if (o->dicts.n) opts.actor_dictionaries = o->dicts.path;
    if (o->verbs.n) opts.verb_dictionaries = o->verbs.path;
    run_state st = {0};
    st.o = o;
    if (cli_open_engine(&opts, &st.engine) != 0) return CLI_FAILED;
    static char outbuf[1 << 20];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    double t0 = now_seconds();
    int unlisted = cli_each_input(paths, n, read_one, &st);
    if (o->aeb) fputs(st.articles ? "\n}\n" : "{}\n", stdout);
    if (fflush(stdout) != 0 && errno != EPIPE) st.output_failed = 1;
    double secs = now_seconds() - t0;
    annals_close(st.engine);
    uint64_t failed = st.failed_inputs + (uint64_t)unlisted;
    if (failed)
        fprintf(stderr, "annals %s: %" PRIu64 " articles from %" PRIu64 " inputs; %" PRIu64
                        " inputs had errors (%" PRIu64 " records failed)\n",
                cmd, st.articles, st.inputs + (uint64_t)unlisted, failed, st.failed_records);
    if (o->stats) print_stats(cmd, &st, secs);
    if (st.output_failed) {
        cli_error("%s: cannot write the output", cmd);
        return CLI_FAILED;
    }
    return failed ? CLI_FAILED : CLI_OK;
}

static int parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-') return -1;
    switch (*end) {
    case 'k': case 'K': v <<= 10, end++; break;
    case 'm': case 'M': v <<= 20, end++; break;
    case 'g': case 'G': v <<= 30, end++; break;
    default: break;
    }
    if (*end || v == 0) return -1;
    *out = (size_t)v;
    return 0;
}

int cli_parse_run_opts(const cli_command *cmd, int argc, char **argv, cli_run_opts *o) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) return i + 1;
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (cli_is_help(a)) {
            cli_usage(cmd, stdout);
            return -2;
        } else if (strcmp(a, "--sentences") == 0) {
            o->json_flags |= ANNALS_JSON_SENTENCES;
            o->stages |= ANNALS_STAGE_SEGMENT;
        } else if (strcmp(a, "--stats") == 0) {
            o->stats = 1;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            const char *f = argv[++i];
            if (strcmp(f, "brief") == 0)
                o->brief = 1;
            else if (strcmp(f, "aeb") == 0)
                o->aeb = 1;
            else if (strcmp(f, "json") != 0) {
                cli_error("%s: unknown format '%s' (json, brief or aeb)", cmd->name, f);
                return -1;
            }
        } else if (strcmp(a, "--actors") == 0 && i + 1 < argc) {
            if (cli_add_dict(cmd->name, "--actors", &o->dicts, argv[++i]) != 0) return -1;
        } else if (strcmp(a, "--verbs") == 0 && i + 1 < argc) {
            if (cli_add_dict(cmd->name, "--verbs", &o->verbs, argv[++i]) != 0) return -1;
        } else if (strcmp(a, "--max-bytes") == 0 && i + 1 < argc) {
            if (parse_size(argv[++i], &o->max_bytes) != 0) {
                cli_error("%s: --max-bytes wants a size like 64M, not '%s'", cmd->name, argv[i]);
                return -1;
            }
        } else {
            cli_error("%s: unknown option '%s' (see 'annals %s --help')", cmd->name, a, cmd->name);
            return -1;
        }
    }
    if (o->brief) o->stages |= ANNALS_STAGE_SEGMENT; /* the brief line counts sentences */
    return i;
}
