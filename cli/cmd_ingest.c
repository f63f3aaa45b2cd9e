/* cmd_ingest.c - annals ingest: read articles, annotate them on every core, store them.
 * The main thread reads into a ring of slots; workers annotate slots in any order (each
 * document is theirs alone; the engine is shared read-only); one writer stores them in
 * reading order, so a run is deterministic. Ctrl-C stops the reading; what was read is
 * stored and committed. */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

enum { SLOT_READ, SLOT_WORKING, SLOT_READY, SLOT_FAILED };

typedef struct {
    annals_doc *doc;
    int state;
    const char *path; /* for errors; lives as long as the input walk */
} slot;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t space, work, ready;
    slot *ring;
    uint64_t cap, next_read, next_claim, next_write;
    int reading_done, store_failed;
    annals_engine *engine;
    annals_store *store;
    /* counts, under mu */
    uint64_t read, stored, known, linked, failed_records, failed_inputs, inputs;
    uint64_t bytes_done, bytes_total;
    const char *current;
    double t0, last_progress;
    int progress;
} pipeline;

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig) {
    (void)sig;
    interrupted = 1;
    signal(SIGINT, SIG_DFL); /* a second Ctrl-C ends at once; committed batches stay */
}

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- workers ---------------------------------------------------------------------- */

static void *worker(void *arg) {
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_claim == p->next_read && !p->reading_done)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->next_claim == p->next_read) break;
        slot *sl = &p->ring[p->next_claim++ % p->cap];
        sl->state = SLOT_WORKING;
        pthread_mutex_unlock(&p->mu);
        annals_status s = annals_annotate(p->engine, sl->doc, ANNALS_STAGE_ALL);
        if (s == ANNALS_OK) s = annals_store_prepare(sl->doc); /* off the writer's thread */
        if (s != ANNALS_OK) cli_error("%s: %s", sl->path, annals_strerror(s));
        pthread_mutex_lock(&p->mu);
        sl->state = s == ANNALS_OK ? SLOT_READY : SLOT_FAILED;
        pthread_cond_broadcast(&p->ready);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- the writer ------------------------------------------------------------------- */

static void show_progress(pipeline *p, int final) {
    double t = now_seconds(), secs = t - p->t0;
    if (!final && t - p->last_progress < 0.25) return;
    p->last_progress = t;
    double rate = secs > 0 ? (double)p->stored / secs : 0;
    double mbs = secs > 0 ? (double)p->bytes_done / 1e6 / secs : 0;
    char eta[32] = "";
    if (p->bytes_total > p->bytes_done && mbs > 0) {
        long left = (long)((double)(p->bytes_total - p->bytes_done) / 1e6 / mbs);
        snprintf(eta, sizeof eta, ", ETA %ld:%02ld", left / 60, left % 60);
    }
    fprintf(stderr, "\r\033[Kannals ingest: %" PRIu64 " stored, %" PRIu64 " known, %.0f articles/s, "
                    "%.1f MB/s%s", p->stored, p->known, rate, mbs, eta);
    if (final) fputc('\n', stderr);
}

/* The next slot in reading order once annotated; NULL when everything is written. */
static slot *next_ready(pipeline *p) {
    for (;;) {
        if (p->next_write < p->next_read) {
            slot *sl = &p->ring[p->next_write % p->cap];
            if (sl->state == SLOT_READY || sl->state == SLOT_FAILED) return sl;
        } else if (p->reading_done) {
            return NULL;
        }
        if (p->progress) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 250000000L;
            if (ts.tv_nsec >= 1000000000L) ts.tv_sec++, ts.tv_nsec -= 1000000000L;
            pthread_cond_timedwait(&p->ready, &p->mu, &ts);
            show_progress(p, 0);
        } else {
            pthread_cond_wait(&p->ready, &p->mu);
        }
    }
}

static void store_slot(pipeline *p, slot *sl) {
    if (sl->state == SLOT_FAILED || p->store_failed) {
        p->failed_records += sl->state == SLOT_FAILED;
        return;
    }
    pthread_mutex_unlock(&p->mu);
    int added = 0;
    annals_status s = annals_store_add(p->store, sl->doc, &added);
    pthread_mutex_lock(&p->mu);
    if (s != ANNALS_OK) {
        cli_error("%s: cannot store: %s", sl->path, annals_store_errmsg(p->store));
        p->store_failed = 1;
        return;
    }
    p->stored += added > 0;
    p->known += added == 0;
    p->linked += added == 2;
}

static void *writer(void *arg) {
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (slot *sl; (sl = next_ready(p)) != NULL;) {
        store_slot(p, sl);
        annals_doc_free(sl->doc);
        sl->doc = NULL;
        p->next_write++;
        pthread_cond_signal(&p->space);
        if (p->progress) show_progress(p, 0);
    }
    pthread_mutex_unlock(&p->mu);
    if (annals_store_commit(p->store) != ANNALS_OK) {
        cli_error("cannot commit: %s", annals_store_errmsg(p->store));
        p->store_failed = 1;
    }
    return NULL;
}

