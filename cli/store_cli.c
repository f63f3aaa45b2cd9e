/* store_cli.c - what the store commands share: finding and opening the store, the query
 * filters, and small writers for text, JSON and CSV output. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"

const char *cli_store_path(const char *given) {
    if (given && *given) return given;
    const char *env = getenv("ANNALS_DB");
    return env && *env ? env : "annals.db";
}

int cli_store_missing(const char *path) {
    if (access(path, F_OK) == 0) return 0;
    cli_error("%s: no store here (create one with 'annals ingest --db %s FILE...')", path, path);
    return 1;
}

int cli_open_store(const char *path, unsigned flags, annals_store **out) {
    if ((flags & ANNALS_STORE_READONLY) && cli_store_missing(path)) {
        *out = NULL;
        return -1;
    }
    annals_status s = annals_store_open(path, flags, out);
    if (s == ANNALS_OK) return 0;
    cli_error("%s", annals_store_errmsg(*out));
    annals_store_close(*out);
    *out = NULL;
    return -1;
}

/* A distance: 300km, 300 km, 12.5mi, 300 (km). */
static int parse_distance(const char *s, double *km) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || !(v > 0) || !isfinite(v)) return -1;
    while (*end == ' ') end++;
    if (*end == 0 || strcmp(end, "km") == 0) *km = v;
    else if (strcmp(end, "mi") == 0) *km = v * 1.609344;
    else if (strcmp(end, "m") == 0) *km = v / 1000;
    else return -1;
    return 0;
}

static int parse_number(const char *s, double lo, double hi, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v >= lo && v <= hi)) return -1;
    *out = v;
    return 0;
}

static int parse_format(const char *v, cli_query_opts *o) {
    static const char *const names[] = {"text", "json", "csv", "geojson", "jsonl", "acled", "gdelt"};
    for (int i = 0; i < (int)(sizeof names / sizeof *names); i++)
        if (strcmp(v, names[i]) == 0) {
            o->format = (cli_format)i;
            return 0;
        }
    return -1;
}

static int parse_sort(const char *v, annals_query *q) {
    if (strcmp(v, "date") == 0) q->sort = ANNALS_SORT_DATE;
    else if (strcmp(v, "-date") == 0 || strcmp(v, "date-desc") == 0) q->sort = ANNALS_SORT_DATE_DESC;
    else if (strcmp(v, "rank") == 0) q->sort = ANNALS_SORT_RANK;
    else return -1;
    return 0;
}

static int bad(const cli_command *cmd, const char *opt, const char *value) {
    if (value) cli_error("%s: bad value '%s' for %s", cmd->name, value, opt);
    else cli_error("%s: %s wants a value", cmd->name, opt);
    return -1;
}

/* One option with its value; 1 when it was not a query option, 0 when taken, -1 bad. */
static int query_option(const cli_command *cmd, const char *a, const char *v, cli_query_opts *o) {
    annals_query *q = &o->q;
    const char *const *strs[] = {&o->db, &q->from, &q->to, &q->place, &q->near, &q->actor,
                                 &q->country, &q->type, &q->modality};
    static const char *const names[] = {"--db", "--from", "--to", "--place", "--near", "--actor",
                                        "--country", "--type", "--modality"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(a, names[i]) == 0) {
            char start[11], end[11];
            if (!v) return bad(cmd, a, NULL);
            if ((i == 1 || i == 2) && annals_period(v, start, end, NULL) != 0) return bad(cmd, a, v);
            *(const char **)strs[i] = v;
            return 0;
        }
    if (!v && (strcmp(a, "--radius") == 0 || strcmp(a, "--lat") == 0 || strcmp(a, "--lon") == 0 ||
               strcmp(a, "--limit") == 0 || strcmp(a, "--format") == 0 || strcmp(a, "--sort") == 0))
        return bad(cmd, a, NULL);
    if (strcmp(a, "--radius") == 0) return parse_distance(v, &q->radius_km) ? bad(cmd, a, v) : 0;
    if (strcmp(a, "--lat") == 0) {
        o->have_lat = 1;
        return parse_number(v, -90, 90, &q->lat) ? bad(cmd, a, v) : 0;
    }
    if (strcmp(a, "--lon") == 0) {
        o->have_lon = 1;
        return parse_number(v, -180, 180, &q->lon) ? bad(cmd, a, v) : 0;
    }
    if (strcmp(a, "--limit") == 0) {
        double n;
        if (parse_number(v, 0, 1e12, &n)) return bad(cmd, a, v);
        q->limit = (size_t)n;
        return 0;
    }
    if (strcmp(a, "--format") == 0) return parse_format(v, o) ? bad(cmd, a, v) : 0;
    if (strcmp(a, "--sort") == 0) return parse_sort(v, q) ? bad(cmd, a, v) : 0;
    return 1;
}

