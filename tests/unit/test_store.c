/* test_store.c - the store: periods, idempotent ingest, near-duplicate links, check,
 * stats, search and timelines, through the public API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "annals.h"
#include "check.h"
#include "core/buf.h"
#include "store/store.h"

static const char story[] =
    "Government forces retook the desert town of Palmyra on Sunday after weeks of fighting, "
    "state media said, and engineers began clearing mines from the ancient ruins.\n\n"
    "A monitoring group said more than 400 militants had died in the offensive. The town was "
    "captured by the militants in May 2015 and its temples were blown up in August.\n\n"
    "Officials said work to rebuild the arch could begin next year once the site was safe.";

static annals_doc *make_doc(const char *id, const char *url, const char *date, const char *text) {
    annals_doc *doc;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return NULL;
    annals_doc_set(doc, ANNALS_FIELD_ID, id, strlen(id));
    if (url) annals_doc_set(doc, ANNALS_FIELD_URL, url, strlen(url));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, date, strlen(date));
    annals_doc_set(doc, ANNALS_FIELD_OUTLET, "Test Wire", 9);
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_ALL);
    return doc;
}

/* A fresh store in a temporary file; path gets its name. */
static annals_store *temp_store(char path[64]) {
    snprintf(path, 64, "/tmp/annals-test-%d-XXXXXX", (int)getpid());
    int fd = mkstemp(path);
    if (fd >= 0) close(fd);
    unlink(path);
    annals_store *s = NULL;
    if (annals_store_open(path, 0, &s) != ANNALS_OK) {
        annals_store_close(s);
        return NULL;
    }
    return s;
}

static void remove_store(char path[64]) {
    char extra[80];
    unlink(path);
    snprintf(extra, sizeof extra, "%s-wal", path);
    unlink(extra);
    snprintf(extra, sizeof extra, "%s-shm", path);
    unlink(extra);
}

static int add(annals_store *s, annals_doc *doc) {
    int added = -1;
    CHECK_INT(annals_store_add(s, doc, &added), ANNALS_OK);
    annals_doc_free(doc);
    return added;
}

typedef struct {
    const char *name;
    int64_t value;
} count;

static void find_count(void *ctx, const char *name, int64_t value) {
    count *c = ctx;
    if (strcmp(name, c->name) == 0) c->value = value;
}

static int64_t stat_of(annals_store *s, const char *name) {
    count c = {name, -1};
    CHECK_INT(annals_store_stats(s, find_count, &c), ANNALS_OK);
    return c.value;
}

TEST(test_store_period) {
    char a[11], b[11];
    const char *p;
    CHECK_INT(annals_period("2016-03", a, b, &p), 0);
    CHECK_STR(a, "2016-03-01");
    CHECK_STR(b, "2016-03-31");
    CHECK_STR(p, "month");
    CHECK_INT(annals_period("2016-02", a, b, &p), 0);
    CHECK_STR(b, "2016-02-29");
    CHECK_INT(annals_period("2017-03-03T22:43:00-05:00", a, b, &p), 0);
    CHECK_STR(a, "2017-03-03");
    CHECK_STR(p, "day");
    CHECK_INT(annals_period("2017-W09", a, b, &p), 0);
    CHECK_STR(a, "2017-02-27");
    CHECK_STR(b, "2017-03-05");
    CHECK_STR(p, "week");
    CHECK_INT(annals_period("2016-W49-WE", a, b, &p), 0); /* the weekend of Dec 10-11 */
    CHECK_STR(a, "2016-12-10");
    CHECK_STR(b, "2016-12-11");
    CHECK_STR(p, "week");
    CHECK_INT(annals_period("2020-W53-5", a, b, &p), 0); /* a Friday of a 53-week year */
    CHECK_STR(a, "2021-01-01");
    CHECK_STR(b, "2021-01-01");
    CHECK_STR(p, "day");
    CHECK_INT(annals_period("2017-05-13/2017-06-04", a, b, &p), 0); /* "since May 13" */
    CHECK_STR(a, "2017-05-13");
    CHECK_STR(b, "2017-06-04");
    CHECK_STR(p, "range");
    CHECK_INT(annals_period("2017-06-04/2017-05-13", a, b, &p), -1);
    CHECK_INT(annals_period("2017-05/2017-06-04/2017-07", a, b, &p), -1);
    CHECK_INT(annals_period("2016-W49-8", a, b, &p), -1);
    CHECK_INT(annals_period("2016-W49X", a, b, &p), -1);
    CHECK_INT(annals_period("2015-WI", a, b, &p), 0);
    CHECK_STR(a, "2015-12-01");
    CHECK_STR(b, "2016-02-29");
    CHECK_INT(annals_period("2015", a, b, &p), 0);
    CHECK_STR(b, "2015-12-31");
    CHECK_INT(annals_period("PAST_REF", a, b, &p), -1);
    CHECK_INT(annals_period("2015-13", a, b, &p), -1);
    CHECK_INT(annals_period("2015-02-30", a, b, &p), -1);
}

TEST(test_store_minhash_similarity) {
    an_minhash_t x[AN_MINHASH_N], y[AN_MINHASH_N], z[AN_MINHASH_N];
    an_minhash(story, strlen(story), x);
    char copy[sizeof story + 64];
    snprintf(copy, sizeof copy, "NEW LEAD: Troops retook Palmyra.\n\n%s", story);
    an_minhash(copy, strlen(copy), y);
    static const char other[] = "Heavy rain closed the coastal road for two days and ferries "
                                "were cancelled while crews cleared landslides near the port.";
    an_minhash(other, strlen(other), z);
    CHECK(an_minhash_similarity(x, x) == 1.0);
    CHECK(an_minhash_similarity(x, y) >= AN_NEAR_DUPLICATE);
    CHECK(an_minhash_similarity(x, z) < 0.2);
}

