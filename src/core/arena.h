/* arena.h - bump allocation for everything a document owns; freed in one call. */
#ifndef AN_ARENA_H
#define AN_ARENA_H

#include <stddef.h>

typedef struct an_arena_chunk an_arena_chunk;

typedef struct {
    an_arena_chunk *head;
    size_t used;      /* bytes used in head */
    size_t cap;       /* capacity of head */
    size_t total;     /* bytes obtained from malloc, for accounting */
} an_arena;

void an_arena_init(an_arena *a);
void an_arena_free(an_arena *a);
/* Memory aligned for any type; NULL when out of memory. */
void *an_arena_alloc(an_arena *a, size_t size);
void *an_arena_calloc(an_arena *a, size_t n, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *an_arena_strndup(an_arena *a, const char *s, size_t len);
/* Grows an array of elements of `size` bytes to hold at least `need` of them; copies the
 * old elements. Returns 0 on success. */
int an_arena_grow(an_arena *a, void **data, size_t *cap, size_t need, size_t size);

#endif