static int flag_option(const char *a, cli_query_opts *o) {
    if (strcmp(a, "--all-modalities") == 0) o->q.modality = "any";
    else if (strcmp(a, "--with-duplicates") == 0) o->q.with_duplicates = 1;
    else if (strcmp(a, "--color") == 0 || strcmp(a, "--colour") == 0) o->colour = 1;
    else if (strcmp(a, "--no-color") == 0 || strcmp(a, "--no-colour") == 0) o->colour = 0;
    else return 1;
    return 0;
}

int cli_parse_query_opts(const cli_command *cmd, int argc, char **argv, cli_query_opts *o) {
    memset(o, 0, sizeof *o);
    annals_query_init(&o->q);
    o->colour = isatty(1) && !getenv("NO_COLOR");
    o->nwords = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            cli_usage(cmd, stdout);
            return -2;
        }
        if (a[0] != '-' || a[1] == 0) {
            if (o->nwords < CLI_MAX_WORDS) o->words[o->nwords++] = argv[i];
            continue;
        }
        if (flag_option(a, o) == 0) continue;
        int rc = query_option(cmd, a, i + 1 < argc ? argv[i + 1] : NULL, o);
        if (rc < 0) return -1;
        if (rc == 0) {
            i++;
            continue;
        }
        cli_error("%s: unknown option '%s' (see 'annals %s --help')", cmd->name, a, cmd->name);
        return -1;
    }
    if (o->have_lat != o->have_lon) {
        cli_error("%s: --lat and --lon go together", cmd->name);
        return -1;
    }
    o->q.has_point = o->have_lat && o->have_lon;
    return 0;
}

/* The words given, joined by spaces, in buf. */
const char *cli_query_words(const cli_query_opts *o, char *buf, size_t size) {
    if (o->nwords == 0) return NULL;
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < o->nwords && n + 1 < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " " : "", o->words[i]);
    return buf;
}

/* ---- output ------------------------------------------------------------------------ */

void cli_json_string(FILE *out, const char *s) {
    if (!s) {
        fputs("null", out);
        return;
    }
    putc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else putc(c, out);
    }
    putc('"', out);
}

void cli_csv_field(FILE *out, const char *s) {
    if (!s) return;
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, out);
        return;
    }
    putc('"', out);
    for (; *s; s++) {
        if (*s == '"') putc('"', out);
        putc(*s, out);
    }
    putc('"', out);
}

const char *cli_colour(const cli_query_opts *o, const char *code) { return o->colour ? code : ""; }

/* The name the actors stage or the places stage gives a name on its own: the actor's
 * canonical name ("ISIS" -> "Islamic State") or the gazetteer's name of the one place it
 * spells whole ("Daraa" -> "Dar'a"); NULL when the stage finds none, or the same name. */
