/* xmlmem.c - libxml2's small allocations while it parses a page come from a bump arena: a
 * page is some 9,000 small blocks (nodes, attributes, their strings, the parser's scratch
 * copies), and malloc and free of each took a sixth of the time of reading HTML.
 *
 * The hooks are installed once for the process (xmlMemSetup) and pass through to the
 * allocator found before them whenever the calling thread has no arena taking blocks, for
 * blocks of BIG bytes and more, and for every block outside the thread's arena; freeing a
 * block of the arena does nothing: it all goes at once in an_xml_arena_end. When no block
 * from malloc is left alive since the page began, the tree is all in the arena and
 * xmlFreeDoc's walk is skipped. Another thread, or a program of its own using libxml2,
 * sees malloc as before. */
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "web/page.h"

#define BIG 32768u              /* the input copy and long texts: few, go to malloc */
#define FIRST_CHUNK (256u << 10)
#define LAST_CHUNK (8u << 20)   /* chunks double up to this */
#define HEAD 16u                /* a block's size before it, keeping 16-byte alignment */

struct an_xchunk {
    an_xchunk *next;
    size_t cap, used;
    max_align_t data[];
};

static xmlFreeFunc prev_free;
static xmlMallocFunc prev_malloc;
static xmlReallocFunc prev_realloc;
static xmlStrdupFunc prev_strdup;
static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;
static int installed;

#define SPARE_MAX (4u << 20) /* chunks a thread keeps for its next page */

static _Thread_local an_xml_arena *current;
/* Chunks kept from the thread's last page: fresh memory for every page cost a page fault
 * every 4 KB. The key's destructor frees them when the thread ends. */
static _Thread_local an_xchunk *spare;
static pthread_key_t spare_key;

static int owns(const an_xml_arena *a, const void *p) {
    const char *b = p;
    for (const an_xchunk *c = a->chunks; c; c = c->next)
        if (b >= (const char *)c->data && b < (const char *)c->data + c->used) return 1;
    return 0;
}

static void *arena_alloc(an_xml_arena *a, size_t n) {
    size_t need = HEAD + ((n + 15) & ~(size_t)15);
    an_xchunk *c = a->chunks;
    if (!c || c->cap - c->used < need) {
        an_xchunk *fresh = spare;
        if (fresh) {
            spare = fresh->next;
            pthread_setspecific(spare_key, spare);
        } else {
            size_t cap = c ? c->cap * 2 : FIRST_CHUNK;
            if (cap > LAST_CHUNK) cap = LAST_CHUNK;
            fresh = malloc(sizeof *fresh + cap);
            if (!fresh) return NULL;
            fresh->cap = cap;
        }
        fresh->next = c;
        fresh->used = 0;
        a->chunks = c = fresh;
    }
    char *b = (char *)c->data + c->used;
    c->used += need;
    memcpy(b, &n, sizeof n);
    return b + HEAD;
}

/* Blocks from malloc while an arena is current are listed until freed: when none is left,
 * the whole tree is in the arena and xmlFreeDoc need not walk it. */
static void note_outside(an_xml_arena *a, void *p) {
    if (!p) return;
    if (a->n_outside < AN_XML_OUTSIDE) a->outside[a->n_outside++] = p;
    else a->lost = 1;
}

static int find_outside(const an_xml_arena *a, const void *p) {
    for (int i = 0; i < a->n_outside; i++)
        if (a->outside[i] == p) return i;
    return -1;
}

static void *hook_malloc(size_t n) {
    an_xml_arena *a = current;
    if (a && a->taking && n < BIG) return arena_alloc(a, n);
    void *p = prev_malloc(n);
    if (a) note_outside(a, p);
    return p;
}

static void hook_free(void *p) {
    an_xml_arena *a = current;
    if (p && a) {
        if (owns(a, p)) return;
        int i = find_outside(a, p);
        if (i >= 0) a->outside[i] = a->outside[--a->n_outside];
    }
    prev_free(p);
}

static void *hook_realloc(void *p, size_t n) {
    if (!p) return hook_malloc(n);
    an_xml_arena *a = current;
    if (!a) return prev_realloc(p, n);
    if (!owns(a, p)) {
        int i = find_outside(a, p);
        void *q = prev_realloc(p, n);
        if (q && i >= 0) a->outside[i] = q;
        return q;
    }
    size_t old;
    memcpy(&old, (char *)p - HEAD, sizeof old);
    if (n <= old) return p;
    void *q = hook_malloc(n);
    if (q) memcpy(q, p, old);
    return q;
}

static char *hook_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = hook_malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static void free_chunks(void *list) {
    for (an_xchunk *c = list, *next; c; c = next) {
        next = c->next;
        free(c);
    }
}

static void install(void) {
    if (pthread_key_create(&spare_key, free_chunks) != 0) return;
    if (xmlMemGet(&prev_free, &prev_malloc, &prev_realloc, &prev_strdup) != 0 || !prev_free ||
        !prev_malloc || !prev_realloc || !prev_strdup)
        return;
    installed = xmlMemSetup(hook_free, hook_malloc, hook_realloc, hook_strdup) == 0;
}

void an_xml_arena_begin(an_xml_arena *a) {
    pthread_once(&hooks_once, install);
    a->chunks = NULL;
    a->taking = 1;
    a->n_outside = a->lost = 0;
    current = a;
}

int an_xml_arena_holds_all(const an_xml_arena *a) {
    return installed && a->chunks && a->n_outside == 0 && !a->lost;
}

void an_xml_arena_stop(an_xml_arena *a) { a->taking = 0; }

void an_xml_arena_end(an_xml_arena *a) {
    /* libxml2 keeps a copy of the last error per thread, its strings maybe in the arena:
     * dropped while its blocks are still known */
    xmlResetLastError();
    current = NULL;
    size_t kept = 0;
    for (an_xchunk *c = spare; c; c = c->next) kept += c->cap;
    for (an_xchunk *c = a->chunks, *next; c; c = next) {
        next = c->next;
        if (kept + c->cap <= SPARE_MAX) {
            kept += c->cap;
            c->next = spare;
            spare = c;
        } else {
            free(c);
        }
    }
    if (installed) pthread_setspecific(spare_key, spare);
    a->chunks = NULL;
}
