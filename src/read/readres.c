/* readres.c - loading the reader's tables (data/entities.txt, timezones.txt, furniture.txt,
 * credits.txt, outlets.txt) once; afterwards they are only read, by any thread. */
#include <stdlib.h>
#include <string.h>

#include "core/data.h"
#include "read/plaintext.h"

static int hex_value(const char *s, size_t len, long *out) {
    long v = 0;
    if (len == 0 || len > 6) return -1;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0'
              : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    *out = v;
    return 0;
}

static int load_entities(an_strtab *t) {
    size_t len;
    const char *data = an_data("entities.txt", &len);
    if (!data) return -1;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *name, *hex;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t name_len = an_field_next(&line, &n, &name);
        size_t hex_len = an_field_next(&line, &n, &hex);
        long cp;
        if (hex_value(hex, hex_len, &cp) != 0 || cp <= 0 || cp > 0x10FFFF) continue;
        if (an_strtab_put(t, name, name_len, (int)cp) != 0) return -1;
    }
    return 0;
}

/* "+HH:MM" or "-HH:MM" -> minutes; -100000 when malformed. */
static int offset_minutes(const char *s, size_t len) {
    if (len != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return -100000;
    for (size_t i = 1; i < 6; i++)
        if (i != 3 && (s[i] < '0' || s[i] > '9')) return -100000;
    int m = ((s[1] - '0') * 10 + (s[2] - '0')) * 60 + (s[4] - '0') * 10 + (s[5] - '0');
    return s[0] == '-' ? -m : m;
}

static int load_timezones(an_strtab *t) {
    size_t len;
    const char *data = an_data("timezones.txt", &len);
    if (!data) return -1;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *abbr, *off, *rule;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t abbr_len = an_field_next(&line, &n, &abbr);
        size_t off_len = an_field_next(&line, &n, &off);
        size_t rule_len = an_field_next(&line, &n, &rule);
        int minutes = offset_minutes(off, off_len);
        if (minutes == -100000) continue;
        int kind = AN_TZ_FIXED;
        if (rule_len == 2 && memcmp(rule, "us", 2) == 0) kind = AN_TZ_US;
        if (rule_len == 2 && memcmp(rule, "eu", 2) == 0) kind = AN_TZ_EU;
        if (an_strtab_put(t, abbr, abbr_len, AN_TZ_VALUE(minutes, kind)) != 0) return -1;
    }
    return 0;
}

static int load_patterns(const char *file, struct an_pattern **out, size_t *count) {
    size_t len;
    const char *data = an_data(file, &len);
    if (!data) return -1;
    an_lines it;
    const char *line;
    size_t n, total = 0;
    an_lines_init(&it, data, len);
    while (an_lines_next(&it, &line, &n)) total++;
    *out = calloc(total ? total : 1, sizeof **out);
    if (!*out) return -1;
    an_lines_init(&it, data, len);
    *count = 0;
    while (an_lines_next(&it, &line, &n)) {
        struct an_pattern *p = &(*out)[(*count)++];
        p->s = line;
        p->len = n;
        p->fixed = 1;
        for (size_t i = 0; i < n; i++) {
            if (line[i] == '*') {
                p->fixed = 0;
            } else if (n - i >= 3 && memcmp(line + i, "{n}", 3) == 0) {
                p->fixed = 0;
                p->min_len++;
                i += 2;
            } else {
                p->min_len++;
            }
        }
    }
    return 0;
}

static int by_key(const void *a, const void *b) {
    const struct an_pattern *x = a, *y = b;
    int kx = an_pattern_key(x->s, x->len, 1), ky = an_pattern_key(y->s, y->len, 1);
    if (kx != ky) return kx - ky;
    return x->s < y->s ? -1 : x->s > y->s; /* file order within a bucket */
}

/* Sorts the furniture patterns into buckets so a line is tried only on those that can
 * match its first character. */
static void index_furniture(an_read_res *r) {
    qsort(r->furniture, r->n_furniture, sizeof *r->furniture, by_key);
    size_t i = 0;
    for (int k = 0; k <= 256; k++) {
        r->furniture_at[k] = i;
        while (i < r->n_furniture && an_pattern_key(r->furniture[i].s, r->furniture[i].len, 1) == k) i++;
    }
}

static int by_first_byte(const void *a, const void *b) {
    const struct an_pattern *x = a, *y = b;
    int bx = (unsigned char)x->s[0], by = (unsigned char)y->s[0];
    if (bx != by) return bx - by;
    return x->s < y->s ? -1 : x->s > y->s;
}

/* Buckets the credit markers by first byte, so a line is scanned once. */
static void index_credits(an_read_res *r) {
    qsort(r->credits, r->n_credits, sizeof *r->credits, by_first_byte);
    size_t i = 0;
    for (int b = 0; b <= 256; b++) {
        r->credits_at[b] = i;
        while (i < r->n_credits && (unsigned char)r->credits[i].s[0] == b) i++;
    }
}

static int load_outlets(an_strtab *t) {
    size_t len;
    const char *data = an_data("outlets.txt", &len);
    if (!data) return -1;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *name, *kind;
    size_t n;
    char low[128];
    while (an_lines_next(&it, &line, &n)) {
        size_t name_len = an_field_next(&line, &n, &name);
        size_t kind_len = an_field_next(&line, &n, &kind);
        if (name_len == 0 || name_len > sizeof low) continue;
        int flag = AN_OUTLET_NAME;
        if (kind_len == 4 && memcmp(kind, "word", 4) == 0) flag = AN_OUTLET_WORD;
        if (kind_len == 4 && memcmp(kind, "role", 4) == 0) flag = AN_OUTLET_ROLE;
        for (size_t i = 0; i < name_len; i++)
            low[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] | 0x20) : name[i];
        int old = 0;
        an_strtab_get(t, low, name_len, &old);
        if (an_strtab_put(t, low, name_len, old | flag) != 0) return -1;
    }
    return 0;
}

int an_read_res_load(an_read_res *r) {
    memset(r, 0, sizeof *r);
    an_strtab_init(&r->entities);
    an_strtab_init(&r->timezones);
    an_strtab_init(&r->outlets);
    if (load_entities(&r->entities) != 0 || load_timezones(&r->timezones) != 0 ||
        load_patterns("furniture.txt", &r->furniture, &r->n_furniture) != 0 ||
        load_patterns("credits.txt", &r->credits, &r->n_credits) != 0 ||
        load_outlets(&r->outlets) != 0) {
        an_read_res_free(r);
        return -1;
    }
    index_furniture(r);
    index_credits(r);
    return 0;
}

void an_read_res_free(an_read_res *r) {
    an_strtab_free(&r->entities);
    an_strtab_free(&r->timezones);
    an_strtab_free(&r->outlets);
    free(r->furniture);
    free(r->credits);
    memset(r, 0, sizeof *r);
}
