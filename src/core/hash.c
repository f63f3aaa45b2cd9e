/* hash.c - FNV-1a over the bytes with a final avalanche (so low bits are usable as table
 * indexes), and a linear-probing string table. */
#include "hash.h"

#include <stdlib.h>
#include <string.h>

uint64_t an_hash64(const void *data, size_t len, uint64_t seed) {
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ull ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

void an_hash_hex(uint64_t h, char out[17]) {
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--) {
        out[i] = hex[h & 15];
        h >>= 4;
    }
    out[16] = '\0';
}

/* The tables hash short keys millions of times a second and never store the hash: a word
 * at a time beats FNV's byte at a time. (an_hash64 stays FNV: ids are kept on disk.) */
static uint64_t table_hash(const char *s, size_t n) {
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n, w;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    }
    /* the last 0-7 bytes without a byte loop: two overlapping 4-byte reads, or three
     * bytes (the length is in h, so overlaps cannot make two keys equal) */
    w = 0;
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        w = (uint64_t)a << 32 | b;
    } else if (n) {
        w = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
            (unsigned char)s[n - 1];
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    return h ^ (h >> 32);
}

/* 16 bytes, four to a cache line: most look-ups are for words in no table and end at the
 * first empty slot, so what costs is the cache lines a probe touches. */
struct an_strtab_slot {
    uint32_t tag;   /* the hash's high half (the low bits pick the slot) */
    uint32_t off;   /* into pool; UINT32_MAX when empty */
    uint32_t len;
    int value;
};

#define STRTAB_EMPTY UINT32_MAX

void an_strtab_init(an_strtab *t) { memset(t, 0, sizeof *t); }

void an_strtab_free(an_strtab *t) {
    free(t->slots);
    free(t->filter);
    free(t->pool);
    an_strtab_init(t);
}

static struct an_strtab_slot *strtab_find(const an_strtab *t, const char *key, size_t len,
                                          uint64_t h) {
    size_t mask = t->cap - 1;
    uint32_t tag = (uint32_t)(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct an_strtab_slot *s = &t->slots[i];
        if (s->off == STRTAB_EMPTY) return s;
        if (s->tag == tag && s->len == len && memcmp(t->pool + s->off, key, len) == 0) return s;
    }
}

/* The filter bit of a hash: bits above the slot index's, so they tell keys of one slot
 * apart. The table holds at most cap / 2 keys, so the filter has eight bits a key and one
 * miss in nine or so gets past it. */
static size_t filter_bit(const an_strtab *t, uint64_t h) { return (size_t)(h >> 20) & (t->cap * 4 - 1); }

static void filter_set(an_strtab *t, uint64_t h) {
    size_t b = filter_bit(t, h);
    t->filter[b >> 6] |= 1ull << (b & 63);
}

static int filter_has(const an_strtab *t, uint64_t h) {
    size_t b = filter_bit(t, h);
    return (t->filter[b >> 6] >> (b & 63)) & 1;
}

static int strtab_rehash(an_strtab *t, size_t ncap) {
    struct an_strtab_slot *old = t->slots;
    uint64_t *filter = calloc(ncap * 4 / 64, sizeof *filter);
    size_t ocap = t->cap;
    t->slots = filter ? malloc(ncap * sizeof *t->slots) : NULL;
    if (!t->slots) return free(filter), t->slots = old, -1;
    free(t->filter);
    t->filter = filter;
    for (size_t i = 0; i < ncap; i++) t->slots[i].off = STRTAB_EMPTY;
    t->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i].off == STRTAB_EMPTY) continue;
        const char *key = t->pool + old[i].off;
        uint64_t h = table_hash(key, old[i].len);
        *strtab_find(t, key, old[i].len, h) = old[i];
        filter_set(t, h);
    }
    free(old);
    return 0;
}

int an_strtab_put(an_strtab *t, const char *key, size_t len, int value) {
    /* at most half full, so that a miss ends after a probe or two */
    if ((t->count + 1) * 2 >= t->cap && strtab_rehash(t, t->cap ? t->cap * 2 : 64) != 0)
        return -1;
    if (len >= STRTAB_EMPTY || t->pool_len + len >= STRTAB_EMPTY) return -1;
    uint64_t h = table_hash(key, len);
    struct an_strtab_slot *s = strtab_find(t, key, len, h);
    if (s->off != STRTAB_EMPTY) {
        s->value = value;
        return 0;
    }
    if (t->pool_len + len > t->pool_cap) {
        size_t ncap = t->pool_cap ? t->pool_cap * 2 : 1024;
        while (ncap < t->pool_len + len) ncap *= 2;
        char *p = realloc(t->pool, ncap);
        if (!p) return -1;
        t->pool = p;
        t->pool_cap = ncap;
    }
    if (len) memcpy(t->pool + t->pool_len, key, len);
    filter_set(t, h);
    s->tag = (uint32_t)(h >> 32);
    s->off = (uint32_t)t->pool_len;
    s->len = (uint32_t)len;
    s->value = value;
    t->pool_len += len;
    t->count++;
    return 0;
}

int an_strtab_get(const an_strtab *t, const char *key, size_t len, int *value) {
    if (!t->cap) return 0;
    uint64_t h = table_hash(key, len);
    if (!filter_has(t, h)) return 0;
    const struct an_strtab_slot *s = strtab_find(t, key, len, h);
    if (s->off == STRTAB_EMPTY) return 0;
    if (value) *value = s->value;
    return 1;
}