static const char *stage_name(const char *name, annals_list list, char *out, size_t size) {
    annals_engine *engine;
    annals_doc *doc = NULL;
    const char *found = NULL;
    if (annals_open(&engine, NULL) != ANNALS_OK) return NULL;
    if (annals_doc_new(engine, &doc) == ANNALS_OK &&
        annals_doc_set(doc, ANNALS_FIELD_TEXT, name, strlen(name)) == ANNALS_OK &&
        annals_annotate(engine, doc, ANNALS_STAGE_SEGMENT | ANNALS_STAGE_PLACE |
                                         ANNALS_STAGE_ACTOR) == ANNALS_OK &&
        annals_doc_count(doc, list) == 1) {
        annals_actor actor;
        annals_place place;
        const char *n = NULL;
        size_t start = 1, end = 0;
        if (list == ANNALS_LIST_ACTORS && annals_doc_actor(doc, 0, &actor) == ANNALS_OK)
            n = actor.name, start = actor.span.start, end = strlen(name);
        if (list == ANNALS_LIST_PLACES && annals_doc_place(doc, 0, &place) == ANNALS_OK)
            n = place.name, start = place.span.start, end = place.span.end;
        /* the whole name (a place), or from its start (an actor, as before) */
        if (n && start == 0 && end == strlen(name) && strlen(n) < size &&
            strcasecmp(n, name) != 0) {
            snprintf(out, size, "%s", n);
            found = out;
        }
    }
    annals_doc_free(doc);
    annals_close(engine);
    return found;
}

/* A subject or a place the store knows under no spelling the user typed ("Daraa", where
 * the articles wrote "Deraa") is asked again under the gazetteer's name for it. */
static annals_status run_again_as_gazetteer_names(annals_store *store, cli_query_opts *o,
                                                  cli_query_fn fn, cli_rows *rows) {
    char subject[256], place[256];
    const char *as_subject = o->q.subject ? stage_name(o->q.subject, ANNALS_LIST_PLACES, subject,
                                                       sizeof subject)
                                          : NULL;
    const char *as_place =
        o->q.place ? stage_name(o->q.place, ANNALS_LIST_PLACES, place, sizeof place) : NULL;
    if (!as_subject && !as_place) return ANNALS_OK;
    annals_query q = o->q;
    if (as_subject) q.subject = as_subject;
    if (as_place) q.place = as_place;
    if (o->format == CLI_TEXT)
        fprintf(stderr, "annals: nothing under '%s'; read as %s, the gazetteer's name\n",
                as_subject ? o->q.subject : o->q.place, as_subject ? as_subject : as_place);
    return fn(store, &q, cli_rows_write, rows);
}

int cli_run_query(const cli_command *cmd, cli_query_opts *o, cli_query_fn fn) {
    char actor[256];
    if (o->q.actor) {
        const char *canonical = stage_name(o->q.actor, ANNALS_LIST_ACTORS, actor, sizeof actor);
        if (canonical) o->q.actor = canonical;
    }
    annals_store *store;
    if (cli_open_store(cli_store_path(o->db), ANNALS_STORE_READONLY, &store) != 0) return CLI_FAILED;
    static char outbuf[1 << 16];
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    cli_rows *rows = cli_rows_new(o, stdout);
    annals_status s = rows ? fn(store, &o->q, cli_rows_write, rows) : ANNALS_ENOMEM;
    if (s == ANNALS_OK && rows && cli_rows_count(rows) == 0)
        s = run_again_as_gazetteer_names(store, o, fn, rows);
    size_t n = cli_rows_end(rows);
    if (s != ANNALS_OK) cli_error("%s: %s", cmd->name, annals_store_errmsg(store));
    else if (n == 0 && o->format == CLI_TEXT) fprintf(stderr, "annals %s: nothing found\n", cmd->name);
    annals_store_close(store);
    if (fflush(stdout) != 0) return CLI_FAILED;
    return s == ANNALS_OK ? CLI_OK : s == ANNALS_EINVAL ? CLI_USAGE : CLI_FAILED;
}