/* A short text leaves most bins empty: each is filled from a bin that was (densification),
 * the same way for two texts, so that a text and its copy with one word more still agree
 * on most bins, and too short a text gets an empty signature. */
TEST(test_store_minhash_densified) {
    static const char text[] = "Troops entered the town at dawn and raised a flag over the old fort.";
    static const char more[] = "Troops entered the town at dawn and raised a flag over the old fort today.";
    an_minhash_t x[AN_MINHASH_N], y[AN_MINHASH_N], z[AN_MINHASH_N];
    an_minhash(text, strlen(text), x);
    an_minhash(more, strlen(more), y);
    int empty = 0;
    for (int i = 0; i < AN_MINHASH_N; i++) empty += x[i] == UINT16_MAX;
    CHECK_INT(empty, 0);
    CHECK(an_minhash_similarity(x, y) >= 0.7);
    an_minhash("Troops entered the town.", 24, z);
    for (int i = 0; i < AN_MINHASH_N; i++) empty += z[i] != UINT16_MAX;
    CHECK_INT(empty, 0);
}

/* A signature whose first bin happens to hold UINT16_MAX is still a signature: it is
 * kept and compared (only a signature of UINT16_MAX in every bin is empty). */
TEST(test_store_minhash_first_bin_full) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    static const char other[] = "Heavy rain closed the coastal road for two days and ferries "
                                "were cancelled while crews cleared landslides near the port.";
    CHECK_INT(add(s, make_doc("f1", NULL, "2016-03-27", other)), 1);
    CHECK_INT(add(s, make_doc("f2", NULL, "2016-03-28", "Nothing of note happened at all.")), 1);
    an_minhash_t sig[AN_MINHASH_N];
    an_minhash(story, strlen(story), sig);
    sig[0] = UINT16_MAX;
    CHECK_INT(an_dedup_add(s, 1, sig), 0);
    CHECK_INT(an_dedup_add(s, 2, sig), 1);
    annals_store_close(s);
    remove_store(path);
}

TEST(test_store_ingest_idempotent) {
    char path[64];
    annals_store *s = temp_store(path);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_INT(add(s, make_doc("a1", "https://example.org/a1", "2016-03-27", story)), 1);
    /* the same text under another id, and another text under the same URL */
    CHECK_INT(add(s, make_doc("a2", NULL, "2016-03-27", story)), 0);
    CHECK_INT(add(s, make_doc("a3", "https://example.org/a1", "2016-03-27", "Other text here.")), 0);
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "articles"), 1);
    CHECK(stat_of(s, "sentences") >= 4);
    CHECK(stat_of(s, "times") >= 2);
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    /* reopened: still one article, and the schema version is accepted */
    CHECK_INT(annals_store_open(path, ANNALS_STORE_READONLY, &s), ANNALS_OK);
    CHECK_INT(stat_of(s, "articles"), 1);
    annals_store_close(s);
    remove_store(path);
}

/* A new store is made of 16 KB pages (the file header's bytes 16-17, big-endian). */
TEST(test_store_page_size) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    annals_store_close(s);
    unsigned char head[18] = {0};
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (f) {
        CHECK_INT(fread(head, 1, sizeof head, f), sizeof head);
        fclose(f);
    }
    CHECK_INT(head[16] << 8 | head[17], 16384);
    remove_store(path);
}

TEST(test_store_near_duplicate_linked) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    /* a new lead before the whole story: with its first paragraph replaced too, this short
     * story's copy shares 0.6 of its shingles, which 16 bands of 4 find 9 times in 10, so
     * whether it is linked depended on the hash functions */
    char copy[sizeof story + 64];
    snprintf(copy, sizeof copy, "NEW LEAD: Troops retook Palmyra.\n\n%s", story);
    CHECK_INT(add(s, make_doc("b1", NULL, "2016-03-27", story)), 1);
    CHECK_INT(add(s, make_doc("b2", NULL, "2016-03-28", copy)), 2);
    CHECK_INT(stat_of(s, "duplicates"), 1);
    CHECK_INT(stat_of(s, "stories"), 1);
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    remove_store(path);
}

typedef struct {
    int rows, sentences, month_rows;
    char first_date[32];
    int64_t copies;
} collected;

static int collect(void *ctx, const annals_row *r) {
    collected *c = ctx;
    if (c->rows++ == 0 && r->date) snprintf(c->first_date, sizeof c->first_date, "%s", r->date);
    c->sentences += r->kind == ANNALS_ROW_SENTENCE;
    c->month_rows += r->precision && strcmp(r->precision, "month") == 0 && r->date &&
                     strlen(r->date) == 7;
    c->copies += r->duplicates;
    return 0;
}

