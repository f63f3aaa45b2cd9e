/* dedup.c - near-duplicates: MinHash over word 3-shingles, with LSH bands in the store so
 * a new article is compared only with articles sharing a band. A syndicated copy (new
 * headline, byline and first paragraph) keeps most shingles, so it is linked (dup_of) to
 * the first stored copy and not counted twice by queries. */
#include <ctype.h>
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

/* The most similar earlier article sharing a band, and its root (what it duplicates). */
static int best_candidate(annals_store *s, int64_t article, const uint32_t sig[AN_MINHASH_N],
                          int64_t *root, double *similarity) {
    *root = 0;
    *similarity = 0;
    for (int b = 0; b < AN_MINHASH_BANDS; b++) {
        sqlite3_stmt *q = an_store_stmt(s, ST_BAND_CANDIDATES);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, band_key(sig, b));
        sqlite3_bind_int64(q, 2, article);
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            const void *other = sqlite3_column_blob(q, 1);
            if (sqlite3_column_bytes(q, 1) != AN_MINHASH_N * (int)sizeof(uint32_t)) continue;
            uint32_t theirs[AN_MINHASH_N];
            memcpy(theirs, other, sizeof theirs);
            double sim = an_minhash_similarity(sig, theirs);
            int64_t r = sqlite3_column_int64(q, 2);
            if (sim > *similarity || (sim == *similarity && r < *root)) {
                *similarity = sim;
                *root = r;
            }
        }
        sqlite3_reset(q);
        if (rc != SQLITE_DONE) {
            an_store_sqlfail(s, "finding near-duplicates");
            return -1;
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
    for (int b = 0; b < AN_MINHASH_BANDS; b++) {
        q = an_store_stmt(s, ST_BAND_INSERT);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, band_key(sig, b));
        sqlite3_bind_int64(q, 2, article);
        if (step(s, q, "indexing a signature") != 0) return -1;
    }
    return linked;
}