/* ---- reading ---------------------------------------------------------------------- */

static void push(pipeline *p, annals_doc *doc, const char *path) {
    pthread_mutex_lock(&p->mu);
    while (p->next_read - p->next_write >= p->cap) pthread_cond_wait(&p->space, &p->mu);
    slot *sl = &p->ring[p->next_read++ % p->cap];
    sl->doc = doc;
    sl->path = path;
    sl->state = SLOT_READ;
    p->read++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

static int stopping(pipeline *p) {
    pthread_mutex_lock(&p->mu);
    int stop = p->store_failed || interrupted;
    pthread_mutex_unlock(&p->mu);
    return stop;
}

static int read_input(const char *path, void *ctx) {
    pipeline *p = ctx;
    if (stopping(p)) return 0;
    annals_reader *r;
    p->inputs++;
    if (annals_reader_open(p->engine, path, &r) != ANNALS_OK) {
        cli_error("%s: out of memory", path);
        p->failed_inputs++;
        return 0;
    }
    int failed = 0;
    uint64_t before = p->bytes_done;
    for (annals_status s; !stopping(p);) {
        annals_doc *doc;
        s = annals_reader_next(r, &doc);
        if (s == ANNALS_DONE) break;
        if (s != ANNALS_OK) { /* the bad record is reported and skipped */
            cli_report(annals_reader_error(r));
            failed = 1;
            pthread_mutex_lock(&p->mu);
            p->failed_records++;
            pthread_mutex_unlock(&p->mu);
            continue;
        }
        push(p, doc, path);
        pthread_mutex_lock(&p->mu);
        p->bytes_done = before + annals_reader_bytes(r);
        pthread_mutex_unlock(&p->mu);
    }
    p->failed_inputs += (uint64_t)failed;
    annals_reader_close(r);
    return 0;
}

static int add_size(const char *path, void *ctx) {
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0) *(uint64_t *)ctx += (uint64_t)st.st_size;
    return 0;
}

/* ---- the command ------------------------------------------------------------------ */

typedef struct {
    const char *db;
    unsigned workers, batch;
    size_t max_bytes;
    int quiet, stats, bulk;
    cli_dicts dicts, verbs;
} ingest_opts;

static int parse_bytes(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-') return -1;
    int shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : 0;
    if (shift) end++;
    if (*end || v == 0) return -1;
    *out = (size_t)(v << shift);
    return 0;
}

static int parse_opts(int argc, char **argv, ingest_opts *o) {
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) return i + 1;
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (cli_is_help(a)) {
            cli_usage(&cli_ingest, stdout);
            return -2;
        }
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--db") == 0 && v) o->db = argv[++i];
        else if (strcmp(a, "--workers") == 0 && v && atoi(v) > 0) o->workers = (unsigned)atoi(argv[++i]);
        else if (strcmp(a, "--batch") == 0 && v && atoi(v) > 0) o->batch = (unsigned)atoi(argv[++i]);
        else if (strcmp(a, "--max-bytes") == 0 && v && parse_bytes(v, &o->max_bytes) == 0) i++;
        else if (strcmp(a, "--actors") == 0 && v) {
            if (cli_add_dict("ingest", "--actors", &o->dicts, argv[++i]) != 0) return -1;
        } else if (strcmp(a, "--verbs") == 0 && v) {
            if (cli_add_dict("ingest", "--verbs", &o->verbs, argv[++i]) != 0) return -1;
        } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) o->quiet = 1;
        else if (strcmp(a, "--stats") == 0) o->stats = 1;
        else if (strcmp(a, "--bulk") == 0) o->bulk = 1;
        else {
            cli_error("ingest: bad option '%s' (see 'annals ingest --help')", a);
            return -1;
        }
    }
    return i;
}

static int start_threads(pipeline *p, unsigned workers, pthread_t *tids, pthread_t *wtid) {
    for (unsigned i = 0; i < workers; i++)
        if (pthread_create(&tids[i], NULL, worker, p) != 0) return -1;
    return pthread_create(wtid, NULL, writer, p) != 0 ? -1 : 0;
}

static void finish(pipeline *p, unsigned workers, pthread_t *tids, pthread_t wtid) {
    pthread_mutex_lock(&p->mu);
    p->reading_done = 1;
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; i < workers; i++) pthread_join(tids[i], NULL);
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->mu);
    pthread_join(wtid, NULL);
}

static void summary(const pipeline *p, const ingest_opts *o, const char *db, double secs) {
    if (secs <= 0) secs = 1e-9;
    fprintf(stderr,
            "annals ingest: %" PRIu64 " articles read, %" PRIu64 " stored (%" PRIu64
            " near-duplicates linked), %" PRIu64 " already in %s",
            p->read, p->stored, p->linked, p->known, db);
    if (o->stats)
        fprintf(stderr, "; %.2f s, %.0f articles/s, %.2f MB/s", secs, (double)p->read / secs,
                (double)p->bytes_done / 1e6 / secs);
    fputc('\n', stderr);
}