TEST(test_store_search_and_timeline) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, make_doc("c1", NULL, "2016-03-27", story));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    annals_query q;
    annals_query_init(&q);
    q.words = "retook Palmyra";
    collected c = {0};
    CHECK_INT(annals_store_search(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, 1);
    q.words = "\"unbalanced OR ( quote";
    c = (collected){0};
    CHECK_INT(annals_store_search(s, &q, collect, &c), ANNALS_OK); /* no syntax error */
    CHECK_INT(c.rows, 0);
    annals_query_init(&q);
    q.subject = "Palmyra";
    q.modality = "any";
    c = (collected){0};
    CHECK_INT(annals_store_timeline(s, &q, collect, &c), ANNALS_OK);
    CHECK(c.rows >= 1);
    /* a subject of words: its matches are kept for the query, and a next query on the
     * same store matches its own words, not the last query's */
    q.subject = "temples blown";
    collected words = {0};
    CHECK_INT(annals_store_timeline(s, &q, collect, &words), ANNALS_OK);
    CHECK(words.rows >= 1);
    q.subject = "xylophone";
    c = (collected){0};
    CHECK_INT(annals_store_timeline(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, 0);
    q.subject = "temples blown";
    c = (collected){0};
    CHECK_INT(annals_store_timeline(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, words.rows);
    /* "in May 2015" is a month: shown as 2015-05, not on the 1st */
    annals_query_init(&q);
    q.from = "2015";
    q.to = "2015";
    q.modality = "any";
    c = (collected){0};
    CHECK_INT(annals_store_timeline(s, &q, collect, &c), ANNALS_OK);
    CHECK_STR(c.first_date, "2015-05");
    CHECK(c.month_rows >= 1);
    annals_store_close(s);
    remove_store(path);
}

TEST(test_store_rejects_foreign_file) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/annals-test-%d-foreign", (int)getpid());
    FILE *f = fopen(path, "w");
    if (!f) return;
    fputs("this is not a database at all, just some text to fill a page\n", f);
    fclose(f);
    annals_store *s = NULL;
    CHECK(annals_store_open(path, 0, &s) != ANNALS_OK);
    CHECK(strlen(annals_store_errmsg(s)) > 0);
    annals_store_close(s);
    unlink(path);
}

/* ---- merging events from many reports (events made by hand, not by the events stage) ---- */

#include "core/doc.h"

/* An article with one ASSAULT event at a place on a date, with a killed figure. */
static annals_doc *event_doc(const char *id, const char *text, const char *place, double lat,
                             double lon, const char *date, int64_t low, int64_t best, int64_t high) {
    annals_doc *doc;
    if (annals_doc_new(an_test_engine(), &doc) != ANNALS_OK) return NULL;
    annals_doc_set(doc, ANNALS_FIELD_ID, id, strlen(id));
    annals_doc_set(doc, ANNALS_FIELD_PUBLISHED, date, strlen(date));
    annals_doc_set(doc, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), doc, ANNALS_STAGE_SEGMENT);
    an_place *p = AN_PUSH(doc, places);
    an_event *e = AN_PUSH(doc, events);
    an_casualty *c = an_arena_calloc(&doc->arena, 1, sizeof *c);
    if (!p || !e || !c) return doc;
    p->name = place, p->lat = lat, p->lon = lon, p->kind = AN_PLACE_CITY, p->precision = 5;
    p->end = 1, p->where = AN_WHERE_TEXT;
    memcpy(p->country, "SY", 3);
    e->plover = "ASSAULT", e->cameo = "190", e->acled_type = "Battles";
    e->actor1 = e->actor2 = e->source = -1;
    e->date = date, e->date_precision = AN_DPREC_DAY, e->place = 0;
    e->modality = AN_MOD_ASSERTED;
    c->kind = AN_CAS_KILLED, c->low = low, c->best = best, c->high = high, c->where = AN_WHERE_TEXT;
    e->cas = c, e->n_cas = 1;
    return doc;
}

typedef struct {
    int events;
    int64_t reports, low, best, high;
    char rule[64];
} merged;

static int collect_merged(void *ctx, const annals_row *r) {
    merged *m = ctx;
    if (r->kind != ANNALS_ROW_EVENT) return 0;
    if (m->events++ == 0) {
        m->reports = r->reports;
        if (r->casualty_count == 1) {
            m->low = r->casualties[0].low, m->best = r->casualties[0].best;
            m->high = r->casualties[0].high;
            snprintf(m->rule, sizeof m->rule, "%s", r->casualties[0].rule);
        }
    }
    return 0;
}

TEST(test_store_events_merge_reports) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    /* three reports of one battle (two on the day, one the next morning), one elsewhere */
    add(s, event_doc("m1", "Troops stormed the town at dawn on Sunday.", "Palmyra", 34.56, 38.28,
                     "2016-03-27", 400, 400, -1));
    add(s, event_doc("m2", "Monitors counted the dead after the battle for the town.", "Tadmur",
                     34.55, 38.27, "2016-03-27", 380, 420, 450));
    add(s, event_doc("m3", "A day later, officials gave their own toll for the fighting.",
                     "Palmyra", 34.56, 38.28, "2016-03-28", 300, 500, -1));
    add(s, event_doc("m4", "Far to the east, another clash was reported near the river.",
                     "Deir ez-Zor", 35.33, 40.14, "2016-03-27", 10, 10, 10));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "event_reports"), 4);
    CHECK_INT(stat_of(s, "events"), 2);
    annals_query q;
    annals_query_init(&q);
    q.place = "Palmyra";
    merged m = {0};
    CHECK_INT(annals_store_events(s, &q, collect_merged, &m), ANNALS_OK);
    CHECK_INT(m.events, 1);
    CHECK_INT(m.reports, 3);
    CHECK_INT(m.low, 300);  /* the low of the lows */
    CHECK_INT(m.high, 500); /* the high of the highs (a best counts when no high is given) */
    CHECK_INT(m.best, 420); /* the median of 400, 420, 500 */
    CHECK_STR(m.rule, "median of 3 reports");
    /* near Deir ez-Zor: only the other clash */
    annals_query_init(&q);
    q.has_point = 1, q.lat = 35.33, q.lon = 40.14, q.radius_km = 20;
    m = (merged){0};
    CHECK_INT(annals_store_events(s, &q, collect_merged, &m), ANNALS_OK);
    CHECK_INT(m.events, 1);
    CHECK_INT(m.best, 10);
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    remove_store(path);
}

static int index_count(annals_store *s) {
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'", -1,
                           &q, NULL) != SQLITE_OK)
        return -1;
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_finalize(q);
    return n;
}

/* A bulk import drops the indexes only queries read when its first batch begins and builds
 * them at the end; the rows and merges are those of an import row by row. */
