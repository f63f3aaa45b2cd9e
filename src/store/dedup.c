/* dedup.c - near-duplicates: MinHash over word 3-shingles, with LSH bands (in memory, for
 * the newest articles) so a new article is compared only with articles sharing a band. A syndicated copy (new
 * headline, byline and first paragraph) keeps most shingles, so it is linked (dup_of) to
 * the first stored copy and not counted twice by queries. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "store/store.h"

#define SHINGLE 3
#define ROWS 4 /* values a band: the bands cover the first 64 */
_Static_assert(ROWS * AN_MINHASH_BANDS <= AN_MINHASH_N, "bands within the signature");
#define MIN_SHINGLES 8 /* shorter texts are too small to call duplicates */

static uint64_t mix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* The hash of the next lower-cased word of letters and digits at *p; 0 at the end. */
static uint64_t next_word(const char **p, const char *end) {
    const unsigned char *s = (const unsigned char *)*p;
    while ((const char *)s < end && !isalnum(*s) && *s < 0x80) s++;
    uint64_t h = 0xcbf29ce484222325ull;
    int any = 0;
    while ((const char *)s < end && (isalnum(*s) || *s >= 0x80)) {
        h = (h ^ (uint64_t)tolower(*s)) * 0x100000001b3ull;
        s++;
        any = 1;
    }
    *p = (const char *)s;
    return any ? h | 1 : 0;
}

/* Whether the text was long enough to sign: an empty signature holds UINT16_MAX in every
 * bin, where one bin's minimum of 16 bits is UINT16_MAX one time in 65,536 or so when a
 * single shingle fell in it, so one bin would not tell. */
static int count_shingles(const an_minhash_t sig[AN_MINHASH_N]) {
    for (int i = 0; i < AN_MINHASH_N; i++)
        if (sig[i] != UINT16_MAX) return 1;
    return 0;
}

/* One-permutation hashing: one hash a shingle, whose top bits pick one of the
 * AN_MINHASH_N bins and whose low 16 bits are kept as the bin's minimum. A hash a shingle
 * and a function (the signatures before) cost a fifth of the writer's instructions. A bin
 * no shingle fell in takes the value of another bin (optimal densification, Shrivastava
 * 2017): bin i tries bins picked by a fixed hash of (i, attempt) until one was filled, so two
 * texts fill a bin alike when they filled the same bins. Stores signed the earlier ways are
 * signed again (schema.c). */
#define BIN_SHIFT 57 /* 64 - log2(AN_MINHASH_N) */
_Static_assert(AN_MINHASH_N == 1 << (64 - BIN_SHIFT), "AN_MINHASH_N bins from the top bits");

void an_minhash(const char *text, size_t len, an_minhash_t sig[AN_MINHASH_N]) {
    uint64_t full[AN_MINHASH_N / 64] = {0}; /* a bit a bin some shingle fell in */
    for (int i = 0; i < AN_MINHASH_N; i++) sig[i] = UINT16_MAX;
    const char *p = text, *end = text + len;
    uint64_t w[SHINGLE] = {0};
    size_t words = 0;
    for (uint64_t h; (h = next_word(&p, end)) != 0;) {
        memmove(w, w + 1, (SHINGLE - 1) * sizeof *w);
        w[SHINGLE - 1] = h;
        if (++words < SHINGLE) continue;
        uint64_t sh = mix64(w[0] ^ mix64(w[1] ^ mix64(w[2])));
        unsigned bin = (unsigned)(sh >> BIN_SHIFT);
        an_minhash_t v = (an_minhash_t)sh;
        if (v < sig[bin]) sig[bin] = v;
        full[bin / 64] |= 1ull << bin % 64;
    }
    /* too few shingles: leave the signature empty so nothing matches it */
    if (words < MIN_SHINGLES + SHINGLE - 1) {
        for (int i = 0; i < AN_MINHASH_N; i++) sig[i] = UINT16_MAX;
        return;
    }
    an_minhash_t filled[AN_MINHASH_N];
    memcpy(filled, sig, sizeof filled);
    for (unsigned i = 0; i < AN_MINHASH_N; i++) {
        if (full[i / 64] >> i % 64 & 1) continue;
        for (uint64_t t = 1;; t++) {
            unsigned j = (unsigned)(mix64((uint64_t)i << 32 | t) >> BIN_SHIFT);
            if (full[j / 64] >> j % 64 & 1) {
                sig[i] = filled[j];
                break;
            }
        }
    }
}

