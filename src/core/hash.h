/* hash.h - 64-bit hashing and a string table for lexicon look-ups. */
#ifndef AN_HASH_H
#define AN_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t an_hash64(const void *data, size_t len, uint64_t seed);
/* Writes 16 lower-case hex digits and a NUL. */
void an_hash_hex(uint64_t h, char out[17]);

/* An open-addressing table from strings to small integers. Keys are copied. Built once,
 * then only read, so it can be shared between threads. */
typedef struct {
    struct an_strtab_slot *slots;
    uint64_t *filter; /* one bit a key, cap * 4 bits: most look-ups miss, and end here */
    size_t cap, count;
    char *pool; /* key bytes */
    size_t pool_len, pool_cap;
} an_strtab;

void an_strtab_init(an_strtab *t);
void an_strtab_free(an_strtab *t);
/* Adds or replaces key -> value; returns 0, or -1 when out of memory. */
int an_strtab_put(an_strtab *t, const char *key, size_t len, int value);
/* Returns 1 and sets *value when found (value may be NULL). */
int an_strtab_get(const an_strtab *t, const char *key, size_t len, int *value);

#endif
