/* lines.c - reading the line-oriented data files. */
#include "data.h"

#include <string.h>

void an_lines_init(an_lines *it, const char *data, size_t len) {
    it->p = data;
    it->end = data ? data + len : data;
}

int an_lines_next(an_lines *it, const char **line, size_t *len) {
    while (it->p && it->p < it->end) {
        const char *s = it->p;
        const char *nl = memchr(s, '\n', (size_t)(it->end - s));
        const char *e = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        const char *hash = memchr(s, '#', (size_t)(e - s));
        /* a '#' starts a comment only at the start of a line or after white space */
        if (hash && !(hash == s || hash[-1] == ' ' || hash[-1] == '\t')) hash = NULL;
        if (hash) e = hash;
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        if (e > s) {
            *line = s;
            *len = (size_t)(e - s);
            return 1;
        }
    }
    return 0;
}

size_t an_field_next(const char **line, size_t *len, const char **field) {
    const char *s = *line;
    const char *tab = memchr(s, '\t', *len);
    size_t n = tab ? (size_t)(tab - s) : *len;
    *field = s;
    if (tab) {
        /* several tabs in a row separate one field, so columns can be aligned */
        const char *next = tab;
        while (next < s + *len && *next == '\t') next++;
        *len -= (size_t)(next - s);
        *line = next;
    } else {
        *line = s + *len;
        *len = 0;
    }
    return n;
}

int an_data_each(const char *name, an_entry_fn fn, void *ctx) {
    size_t len;
    const char *data = an_data(name, &len);
    an_lines it;
    an_lines_init(&it, data, data ? len : 0);
    const char *line;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        an_field f[AN_FIELDS];
        for (int k = 0; k < AN_FIELDS; k++) f[k].n = an_field_next(&line, &n, &f[k].s);
        int rc = fn(ctx, f);
        if (rc) return rc;
    }
    return 0;
}

int an_field_is(const an_field *f, const char *w) {
    size_t n = strlen(w);
    return f->n == n && memcmp(f->s, w, n) == 0;
}