/* an_minhash(text): the signature as stored, for signing a store's articles again */
void an_sql_minhash(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const char *text = (const char *)sqlite3_value_text(argv[0]);
    an_minhash_t sig[AN_MINHASH_N];
    an_minhash(text ? text : "", text ? (size_t)sqlite3_value_bytes(argv[0]) : 0, sig);
    sqlite3_result_blob(ctx, sig, sizeof sig, SQLITE_TRANSIENT);
}

double an_minhash_similarity(const an_minhash_t *a, const an_minhash_t *b) {
    int same = 0;
    for (int i = 0; i < AN_MINHASH_N; i++) same += a[i] == b[i];
    return (double)same / AN_MINHASH_N;
}

static int64_t band_key(const an_minhash_t sig[AN_MINHASH_N], int band) {
    return (int64_t)an_hash64(sig + band * ROWS, ROWS * sizeof *sig, (uint64_t)band);
}

/* ---- the bands of the newest articles, in memory ----------------------------------------
 * A copy comes soon after its story, so only the newest AN_BAND_WINDOW articles are
 * candidates. Writing each band as a row cost 16 b-tree inserts an article (13 % of the
 * writer); the ring and the table are rebuilt from the stored signatures instead. */

#define BAND_SLOTS ((size_t)2 * AN_BAND_WINDOW * AN_MINHASH_BANDS) /* at most half full */
#define BAND_KEEP 8 /* articles kept a band: a wire service's boilerplate shared by
                     * thousands costs no more than a band two share */

static size_t band_home(const an_bands *b, uint64_t key) { return (size_t)mix64(key) & b->mask; }

/* Adds article under key; when the band holds BAND_KEEP articles already, the oldest
 * gives its place. */
static void band_put(an_bands *b, uint64_t key, int64_t article) {
    size_t i = band_home(b, key), oldest = SIZE_MAX;
    int same = 0;
    for (; b->slots[i].article; i = (i + 1) & b->mask)
        if (b->slots[i].key == key) {
            if (b->slots[i].article == article) return;
            same++;
            if (oldest == SIZE_MAX || b->slots[i].article < b->slots[oldest].article) oldest = i;
        }
    if (same >= BAND_KEEP) i = oldest;
    b->slots[i] = (an_band_slot){key, article};
}

/* Removes article from key, closing the gap so that no probe run is cut short. */
static void band_remove(an_bands *b, uint64_t key, int64_t article) {
    size_t i = band_home(b, key);
    for (; b->slots[i].article; i = (i + 1) & b->mask)
        if (b->slots[i].key == key && b->slots[i].article == article) break;
    if (!b->slots[i].article) return; /* pushed out by newer articles of its band */
    for (size_t j = i;;) {
        b->slots[i].article = 0;
        for (;;) {
            j = (j + 1) & b->mask;
            if (!b->slots[j].article) return;
            size_t home = band_home(b, b->slots[j].key);
            /* the entry at j may move back to i unless its home lies in (i, j] */
            if (i <= j ? (home <= i || home > j) : (home <= i && home > j)) break;
        }
        b->slots[i] = b->slots[j];
        i = j;
    }
}

/* The ring slot of article, with its bands in the table; the article it replaces (older
 * by AN_BAND_WINDOW ids or more) leaves the table. */
static void band_add(an_bands *b, int64_t article, int64_t root, const an_minhash_t sig[AN_MINHASH_N]) {
    an_signature *slot = &b->ring[(uint64_t)article % b->window];
    if (slot->article && slot->article != article)
        for (int k = 0; k < AN_MINHASH_BANDS; k++)
            band_remove(b, (uint64_t)band_key(slot->minhash, k), slot->article);
    slot->article = article;
    slot->root = root;
    memcpy(slot->minhash, sig, sizeof slot->minhash);
    for (int k = 0; k < AN_MINHASH_BANDS; k++) band_put(b, (uint64_t)band_key(sig, k), article);
}

void an_dedup_clear(annals_store *s) {
    size_t window = s->cache.bands.window;
    free(s->cache.bands.ring);
    free(s->cache.bands.slots);
    memset(&s->cache.bands, 0, sizeof s->cache.bands);
    s->cache.bands.window = window;
}

void an_dedup_set_window(annals_store *s, size_t articles) {
    an_dedup_clear(s);
    s->cache.bands.window = articles < 1 ? 1 : articles > AN_BAND_WINDOW ? AN_BAND_WINDOW : articles;
}

/* The newest AN_BAND_WINDOW stored signatures, oldest first into the ring: so a resumed or
 * repeated ingest links copies of what an earlier run stored. 0, or -1 (message set). */