TEST(test_store_bulk_import) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    int all = index_count(s);
    CHECK_INT(annals_store_set_bulk(s, 1), ANNALS_OK);
    add(s, event_doc("b1", "Troops stormed the town at dawn on Sunday.", "Palmyra", 34.56, 38.28,
                     "2016-03-27", 400, 400, -1));
    add(s, event_doc("b2", "Monitors counted the dead after the battle for the town.", "Palmyra",
                     34.56, 38.28, "2016-03-28", 380, 420, 450));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK(index_count(s) < all);
    CHECK_INT(stat_of(s, "events"), 1);
    CHECK_INT(annals_store_build_indexes(s), ANNALS_OK);
    CHECK_INT(index_count(s), all);
    CHECK_INT(annals_store_build_indexes(s), ANNALS_OK); /* nothing left to build */
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    CHECK_INT(annals_store_open(path, ANNALS_STORE_READONLY, &s), ANNALS_OK);
    CHECK_INT(annals_store_set_bulk(s, 1), ANNALS_EINVAL);
    annals_store_close(s);
    remove_store(path);
}

/* Two towns 47 km apart are two places: the same day's attacks on them stay two events;
 * a district around one of them is reach enough (event_doc's places are towns). */
/* Commits, checks how many reports and merged events the store holds, and removes it. */
static void commit_and_count(annals_store *s, char path[64], int64_t reports, int64_t events) {
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "event_reports"), reports);
    CHECK_INT(stat_of(s, "events"), events);
    annals_store_close(s);
    remove_store(path);
}

TEST(test_store_two_towns_never_merge) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, event_doc("h1", "Shells fell on the old quarter of the city at dawn.", "Homs", 34.73,
                     36.71, "2012-02-04", 200, 200, -1));
    add(s, event_doc("h2", "Shells fell on the northern districts at dawn.", "Hama", 35.13,
                     36.76, "2012-02-04", 20, 20, -1));
    annals_doc *doc = event_doc("h3", "Activists gave a toll for the shelling of the district.",
                                "Homs District", 34.80, 36.50, "2012-02-04", 210, 210, -1);
    if (doc && doc->places.n) doc->places.v[0].kind = AN_PLACE_ADMIN2;
    add(s, doc);
    commit_and_count(s, path, 3, 2);
}

/* PLOVER calls a battle and a killing of civilians ASSAULT; two reports whose ACLED types
 * differ (Battles, Violence against civilians) are two events, and a report with no ACLED
 * type joins either. */
TEST(test_store_acled_types_never_merge) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, event_doc("a1", "Militants captured the town after a day of fighting.", "Palmyra",
                     34.56, 38.28, "2015-05-21", 100, 100, -1));
    annals_doc *doc = event_doc("a2", "The militants executed civilians in the town.", "Palmyra",
                                34.56, 38.28, "2015-05-21", 20, 20, -1);
    if (doc && doc->events.n) doc->events.v[0].acled_type = "Violence against civilians";
    add(s, doc);
    doc = event_doc("a3", "Monitors gave a toll for the town.", "Palmyra", 34.56, 38.28,
                    "2015-05-21", 110, 110, -1);
    if (doc && doc->events.n) doc->events.v[0].acled_type = NULL;
    add(s, doc);
    commit_and_count(s, path, 3, 2);
}

/* By default a query gives what the reports say happened, first-hand or by a third party's
 * word ("the Observatory said the militants had withdrawn"), not what was planned, denied
 * or only feared; --modality narrows it, "any" gives all. */
TEST(test_store_default_modality_is_factual) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    const uint8_t modality[] = {AN_MOD_ASSERTED, AN_MOD_REPORTED, AN_MOD_PLANNED};
    const char *ids[] = {"f1", "f2", "f3"}, *dates[] = {"2016-03-01", "2016-04-01", "2016-05-01"};
    const char *texts[] = {"Troops fought in the town.", "A monitor said troops fought there.",
                           "The army plans to attack the town."};
    for (int i = 0; i < 3; i++) {
        annals_doc *doc = event_doc(ids[i], texts[i], "Palmyra",
                                    34.56, 38.28, dates[i], 5, 5, -1);
        if (doc && doc->events.n) doc->events.v[0].modality = modality[i];
        add(s, doc);
    }
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    const char *asked[] = {"any", NULL, "asserted"};
    const int want[] = {3, 2, 1};
    for (int i = 0; i < 3; i++) {
        annals_query q;
        annals_query_init(&q);
        q.place = "Palmyra";
        q.modality = asked[i];
        merged m = {0};
        CHECK_INT(annals_store_events(s, &q, collect_merged, &m), ANNALS_OK);
        CHECK_INT(m.events, want[i]);
    }
    annals_store_close(s);
    remove_store(path);
}

/* The writer keeps the merged events it may join in memory (store/groups.c): a report must
 * still join a merged event another connection committed between two of its batches, one
 * in a store opened again, and one across the index's 256-day stretches (2016-04-04 is day
 * 16,895 since 1970, the last of stretch 65; the 5th begins stretch 66). */
TEST(test_store_merge_index_sees_other_writers) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, event_doc("x1", "Troops stormed the town at dawn on Tuesday.", "Palmyra", 34.56, 38.28,
                     "2016-04-05", 400, 400, -1));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    annals_store *other = NULL;
    CHECK_INT(annals_store_open(path, 0, &other), ANNALS_OK);
    /* the other writer's report joins x1, read from the store */
    add(other, event_doc("x2", "Monitors counted the dead after the battle for the town.",
                         "Palmyra", 34.56, 38.28, "2016-04-04", 380, 420, 450));
    /* and a new merged event, two weeks on, in the stretch the first writer has read */
    add(other, event_doc("x3", "Two weeks on, another clash was reported at the town.",
                         "Palmyra", 34.56, 38.28, "2016-04-20", 10, 10, 10));
    CHECK_INT(annals_store_commit(other), ANNALS_OK);
    annals_store_close(other);
    /* the first writer must see the other's commit and join x3, not make a second clash */
    add(s, event_doc("x4", "Officials gave their own toll for the clash at the town.",
                     "Palmyra", 34.56, 38.28, "2016-04-21", 12, 12, 12));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "event_reports"), 4);
    CHECK_INT(stat_of(s, "events"), 2);
    annals_store_close(s);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    add(s, event_doc("x5", "A third account of the battle for the town came a day on.", "Palmyra",
                     34.56, 38.28, "2016-04-06", 300, 500, -1));
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "events"), 2);
    CHECK_INT(stat_of(s, "event_reports"), 5);
    annals_store_close(s);
    remove_store(path);
}

