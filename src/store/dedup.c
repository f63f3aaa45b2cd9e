/* dedup.c - near-duplicates: MinHash over word 3-shingles, with LSH bands in the store so
 * a new article is compared only with articles sharing a band. A syndicated copy (new
 * headline, byline and first paragraph) keeps most shingles, so it is linked (dup_of) to
 * the first stored copy and not counted twice by queries. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/hash.h"
#include "store/store.h"

#define SHINGLE 3
#define ROWS (AN_MINHASH_N / AN_MINHASH_BANDS)
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

static int count_shingles(const uint32_t sig[AN_MINHASH_N]) {
    return sig[0] != UINT32_MAX;
}

void an_minhash(const char *text, size_t len, uint32_t sig[AN_MINHASH_N]) {
    for (int i = 0; i < AN_MINHASH_N; i++) sig[i] = UINT32_MAX;
    const char *p = text, *end = text + len;
    uint64_t w[SHINGLE] = {0};
    size_t words = 0;
    for (uint64_t h; (h = next_word(&p, end)) != 0;) {
        memmove(w, w + 1, (SHINGLE - 1) * sizeof *w);
        w[SHINGLE - 1] = h;
        if (++words < SHINGLE) continue;
        uint64_t sh = mix64(w[0] ^ mix64(w[1] ^ mix64(w[2])));
        for (int i = 0; i < AN_MINHASH_N; i++) {
            uint32_t v = (uint32_t)(mix64(sh + (uint64_t)i * 0x632be59bd9b4e019ull) >> 32);
            if (v < sig[i]) sig[i] = v;
        }
    }
    /* too few shingles: leave the signature empty so nothing matches it */
    if (words < MIN_SHINGLES + SHINGLE - 1)
        for (int i = 0; i < AN_MINHASH_N; i++) sig[i] = UINT32_MAX;
}

double an_minhash_similarity(const uint32_t *a, const uint32_t *b) {
    int same = 0;
    for (int i = 0; i < AN_MINHASH_N; i++) same += a[i] == b[i];
    return (double)same / AN_MINHASH_N;
}

static int64_t band_key(const uint32_t sig[AN_MINHASH_N], int band) {
    return (int64_t)an_hash64(sig + band * ROWS, ROWS * sizeof *sig, (uint64_t)band);
}

/* The signature of an earlier article: a copy comes soon after its story, and a band's
 * candidates are its newest articles, so the newest signatures are kept in memory and most
 * candidates cost no statement. NULL on error (message set). */
static const an_signature *signature_of(annals_store *s, int64_t article) {
    if (!s->cache.sigs && !(s->cache.sigs = calloc(AN_SIG_CACHE, sizeof *s->cache.sigs))) {
        an_store_fail(s, ANNALS_ENOMEM, "out of memory");
        return NULL;
    }
    an_signature *slot = &s->cache.sigs[article % AN_SIG_CACHE];
    if (slot->article == article) return slot;
    sqlite3_stmt *q = an_store_stmt(s, ST_SIGNATURE_FIND);
    if (!q) return NULL;
    sqlite3_bind_int64(q, 1, article);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && sqlite3_column_bytes(q, 0) == (int)sizeof slot->minhash) {
        memcpy(slot->minhash, sqlite3_column_blob(q, 0), sizeof slot->minhash);
        slot->root = sqlite3_column_int64(q, 1);
        slot->article = article;
    } else if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        slot->root = 0; /* no signature, or not one of ours: no candidate */
        slot->article = article;
    } else {
        sqlite3_reset(q);
        an_store_sqlfail(s, "finding near-duplicates");
        return NULL;
    }
    sqlite3_reset(q);
    return slot;
}

static void remember_signature(annals_store *s, int64_t article, int64_t root,
                               const uint32_t sig[AN_MINHASH_N]) {
    if (!s->cache.sigs) return;
    an_signature *slot = &s->cache.sigs[article % AN_SIG_CACHE];
    slot->article = article;
    slot->root = root;
    memcpy(slot->minhash, sig, sizeof slot->minhash);
}

/* The band's candidates: up to 8 article ids, newest first. */
static int band_candidates(annals_store *s, int64_t article, int band,
                           const uint32_t sig[AN_MINHASH_N], int64_t out[8]) {
    sqlite3_stmt *q = an_store_stmt(s, ST_BAND_CANDIDATES);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, band_key(sig, band));
    sqlite3_bind_int64(q, 2, article);
    int n = 0, rc;
    while (n < 8 && (rc = sqlite3_step(q)) == SQLITE_ROW) out[n++] = sqlite3_column_int64(q, 0);
    if (n < 8 && rc != SQLITE_DONE) {
        sqlite3_reset(q);
        an_store_sqlfail(s, "finding near-duplicates");
        return -1;
    }
    sqlite3_reset(q);
    return n;
}

static int seen_before(const int64_t *seen, size_t n, int64_t id) {
    for (size_t i = 0; i < n; i++)
        if (seen[i] == id) return 1;
    return 0;
}

/* The most similar earlier article sharing a band, and its root (what it duplicates). */
static int best_candidate(annals_store *s, int64_t article, const uint32_t sig[AN_MINHASH_N],
                          int64_t *root, double *similarity) {
    *root = 0;
    *similarity = 0;
    int64_t seen[AN_MINHASH_BANDS * 8];
    size_t n_seen = 0;
    for (int b = 0; b < AN_MINHASH_BANDS; b++) {
        int64_t ids[8];
        int n = band_candidates(s, article, b, sig, ids);
        if (n < 0) return -1;
        for (int i = 0; i < n; i++) {
            /* an article sharing several bands is compared once */
            if (seen_before(seen, n_seen, ids[i])) continue;
            seen[n_seen++] = ids[i];
            const an_signature *other = signature_of(s, ids[i]);
            if (!other) return -1;
            if (!other->root) continue;
            double sim = an_minhash_similarity(sig, other->minhash);
            if (sim > *similarity || (sim == *similarity && other->root < *root)) {
                *similarity = sim;
                *root = other->root;
            }
        }
    }
    return 0;
}

static int step(annals_store *s, sqlite3_stmt *q, const char *what) {
    if (sqlite3_step(q) == SQLITE_DONE) return 0;
    an_store_sqlfail(s, what);
    return -1;
}

int an_dedup_add(annals_store *s, int64_t article, const uint32_t sig[AN_MINHASH_N]) {
    if (!count_shingles(sig)) return 0;
    int linked = 0;
    int64_t root;
    double sim;
    if (best_candidate(s, article, sig, &root, &sim) != 0) return -1;
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
    remember_signature(s, article, linked ? root : article, sig);
    for (int b = 0; b < AN_MINHASH_BANDS; b++) {
        q = an_store_stmt(s, ST_BAND_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, band_key(sig, b));
        sqlite3_bind_int64(q, 2, article);
        if (step(s, q, "indexing a signature") != 0) return -1;
    }
    return linked;
}