static int bands_load(annals_store *s) {
    an_bands *b = &s->cache.bands;
    if (b->ring) return 0;
    if (!b->window) b->window = AN_BAND_WINDOW;
    b->ring = calloc(b->window, sizeof *b->ring);
    b->slots = calloc(BAND_SLOTS, sizeof *b->slots);
    b->mask = BAND_SLOTS - 1;
    if (!b->ring || !b->slots) {
        an_dedup_clear(s);
        an_store_fail(s, ANNALS_ENOMEM, "out of memory");
        return -1;
    }
    sqlite3_stmt *q = an_store_stmt_sql(s, ST_SIGNATURE_LOAD,
        "SELECT article_id, minhash, root FROM (SELECT article_id, minhash, root FROM"
        " article_signatures ORDER BY article_id DESC LIMIT ?1) ORDER BY article_id");
    if (!q) {
        an_dedup_clear(s);
        return -1;
    }
    sqlite3_bind_int64(q, 1, (int64_t)b->window);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (sqlite3_column_bytes(q, 1) == (int)(AN_MINHASH_N * sizeof(an_minhash_t))) {
            an_minhash_t sig[AN_MINHASH_N];
            memcpy(sig, sqlite3_column_blob(q, 1), sizeof sig);
            band_add(b, sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 2), sig);
        }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) {
        an_dedup_clear(s);
        an_store_sqlfail(s, "reading near-duplicate signatures");
        return -1;
    }
    return 0;
}

/* The band's candidates: up to BAND_KEEP article ids other than article. */
static int band_candidates(const an_bands *b, int64_t article, int band,
                           const an_minhash_t sig[AN_MINHASH_N], int64_t out[BAND_KEEP]) {
    uint64_t key = (uint64_t)band_key(sig, band);
    int n = 0;
    for (size_t i = band_home(b, key); b->slots[i].article && n < BAND_KEEP; i = (i + 1) & b->mask)
        if (b->slots[i].key == key && b->slots[i].article != article) out[n++] = b->slots[i].article;
    return n;
}

static int seen_before(const int64_t *seen, size_t n, int64_t id) {
    for (size_t i = 0; i < n; i++)
        if (seen[i] == id) return 1;
    return 0;
}

/* The most similar earlier article sharing a band, and its root (what it duplicates). */
static void best_candidate(const an_bands *b, int64_t article, const an_minhash_t sig[AN_MINHASH_N],
                           int64_t *root, double *similarity) {
    *root = 0;
    *similarity = 0;
    int64_t seen[AN_MINHASH_BANDS * BAND_KEEP];
    size_t n_seen = 0;
    for (int k = 0; k < AN_MINHASH_BANDS; k++) {
        int64_t ids[BAND_KEEP];
        int n = band_candidates(b, article, k, sig, ids);
        for (int i = 0; i < n; i++) {
            /* an article sharing several bands is compared once */
            if (seen_before(seen, n_seen, ids[i])) continue;
            seen[n_seen++] = ids[i];
            const an_signature *other = &b->ring[(uint64_t)ids[i] % b->window];
            if (other->article != ids[i] || !other->root) continue;
            double sim = an_minhash_similarity(sig, other->minhash);
            if (sim > *similarity || (sim == *similarity && other->root < *root)) {
                *similarity = sim;
                *root = other->root;
            }
        }
    }
}

static int step(annals_store *s, sqlite3_stmt *q, const char *what) {
    if (sqlite3_step(q) == SQLITE_DONE) return 0;
    an_store_sqlfail(s, what);
    return -1;
}

int an_dedup_add(annals_store *s, int64_t article, const an_minhash_t sig[AN_MINHASH_N]) {
    if (!count_shingles(sig)) return 0;
    if (bands_load(s) != 0) return -1;
    int linked = 0;
    int64_t root;
    double sim;
    best_candidate(&s->cache.bands, article, sig, &root, &sim);
    if (root && sim >= AN_NEAR_DUPLICATE) {
        sqlite3_stmt *q = an_store_stmt(s, ST_ARTICLE_LINK);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, root);
        sqlite3_bind_double(q, 2, sim);
        sqlite3_bind_int64(q, 3, article);
        if (step(s, q, "linking a near-duplicate") != 0) return -1;
        linked = 1;
    }
    sqlite3_stmt *q = an_store_stmt(s, ST_SIGNATURE_INSERT);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, article);
    sqlite3_bind_blob(q, 2, sig, AN_MINHASH_N * sizeof *sig, SQLITE_STATIC);
    sqlite3_bind_int64(q, 3, linked ? root : article);
    if (step(s, q, "keeping a signature") != 0) return -1;
    band_add(&s->cache.bands, article, linked ? root : article, sig);
    return linked;
}