static int collect_date(void *ctx, const annals_row *r) {
    if (r->kind == ANNALS_ROW_EVENT && r->date) snprintf(ctx, 32, "%s", r->date);
    return 0;
}

/* A report of a weekend joins the report of its week; the merged event takes the weekend,
 * the narrower period, whichever came first. */
TEST(test_store_merged_event_takes_the_narrower_week) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    const char *dates[] = {"2016-W49", "2016-W49-WE"};
    for (int k = 0; k < 2; k++) {
        const char *id = k ? "w1" : "w0";
        annals_doc *doc = event_doc(id, k ? "Jets struck the town over the weekend."
                                          : "Jets struck the town this week, officers said.",
                                    "Palmyra", 34.56, 38.28, "2016-12-11", 300, 300, -1);
        if (!doc) continue;
        an_actor *a = AN_PUSH(doc, actors);
        if (a && doc->events.n) {
            a->name = "Russia military", a->kind = AN_ACTOR_MILITARY, a->end = 4;
            a->where = AN_WHERE_TEXT;
            memcpy(a->country, "RU", 3);
            doc->events.v[0].actor1 = 0;
            doc->events.v[0].date = dates[k];
            doc->events.v[0].date_precision = AN_DPREC_WEEK;
        }
        add(s, doc);
    }
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    CHECK_INT(stat_of(s, "events"), 1);
    annals_query q;
    annals_query_init(&q);
    char date[32] = "";
    CHECK_INT(annals_store_events(s, &q, collect_date, date), ANNALS_OK);
    CHECK_STR(date, "2016-W49-WE");
    annals_store_close(s);
    remove_store(path);
}

/* "Rebels took the town in May" says which month, not which day: it stays apart from the
 * capture of May 21 by the same rebels, and joins another report of that May. */
TEST(test_store_month_never_joins_a_day) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    const char *dates[] = {"2015-05-21", "2015-05", "2015-05"};
    const uint8_t precision[] = {AN_DPREC_DAY, AN_DPREC_MONTH, AN_DPREC_MONTH};
    for (int k = 0; k < 3; k++) {
        char id[16];
        snprintf(id, sizeof id, "d%d", k);
        annals_doc *doc = event_doc(id, k == 0 ? "Rebels took the town on Thursday."
                                     : k == 1 ? "Rebels took the town in May, a monitor said."
                                              : "The town fell to the rebels in May.",
                                    "Palmyra", 34.56, 38.28, "2015-08-01", 5, 5, 5);
        if (!doc) continue;
        an_actor *a = AN_PUSH(doc, actors);
        if (a && doc->events.n) {
            a->name = "rebels", a->kind = AN_ACTOR_ARMED_GROUP, a->end = 4;
            a->where = AN_WHERE_TEXT;
            doc->events.v[0].actor1 = 0;
            doc->events.v[0].date = dates[k];
            doc->events.v[0].date_precision = precision[k];
        }
        add(s, doc);
    }
    commit_and_count(s, path, 3, 2);
}

/* ---- timelines read in date order from several cursors ---------------------------------- */

typedef struct {
    int n;
    char starts[8][11], places[8][32];
    size_t ranked_among;
} listed;

static int collect_list(void *ctx, const annals_row *r) {
    listed *l = ctx;
    if (l->n < 8) {
        snprintf(l->starts[l->n], sizeof l->starts[0], "%s", r->date_start ? r->date_start : "");
        snprintf(l->places[l->n], sizeof l->places[0], "%s", r->place ? r->place : "");
    }
    l->ranked_among = r->ranked_among;
    l->n++;
    return 0;
}

static void add_dated_event(annals_store *s, const char *id, const char *place, double lat,
                            double lon, const char *date, uint8_t precision) {
    char text[96];
    snprintf(text, sizeof text, "Report %s: fighting at %s.", id, place);
    annals_doc *doc = event_doc(id, text, place, lat, lon, "2015-08-01", 1, 1, 1);
    if (doc && doc->events.n) {
        doc->events.v[0].date = date;
        doc->events.v[0].date_precision = precision;
    }
    add(s, doc);
}

/* A year that began before the range still overlaps it (it is read from the year-long
 * look-back), a day just before does not; a place's own stream gives only its events,
 * and the same order holds backwards. */
