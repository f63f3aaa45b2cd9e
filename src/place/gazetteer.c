/* gazetteer.c - mapping the gazetteer file and looking names up in it. */
#include "place/gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "core/utf8.h"

static const char gaz_magic[8] = {'A', 'N', 'G', 'A', 'Z', '0', '2', '\0'};

static uint32_t rd32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Checks that the sections the header names lie inside the file. */
static int gaz_layout(an_gazetteer *g) {
    const unsigned char *h = g->map + 8;
    uint32_t n_ent = rd32(h), n_slots = rd32(h + 4), n_post = rd32(h + 8), pool = rd32(h + 12);
    uint64_t off_e = rd32(h + 16), off_s = rd32(h + 20), off_p = rd32(h + 24), off_pool = rd32(h + 28);
    if (n_slots == 0 || (n_slots & (n_slots - 1)) != 0) return -1;
    if (off_e + (uint64_t)n_ent * sizeof(an_gaz_entry) > g->size ||
        off_s + (uint64_t)n_slots * sizeof(an_gaz_slot) > g->size ||
        off_p + (uint64_t)n_post * 4 > g->size || off_pool + pool > g->size || pool == 0 ||
        off_e % 8 || off_s % 8 || off_p % 4)
        return -1;
    g->entries = (const an_gaz_entry *)(const void *)(g->map + off_e);
    g->n_entries = n_ent;
    g->slots = (const an_gaz_slot *)(const void *)(g->map + off_s);
    g->slot_mask = n_slots - 1;
    g->post = (const uint32_t *)(const void *)(g->map + off_p);
    g->n_post = n_post;
    g->pool = (const char *)(g->map + off_pool);
    g->pool_size = pool;
    return 0;
}

int an_gaz_open(an_gazetteer *g, const char *path, char *err, size_t errlen) {
    memset(g, 0, sizeof *g);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "gazetteer %s: %s (build it with make)", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < 64) {
        snprintf(err, errlen, "gazetteer %s: empty or unreadable", path);
        close(fd);
        return -1;
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        snprintf(err, errlen, "gazetteer %s: cannot map: %s", path, strerror(errno));
        return -1;
    }
    g->map = m;
    g->size = (size_t)st.st_size;
    if (memcmp(g->map, gaz_magic, 8) != 0 || gaz_layout(g) != 0) {
        snprintf(err, errlen, "gazetteer %s: not a gazetteer of this version (rebuild with make)",
                 path);
        an_gaz_close(g);
        return -1;
    }
    return 0;
}

void an_gaz_close(an_gazetteer *g) {
    if (g->map) munmap((void *)g->map, g->size);
    memset(g, 0, sizeof *g);
}

static uint64_t fnv1a(const char *s, size_t len) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return h ? h : 1;
}

const an_gaz_slot *an_gaz_find(const an_gazetteer *g, const char *key, size_t len) {
    if (!g->map || len == 0) return NULL;
    uint64_t h = fnv1a(key, len);
    for (uint32_t i = (uint32_t)h & g->slot_mask;; i = (i + 1) & g->slot_mask) {
        const an_gaz_slot *s = &g->slots[i];
        if (s->hash == 0) return NULL;
        if (s->hash == h) return s;
    }
}

/* ---- folding --------------------------------------------------------------------- */

typedef struct {
    char *out;
    size_t cap, n;
    int space; /* a space is pending */
    int failed;
} fold_out;

static void put_byte(fold_out *o, char c) {
    if (c == ' ') {
        if (o->n > 0) o->space = 1;
        return;
    }
    if (o->space) {
        if (o->n + 1 >= o->cap) { o->failed = 1; return; }
        o->out[o->n++] = ' ';
        o->space = 0;
    }
    if (o->n + 1 >= o->cap) { o->failed = 1; return; }
    o->out[o->n++] = c;
}

static void put_str(fold_out *o, const char *s) {
    while (*s) put_byte(o, *s++);
}

/* Letters that do not decompose into a base letter and a mark. */
static const char *fold_special(int32_t cp) {
    switch (cp) {
    case 0xF8: return "o";
    case 0x142: return "l";
    case 0x111: return "d";
    case 0xE6: return "ae";
    case 0x153: return "oe";
    case 0x131: return "i";
    case 0xF0: return "d";
    case 0xFE: return "th";
    case 0x127: return "h";
    case 0x167: return "t";
    case 0x14B: return "n";
    case 0x138: return "k";
    default: return NULL;
    }
}

static int fold_drops(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2BC || cp == 0x2BB ||
           cp == '`' || cp == 0xB4;
}

static int fold_spaces(int32_t cp) {
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == '.' || cp == ',' || cp == '/' ||
           cp == '(' || cp == ')' || cp == '"' || an_uc_is_space(cp);
}

/* One code point after decomposition and case folding. */
static void fold_cp(fold_out *o, int32_t cp) {
    if (fold_drops(cp)) return;
    if (fold_spaces(cp)) { put_byte(o, ' '); return; }
    const char *sp = fold_special(cp);
    if (sp) { put_str(o, sp); return; }
    char buf[4];
    size_t n = an_utf8_encode((uint32_t)cp, buf);
    for (size_t i = 0; i < n; i++) put_byte(o, buf[i]);
}

static void fold_nonascii(fold_out *o, int32_t cp) {
    utf8proc_int32_t dec[8];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, dec, 8, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
        &last);
    if (n < 0 || n > 8) {
        fold_cp(o, cp);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < n; i++) fold_cp(o, dec[i]);
}

/* What an ASCII byte folds to: itself in lower case, ' ' for a space, 0 when dropped.
 * Names are folded at every look-up, a million bytes for 600 articles. */
static unsigned char ascii_fold[128];
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;

static void build_ascii_fold(void) {
    for (int c = 0; c < 128; c++)
        ascii_fold[c] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32)
                        : fold_drops(c)      ? 0
                        : fold_spaces(c) || c < 0x20 ? ' ' : (unsigned char)c;
}

size_t an_gaz_fold(const char *s, size_t len, char *out, size_t cap) {
    fold_out o = {out, cap, 0, 0, 0};
    const unsigned char *u = (const unsigned char *)s;
    pthread_once(&ascii_once, build_ascii_fold);
    for (size_t i = 0; i < len && !o.failed;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (ascii_fold[c]) put_byte(&o, (char)ascii_fold[c]);
            i++;
            continue;
        }
        size_t adv;
        int32_t cp = an_utf8_decode(u + i, len - i, &adv);
        i += adv;
        if (cp >= 0) fold_nonascii(&o, cp);
    }
    if (o.failed) return 0;
    out[o.n] = '\0';
    return o.n;
}
