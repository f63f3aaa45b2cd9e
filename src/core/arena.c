/* arena.c - chunked bump allocator. Chunks double in size so a document costs a handful of
 * malloc calls; requests larger than a chunk get a chunk of their own. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct an_arena_chunk {
    an_arena_chunk *next;
    size_t cap;
    max_align_t data[];
};

#define AN_ARENA_FIRST 4096u
#define AN_ALIGN (_Alignof(max_align_t))

void an_arena_init(an_arena *a) { memset(a, 0, sizeof *a); }

void an_arena_free(an_arena *a) {
    an_arena_chunk *c = a->head;
    while (c) {
        an_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    an_arena_init(a);
}

static int arena_new_chunk(an_arena *a, size_t need) {
    size_t cap = a->cap ? a->cap * 2 : AN_ARENA_FIRST;
    if (cap > (1u << 24)) cap = 1u << 24;
    if (cap < need) cap = need;
    if (cap > SIZE_MAX - sizeof(an_arena_chunk)) return -1;
    an_arena_chunk *c = malloc(sizeof(an_arena_chunk) + cap);
    if (!c) return -1;
    c->cap = cap;
    c->next = a->head;
    a->head = c;
    a->cap = cap;
    a->used = 0;
    a->total += cap;
    return 0;
}

void *an_arena_alloc(an_arena *a, size_t size) {
    if (size == 0) size = 1;
    if (size > SIZE_MAX - AN_ALIGN) return NULL;
    size = (size + AN_ALIGN - 1) & ~(AN_ALIGN - 1);
    if (!a->head || a->cap - a->used < size) {
        if (arena_new_chunk(a, size) != 0) return NULL;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += size;
    return p;
}

void *an_arena_calloc(an_arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    void *p = an_arena_alloc(a, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}

char *an_arena_strndup(an_arena *a, const char *s, size_t len) {
    char *p = an_arena_alloc(a, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int an_arena_grow(an_arena *a, void **data, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need) ncap *= 2;
    if (size && ncap > SIZE_MAX / size) return -1;
    void *p = an_arena_alloc(a, ncap * size);
    if (!p) return -1;
    if (*data && *cap) memcpy(p, *data, *cap * size);
    *data = p;
    *cap = ncap;
    return 0;
}