TEST(test_store_timeline_date_order_and_overlap) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add_dated_event(s, "y1", "Palmyra", 34.56, 38.28, "2015", AN_DPREC_YEAR);
    add_dated_event(s, "y2", "Palmyra", 34.56, 38.28, "2015-06-10", AN_DPREC_DAY);
    add_dated_event(s, "y3", "Palmyra", 34.56, 38.28, "2015-05-31", AN_DPREC_DAY);
    add_dated_event(s, "y4", "Deir ez-Zor", 35.33, 40.14, "2015-06-12", AN_DPREC_DAY);
    add_dated_event(s, "y5", "Palmyra", 34.56, 38.28, "2015-07-02", AN_DPREC_DAY);
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    annals_query q;
    annals_query_init(&q);
    q.from = q.to = "2015-06";
    listed l = {0};
    CHECK_INT(annals_store_events(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 3);
    CHECK_STR(l.starts[0], "2015-01-01");
    CHECK_STR(l.starts[1], "2015-06-10");
    CHECK_STR(l.places[2], "Deir ez-Zor");
    q.subject = "Palmyra";
    l = (listed){0};
    CHECK_INT(annals_store_timeline(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 2);
    CHECK_STR(l.starts[1], "2015-06-10");
    annals_query_init(&q);
    q.subject = "Palmyra";
    q.sort = ANNALS_SORT_DATE_DESC;
    l = (listed){0};
    CHECK_INT(annals_store_events(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 4);
    CHECK_STR(l.starts[0], "2015-07-02");
    CHECK_STR(l.starts[1], "2015-06-10");
    CHECK_STR(l.starts[2], "2015-05-31");
    CHECK_STR(l.starts[3], "2015-01-01");
    annals_query_init(&q);
    q.has_point = 1, q.lat = 34.5, q.lon = 38.3, q.radius_km = 50;
    q.from = "2015-05-31", q.to = "2015-12-31";
    l = (listed){0};
    CHECK_INT(annals_store_events(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 4);
    CHECK_STR(l.starts[1], "2015-05-31");
    CHECK_STR(l.starts[3], "2015-07-02");
    annals_store_close(s);
    remove_store(path);
}

/* A word in more sentences than the ranking window: the newest are ranked, and the rows
 * say so; a rarer word is ranked whole. */
TEST(test_store_search_window) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    an_buf text;
    an_buf_init(&text);
    for (int d = 0; d < 30; d++) {
        an_buf_clear(&text);
        /* each sentence names a village of its own, or the articles would be near-duplicates */
        static const char *const syllables[] = {"ka", "lo", "mi", "su", "te", "ra", "no", "vi"};
        for (int k = 0; k < 70; k++) {
            int v = d * 70 + k;
            an_buf_printf(&text, "A convoy reached %s%s%s%s on the road. ", syllables[v % 8],
                          syllables[v / 8 % 8], syllables[v / 64 % 8], syllables[v / 512 % 8]);
        }
        if (d == 0) an_buf_puts(&text, "Only here the ferry sailed.");
        char id[16], date[16];
        snprintf(id, sizeof id, "w%d", d);
        snprintf(date, sizeof date, "2016-04-%02d", d + 1);
        add(s, make_doc(id, NULL, date, an_buf_cstr(&text)));
    }
    an_buf_free(&text);
    CHECK_INT(annals_store_commit(s), ANNALS_OK);
    annals_query q;
    annals_query_init(&q);
    q.words = "convoy";
    q.limit = 5;
    CHECK_INT(stat_of(s, "duplicates"), 0);
    CHECK_INT(stat_of(s, "sentences"), 30 * 70 + 1);
    listed l = {0};
    CHECK_INT(annals_store_search(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 5);
    CHECK_INT(l.ranked_among, 2000);
    q.words = "ferry";
    l = (listed){0};
    CHECK_INT(annals_store_search(s, &q, collect_list, &l), ANNALS_OK);
    CHECK_INT(l.n, 1);
    CHECK_INT(l.ranked_among, 0);
    annals_store_close(s);
    remove_store(path);
}

/* A store written when evidence was a table of its own is migrated on open: the rows
 * become the events' JSON column, in their order, and the table goes. */
TEST(test_store_migrates_evidence_table) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, event_doc("v1", "Troops stormed the town at dawn.", "Palmyra", 34.56, 38.28,
                     "2016-03-27", 1, 1, 1));
    annals_store_close(s);
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db,
                           "CREATE TABLE evidence(id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL,"
                           " article_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
                           " loc INTEGER NOT NULL, role TEXT);"
                           "INSERT INTO evidence(event_id, article_id, start, end, loc, role)"
                           " SELECT id, article_id, 7, 14, -1, 'trigger' FROM events;"
                           "INSERT INTO evidence(event_id, article_id, start, end, loc, role)"
                           " SELECT id, article_id, 0, 6, -1, 'actor1' FROM events;"
                           "ALTER TABLE events DROP COLUMN evidence;",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    annals_store_close(s);
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *q;
    CHECK_INT(sqlite3_prepare_v2(db, "SELECT evidence, (SELECT count(*) FROM sqlite_master WHERE"
                                     " name = 'evidence') FROM events", -1, &q, NULL),
              SQLITE_OK);
    CHECK_INT(sqlite3_step(q), SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(q, 0), "[[\"trigger\",7,14,-1],[\"actor1\",0,6,-1]]");
    CHECK_INT(sqlite3_column_int(q, 1), 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    remove_store(path);
}

/* A signature made on the annotating thread is the one the store uses, and it goes with
 * the text: a document whose text is replaced after annals_store_prepare is signed anew. */
TEST(test_store_prepare_signature) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    CHECK_INT(add(s, make_doc("p1", NULL, "2016-03-27", story)), 1);
    annals_doc *copy = make_doc("p2", NULL, "2016-03-28", story);
    annals_doc *other = make_doc("p3", NULL, "2016-03-28", story);
    if (!copy || !other) return;
    /* a light rewrite: prepared, then stored, is linked to the first */
    const char *rewrite = "NEW LEAD: Troops retook Palmyra.\n\n";
    char text[sizeof story + 64];
    snprintf(text, sizeof text, "%s%s", rewrite, story);
    annals_doc_set(copy, ANNALS_FIELD_TEXT, text, strlen(text));
    annals_annotate(an_test_engine(), copy, ANNALS_STAGE_ALL);
    CHECK_INT(annals_store_prepare(copy), ANNALS_OK);
    CHECK_INT(add(s, copy), 2);
    /* prepared as a copy, then given another story's text: stored as a story of its own */
    CHECK_INT(annals_store_prepare(other), ANNALS_OK);
    static const char fresh[] =
        "Farmers in the river valley began the rice harvest early this year after a dry "
        "summer, and cooperatives said prices at the market had doubled since spring.";
    annals_doc_set(other, ANNALS_FIELD_TEXT, fresh, strlen(fresh));
    annals_annotate(an_test_engine(), other, ANNALS_STAGE_ALL);
    CHECK_INT(add(s, other), 1);
    annals_store_close(s);
    remove_store(path);
}

/* Texts of their own: no two share a word 3-shingle. */
static void fresh_text(char *out, size_t size, int i) {
    snprintf(out, size,
             "Item %d: the council of district %d met on day %d and voted %d to %d on budget "
             "line %d, while road crew %d repaired bridge %d and school %d reopened ward %d.",
             i, i * 7 + 1, i * 11 + 2, i * 13 + 3, i * 17 + 4, i * 19 + 5, i * 23 + 6,
             i * 29 + 7, i * 31 + 8, i * 37 + 9);
}

/* The bands live in the writer's memory: a copy is linked to a story stored by an earlier
 * run (read back from the signatures), and not to one older than the window. */
TEST(test_store_bands_in_memory) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    char copy[sizeof story + 64], text[400], id[16];
    snprintf(copy, sizeof copy, "NEW LEAD: Troops retook Palmyra.\n\n%s", story);
    CHECK_INT(add(s, make_doc("w1", NULL, "2016-03-27", story)), 1);
    annals_store_close(s);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    CHECK_INT(add(s, make_doc("w2", NULL, "2016-03-28", copy)), 2);
    /* a window of 4 articles: the story leaves it after 4 newer ones */
    an_dedup_set_window(s, 4);
    for (int i = 0; i < 40; i++) {
        fresh_text(text, sizeof text, i);
        snprintf(id, sizeof id, "f%d", i);
        CHECK_INT(add(s, make_doc(id, NULL, "2016-03-29", text)), 1);
        /* each fresh text's copy two articles later is still in the window */
        if (i % 3 == 2) {
            fresh_text(text, sizeof text, i - 1);
            snprintf(id, sizeof id, "c%d", i);
            char moved[420];
            snprintf(moved, sizeof moved, "Updated. %s", text);
            CHECK_INT(add(s, make_doc(id, NULL, "2016-03-29", moved)), 2);
        }
    }
    snprintf(copy, sizeof copy, "LATE LEAD: Palmyra retaken.\n\n%s", story);
    CHECK_INT(add(s, make_doc("w3", NULL, "2016-03-30", copy)), 1);
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    /* a store made when the bands were rows: the table goes */
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE TABLE article_bands(band INTEGER NOT NULL, article_id"
                               " INTEGER NOT NULL, PRIMARY KEY(band, article_id)) WITHOUT ROWID;",
                           NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *q;
    CHECK_INT(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE name = 'article_bands'",
                                 -1, &q, NULL), SQLITE_OK);
    CHECK_INT(sqlite3_step(q), SQLITE_ROW);
    CHECK_INT(sqlite3_column_int(q, 0), 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    remove_store(path);
}

static int64_t sql_int(const char *path, const char *sql) {
    sqlite3 *db;
    sqlite3_stmt *q;
    int64_t v = -1;
    if (sqlite3_open(path, &db) != SQLITE_OK) return -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return v;
}

static int sql_run(const char *path, const char *sql) {
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK) return -1;
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

/* Mentions are one record an article and each sentence's list of ids: the filters of a
 * place and an actor read the lists, check sees a list that lost an id, and a store made
 * when each mention was a row is migrated to the same record and lists. */
TEST(test_store_mentions_record) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, make_doc("m1", NULL, "2016-03-27", story));
    int64_t places = stat_of(s, "place_mentions"), times = stat_of(s, "times");
    CHECK(places >= 1 && times >= 2);
    annals_query q;
    annals_query_init(&q);
    q.words = "retook";
    q.place = "Palmyra";
    collected c = {0};
    CHECK_INT(annals_store_search(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, 1);
    q.place = "Aleppo";
    c = (collected){0};
    CHECK_INT(annals_store_search(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, 0);
    annals_store_close(s);
    char *records = NULL;
    {
        sqlite3 *db;
        sqlite3_stmt *st;
        CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
        CHECK_INT(sqlite3_prepare_v2(db, "SELECT times || places || actors FROM article_mentions",
                                     -1, &st, NULL), SQLITE_OK);
        if (sqlite3_step(st) == SQLITE_ROW) records = strdup((const char *)sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    CHECK(records != NULL);
    /* a sentence that no longer lists its place is reported */
    char lost[80];
    snprintf(lost, sizeof lost, "%s.lost", path);
    char copy_sql[200];
    snprintf(copy_sql, sizeof copy_sql, "VACUUM INTO '%s'", lost);
    CHECK_INT(sql_run(path, copy_sql), SQLITE_OK);
    CHECK_INT(sql_run(lost, "UPDATE sentences SET places = NULL"), SQLITE_OK);
    size_t problems = 0;
    CHECK_INT(annals_store_open(lost, ANNALS_STORE_READONLY, &s), ANNALS_OK);
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK(problems >= 1);
    annals_store_close(s);
    unlink(lost);
    /* the layout of before: a row a mention, undated times in time_mentions */
    CHECK_INT(sql_run(path,
                      "CREATE TABLE place_mentions(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
                      " sentence_id INTEGER, place_id INTEGER NOT NULL, start INTEGER NOT NULL,"
                      " end INTEGER NOT NULL, loc INTEGER NOT NULL, text TEXT);"
                      "CREATE TABLE actor_mentions(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,"
                      " sentence_id INTEGER, actor_id INTEGER NOT NULL, start INTEGER NOT NULL,"
                      " end INTEGER NOT NULL, loc INTEGER NOT NULL, text TEXT, role TEXT,"
                      " affiliation TEXT);"
                      "INSERT INTO place_mentions(article_id, sentence_id, place_id, start, end, loc)"
                      " SELECT m.article_id, j.value ->> 0, j.value ->> 4, j.value ->> 1,"
                      " j.value ->> 2, j.value ->> 3 FROM article_mentions m, json_each(m.places) j;"
                      "INSERT INTO actor_mentions(article_id, sentence_id, actor_id, start, end, loc,"
                      " role, affiliation) SELECT m.article_id, j.value ->> 0, j.value ->> 4,"
                      " j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 5, j.value ->> 6"
                      " FROM article_mentions m, json_each(m.actors) j;"
                      "DELETE FROM time_mentions;"
                      "INSERT INTO time_mentions(article_id, sentence_id, start, end, loc, type,"
                      " value, mod, anchor, date_start, date_end, precision)"
                      " SELECT m.article_id, j.value ->> 0, j.value ->> 1, j.value ->> 2,"
                      " j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7,"
                      " CASE WHEN j.value ->> 5 LIKE '2%' THEN '2016-01-01' END,"
                      " CASE WHEN j.value ->> 5 LIKE '2%' THEN '2016-12-31' END,"
                      " CASE WHEN j.value ->> 5 LIKE '2%' THEN 'year' END"
                      " FROM article_mentions m, json_each(m.times) j;"
                      "DELETE FROM dated_places; DELETE FROM dated_actors;"
                      "DROP TABLE article_mentions;"
                      "ALTER TABLE sentences DROP COLUMN places;"
                      "ALTER TABLE sentences DROP COLUMN actors;"),
              SQLITE_OK);
    CHECK(sql_int(path, "SELECT count(*) FROM time_mentions WHERE date_start IS NULL") >= 1);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    CHECK_INT(stat_of(s, "place_mentions"), places);
    CHECK_INT(stat_of(s, "times"), times);
    problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    q.place = "Palmyra";
    c = (collected){0};
    CHECK_INT(annals_store_search(s, &q, collect, &c), ANNALS_OK);
    CHECK_INT(c.rows, 1);
    annals_store_close(s);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('place_mentions',"
                            " 'actor_mentions')"), 0);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM time_mentions WHERE date_start IS NULL"), 0);
    {
        sqlite3 *db;
        sqlite3_stmt *st;
        CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
        CHECK_INT(sqlite3_prepare_v2(db, "SELECT times || places || actors FROM article_mentions",
                                     -1, &st, NULL), SQLITE_OK);
        CHECK_INT(sqlite3_step(st), SQLITE_ROW);
        if (records) CHECK_STR((const char *)sqlite3_column_text(st, 0), records);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    free(records);
    remove_store(path);
}

typedef struct {
    int rows;
    char snippet[256];
} found_rows;

static int collect_snippet(void *ctx, const annals_row *r) {
    found_rows *f = ctx;
    if (f->rows++ == 0 && r->snippet) snprintf(f->snippet, sizeof f->snippet, "%s", r->snippet);
    return 0;
}

static int search_rows(annals_store *s, const char *words, char snippet[256]) {
    annals_query q;
    annals_query_init(&q);
    q.words = words;
    found_rows f = {0};
    CHECK_INT(annals_store_search(s, &q, collect_snippet, &f), ANNALS_OK);
    if (snippet) memcpy(snippet, f.snippet, 256);
    return f.rows;
}

/* One full-text document an article, and still a search asks for one sentence holding
 * every word: words of two sentences, or a phrase across their boundary, find nothing; a
 * store whose index had a row a sentence is rebuilt into the same documents. */
TEST(test_store_fts_sentences_of_one_document) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    add(s, make_doc("d1", NULL, "2016-03-27", story));
    char snippet[256];
    CHECK_INT(search_rows(s, "engineers mines", snippet), 1);
    CHECK_STR(snippet, "Government forces retook the desert town of Palmyra on Sunday after weeks of "
                       "fighting, state media said, and [engineers] began clearing [mines] from the...");
    CHECK_INT(search_rows(s, "engineers militants", NULL), 0); /* two sentences */
    /* a hyphenated word is a phrase: adjacent in the document, but across two sentences */
    CHECK_INT(search_rows(s, "offensive-the", NULL), 0);
    CHECK_INT(search_rows(s, "in-the-offensive", NULL), 1);
    CHECK_INT(search_rows(s, "militants died", snippet), 1);
    CHECK_STR(snippet, "A monitoring group said more than 400 [militants] had [died] in the offensive.");
    annals_store_close(s);
    /* the layout of before: sentences_fts, a row a sentence, and no breaks */
    CHECK_INT(sql_run(path,
                      "DROP TABLE articles_fts;"
                      "ALTER TABLE sentences DROP COLUMN breaks;"
                      "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content = 'sentence_texts',"
                      " content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');"
                      "INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild');"),
              SQLITE_OK);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    CHECK_INT(search_rows(s, "engineers mines", NULL), 1);
    CHECK_INT(search_rows(s, "engineers militants", NULL), 0);
    CHECK_INT(search_rows(s, "offensive-the", NULL), 0);
    CHECK_INT(search_rows(s, "militants died", snippet), 1);
    CHECK_STR(snippet, "A monitoring group said more than 400 [militants] had [died] in the offensive.");
    size_t problems = 99;
    CHECK_INT(annals_store_check(s, NULL, NULL, &problems), ANNALS_OK);
    CHECK_INT(problems, 0);
    annals_store_close(s);
    CHECK_INT(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'sentences_fts'"), 0);
    remove_store(path);
}

/* A store signed with earlier hash functions is signed again on open: a copy of a story
 * stored before is still linked. */
TEST(test_store_signed_again) {
    char path[64];
    annals_store *s = temp_store(path);
    if (!s) return;
    CHECK_INT(add(s, make_doc("s1", NULL, "2016-03-27", story)), 1);
    annals_store_close(s);
    CHECK_INT(sql_run(path, "UPDATE article_signatures SET minhash = zeroblob(256);"
                            "DELETE FROM meta WHERE key = 'minhash_3';"),
              SQLITE_OK);
    CHECK_INT(annals_store_open(path, 0, &s), ANNALS_OK);
    char copy[sizeof story + 64];
    snprintf(copy, sizeof copy, "NEW LEAD: Troops retook Palmyra.\n\n%s", story);
    CHECK_INT(add(s, make_doc("s2", NULL, "2016-03-28", copy)), 2);
    annals_store_close(s);
    remove_store(path);
}