static int ingest_run(int argc, char **argv) {
    ingest_opts o = {0};
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o.workers = cores > 0 ? (unsigned)cores : 1;
    int first = parse_opts(argc, argv, &o);
    if (first < 0) return first == -2 ? CLI_OK : CLI_USAGE;
    char **paths = argv + first;
    int n = argc - first;
    static char *stdin_only[] = {"-"};
    if (n == 0) {
        if (isatty(0)) {
            cli_error("ingest: no input given (see 'annals ingest --help')");
            return CLI_USAGE;
        }
        paths = stdin_only, n = 1;
    }
    const char *db = cli_store_path(o.db);
    annals_store *store;
    if (cli_open_store(db, 0, &store) != 0) return CLI_FAILED;
    if (o.batch) annals_store_set_batch(store, o.batch);
    if (o.bulk && annals_store_set_bulk(store, 1) != ANNALS_OK) {
        cli_error("ingest: %s: %s", db, annals_store_errmsg(store));
        annals_store_close(store);
        return CLI_FAILED;
    }
    annals_options opts;
    annals_options_init(&opts);
    if (o.max_bytes) opts.max_article_bytes = o.max_bytes;
    if (o.dicts.n) opts.actor_dictionaries = o.dicts.path;
    if (o.verbs.n) opts.verb_dictionaries = o.verbs.path;
    pipeline p = {.cap = 8 * (uint64_t)o.workers + 8, .store = store};
    p.ring = calloc(p.cap, sizeof *p.ring);
    pthread_t *tids = calloc(o.workers, sizeof *tids);
    if (!p.ring || !tids || cli_open_engine(&opts, &p.engine) != 0) {
        cli_error("ingest: cannot start (out of memory, or the engine's data is missing)");
        free(p.ring), free(tids);
        annals_store_close(store);
        return CLI_FAILED;
    }
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.space, NULL), pthread_cond_init(&p.work, NULL), pthread_cond_init(&p.ready, NULL);
    p.progress = !o.quiet && isatty(2);
    if (p.progress) cli_each_input(paths, n, add_size, &p.bytes_total);
    p.t0 = now_seconds();
    interrupted = 0;
    signal(SIGINT, on_interrupt);
    pthread_t wtid;
    int unlisted = 0;
    if (start_threads(&p, o.workers, tids, &wtid) != 0) {
        cli_error("ingest: cannot start threads");
        p.store_failed = 1;
    } else {
        unlisted = cli_each_input(paths, n, read_input, &p);
    }
    finish(&p, o.workers, tids, wtid);
    signal(SIGINT, SIG_DFL);
    if (p.progress) show_progress(&p, 1);
    summary(&p, &o, db, now_seconds() - p.t0);
    annals_close(p.engine);
    if (o.bulk) {
        if (p.progress) fprintf(stderr, "building the store's indexes...\n");
        if (annals_store_build_indexes(store) != ANNALS_OK) {
            cli_error("ingest: %s: building indexes: %s (the next ingest builds them)", db,
                      annals_store_errmsg(store));
            p.store_failed = 1;
        }
    }
    annals_store_close(store);
    free(p.ring), free(tids);
    if (interrupted) {
        cli_error("ingest: interrupted; everything read so far is stored. Run it again to go on.");
        return 130;
    }
    if (p.store_failed) return CLI_FAILED;
    return p.failed_inputs || unlisted ? CLI_FAILED : CLI_OK;
}

const cli_command cli_ingest = {
    "ingest", ingest_run, "annotate articles and add them to the store",
    "usage: annals ingest [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Reads articles of any input kind (like 'annals read'), runs every stage on them on all\n"
    "cores and adds them to the store. An article already stored (same text or same URL) is\n"
    "skipped, so running it twice stores everything once; a near-duplicate (a syndicated\n"
    "copy) is stored and linked to the first copy. Articles are committed in batches: after\n"
    "a crash or Ctrl-C nothing committed is lost and nothing is half written; run it again\n"
    "to go on. A bad input is reported and skipped. Progress goes to a terminal only.\n"
    "\n"
    "Options:\n"
    CLI_STORE_OPTION_HELP
    "  --workers N        annotating threads (default: the number of cores)\n"
    "  --batch N          articles per transaction (default 4000)\n"
    "  --max-bytes N      refuse articles larger than N bytes (suffixes K, M, G)\n"
    CLI_ACTORS_OPTION_HELP
    "  --bulk             a first import of a large corpus: the indexes only queries use\n"
    "                     are built once at the end (less CPU); queries meanwhile are slow,\n"
    "                     and if the run is killed the next ingest builds them\n"
    "  --stats            add time, articles/s and MB/s to the summary line\n"
    "  -q, --quiet        no progress line\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit status: 0 when every input was read, 1 when some input or record failed,\n"
    "130 when interrupted.\n"};
