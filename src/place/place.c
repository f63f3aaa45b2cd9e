/* place.c - the places stage's resources (word lists, the mapped gazetteer) and its entry
 * point. */
#include "place/place.h"

#include <stdlib.h>
#include <string.h>

#include "core/data.h"
#include "place/mention.h"

#ifndef ANNALS_GAZETTEER_PATH
#define ANNALS_GAZETTEER_PATH "build/gazetteer.bin"
#endif

const char *an_place_default_path(void) { return ANNALS_GAZETTEER_PATH; }

/* ASCII lower case of s into out; 0 when it does not fit. */
static size_t lower_copy(const char *s, size_t len, char *out, size_t cap) {
    if (len >= cap) return 0;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        out[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    out[len] = '\0';
    return len;
}

static unsigned class_bit(const char *s, size_t len) {
    static const char *const names[] = {"common", "org", "street", "admin", "city",
                                        "inst", "time", "dir", "prep", "first", "club", "person",
                                        "building", "lead", "body", "settle", "never", "ill",
                                        "weekday", "feature", "outlet"};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == len && memcmp(names[i], s, len) == 0) return 1u << i;
    return 0;
}

static int load_words(an_strtab *t, const char *file) {
    size_t len;
    const char *data = an_data(file, &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *word, *cls;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t wl = an_field_next(&line, &n, &word);
        size_t cl = an_field_next(&line, &n, &cls);
        char key[64];
        if (!lower_copy(word, wl, key, sizeof key)) continue;
        int old = 0;
        an_strtab_get(t, key, wl, &old);
        if (an_strtab_put(t, key, wl, old | (int)class_bit(cls, cl)) != 0) return -1;
    }
    return 0;
}

static int load_titles(an_strtab *t) {
    size_t len;
    const char *data = an_data("titles.txt", &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *title;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t tl = an_field_next(&line, &n, &title);
        char key[64];
        if (lower_copy(title, tl, key, sizeof key) && an_strtab_put(t, key, tl, 1) != 0)
            return -1;
    }
    return 0;
}

static int put_outlet(an_strtab *t, const char *s, size_t len, int cc) {
    char key[128];
    size_t klen = an_gaz_fold(s, len, key, sizeof key);
    return klen ? an_strtab_put(t, key, klen, cc) : 0;
}

/* NAME<TAB>media<TAB>CC<TAB>ALIAS|ALIAS lines of data/actors.txt. */
static int load_outlets(an_strtab *t) {
    size_t len;
    const char *data = an_data("actors.txt", &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *name, *kind, *cc, *aliases;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t nl = an_field_next(&line, &n, &name);
        size_t kl = an_field_next(&line, &n, &kind);
        size_t cl = an_field_next(&line, &n, &cc);
        size_t al = an_field_next(&line, &n, &aliases);
        if (kl != 5 || memcmp(kind, "media", 5) != 0 || cl != 2) continue;
        int code = (cc[0] - 'A') * 26 + (cc[1] - 'A');
        if (put_outlet(t, name, nl, code) != 0) return -1;
        while (al > 0) {
            const char *bar = memchr(aliases, '|', al);
            size_t one = bar ? (size_t)(bar - aliases) : al;
            if (put_outlet(t, aliases, one, code) != 0) return -1;
            if (!bar) break;
            al -= one + 1;
            aliases = bar + 1;
        }
    }
    return 0;
}

/* NAME<TAB>CC lines of data/jurisdictions.txt. */
static int load_jurisdictions(an_strtab *t) {
    size_t len;
    const char *data = an_data("jurisdictions.txt", &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *name, *cc;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t nl = an_field_next(&line, &n, &name);
        size_t cl = an_field_next(&line, &n, &cc);
        if (cl != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') continue;
        if (put_outlet(t, name, nl, (cc[0] - 'A') * 26 + (cc[1] - 'A')) != 0) return -1;
    }
    return 0;
}

static int is_code(const char *s, size_t n) {
    return n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

/* NEW<TAB>OLD<TAB>YYYY-MM-DD lines of data/country-splits.txt. */
static void load_splits(an_place_res *r) {
    size_t len;
    const char *data = an_data("country-splits.txt", &len);
    if (!data) return;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *now, *was, *date;
    size_t n;
    while (an_lines_next(&it, &line, &n) && r->n_splits < AN_PLACE_MAX_SPLITS) {
        size_t nl = an_field_next(&line, &n, &now);
        size_t wl = an_field_next(&line, &n, &was);
        size_t dl = an_field_next(&line, &n, &date);
        if (!is_code(now, nl) || !is_code(was, wl) || dl != 10) continue;
        an_place_split *s = &r->splits[r->n_splits++];
        memcpy(s->now, now, 2);
        memcpy(s->was, was, 2);
        memcpy(s->date, date, 10);
    }
}

void an_place_country_at(const an_place_res *r, const char *published, char cc[3]) {
    size_t pl = published ? strcspn(published, "T ") : 0;
    if (pl < 4 || !cc[0]) return;
    if (pl > 10) pl = 10;
    /* back in time: each step only takes a split older than the one before ("CZ" before
     * 1993 is Czechoslovakia's CS, which must not go on to Yugoslavia's split of 2003) */
    char bound[11] = "9999-99-99";
    for (int steps = 0; steps < 8; steps++) {
        const an_place_split *best = NULL;
        for (int i = 0; i < r->n_splits; i++) {
            const an_place_split *s = &r->splits[i];
            if (memcmp(s->now, cc, 2) != 0 || memcmp(s->date, bound, 10) > 0) continue;
            /* the article is wholly before the split at the date's own precision */
            if (memcmp(published, s->date, pl) >= 0) continue;
            if (!best || memcmp(s->date, best->date, 10) < 0) best = s;
        }
        if (!best) return;
        memcpy(cc, best->was, 2);
        memcpy(bound, best->date, 10);
    }
}

int an_place_jurisdiction(const an_place_res *r, const char *s, size_t len) {
    char key[128];
    size_t klen = an_gaz_fold(s, len, key, sizeof key);
    int code;
    return klen && an_strtab_get(&r->juris, key, klen, &code) ? code : -1;
}

void an_place_outlet_country(const an_place_res *r, const annals_doc *doc, char cc[3]) {
    cc[0] = '\0';
    const char *o = doc->field[ANNALS_FIELD_OUTLET];
    char key[128];
    size_t klen = o ? an_gaz_fold(o, strlen(o), key, sizeof key) : 0;
    int code;
    if (klen > 4 && memcmp(key, "the ", 4) == 0) {
        memmove(key, key + 4, klen - 3);
        klen -= 4;
    }
    if (!klen || !an_strtab_get(&r->outlets, key, klen, &code) || code < 0 || code >= 26 * 26) return;
    cc[0] = (char)('A' + code / 26);
    cc[1] = (char)('A' + code % 26);
    cc[2] = '\0';
}

int an_place_res_load(an_place_res *r, const char *path) {
    memset(r, 0, sizeof *r);
    an_strtab_init(&r->words);
    an_strtab_init(&r->titles);
    an_strtab_init(&r->outlets);
    an_strtab_init(&r->own);
    an_strtab_init(&r->juris);
    if (load_words(&r->words, "nonplaces.txt") != 0 || load_titles(&r->titles) != 0 ||
        load_words(&r->own, "nonplaces.txt") != 0 || load_words(&r->own, "place-words.txt") != 0 ||
        load_outlets(&r->outlets) != 0 || load_jurisdictions(&r->juris) != 0)
        return -1;
    load_splits(r);
    if (!path || !*path) path = getenv("ANNALS_GAZETTEER");
    if (!path || !*path) path = ANNALS_GAZETTEER_PATH;
    r->have_gaz = an_gaz_open(&r->gaz, path, r->error, sizeof r->error) == 0;
    return 0;
}

void an_place_res_free(an_place_res *r) {
    an_gaz_close(&r->gaz);
    an_strtab_free(&r->words);
    an_strtab_free(&r->titles);
    an_strtab_free(&r->outlets);
    an_strtab_free(&r->own);
    an_strtab_free(&r->juris);
}

unsigned an_place_word(const an_place_res *r, const char *s, size_t len) {
    char key[64];
    int v = 0;
    if (!lower_copy(s, len, key, sizeof key)) return 0;
    an_strtab_get(&r->words, key, len, &v);
    return (unsigned)v;
}

int an_place_is_title(const an_place_res *r, const char *s, size_t len) {
    char key[64];
    if (!lower_copy(s, len, key, sizeof key)) return 0;
    return an_strtab_get(&r->titles, key, len, NULL);
}

unsigned an_place_word_own(const an_place_res *r, const char *s, size_t len) {
    char key[64];
    int v = 0;
    if (!lower_copy(s, len, key, sizeof key)) return 0;
    an_strtab_get(&r->own, key, len, &v);
    return (unsigned)v;
}

int an_place_doc(const an_place_res *r, annals_doc *doc) {
    if (!r->have_gaz) return 0;
    an_place_ctx c = {0};
    c.r = r;
    c.doc = doc;
    int rc = an_place_recognise(&c);
    if (rc == 0) rc = an_place_resolve(&c);
    const char *pub = doc->field[ANNALS_FIELD_PUBLISHED];
    for (size_t i = 0; rc == 0 && pub && i < doc->places.n; i++)
        an_place_country_at(r, pub, doc->places.v[i].country);
    for (size_t i = 0; rc == 0 && pub && i < doc->named_in.n; i++)
        an_place_country_at(r, pub, doc->named_in.v[i].country);
    for (size_t i = 0; rc == 0 && pub && i < doc->demonyms.n; i++)
        an_place_country_at(r, pub, doc->demonyms.v[i].country);
    free(c.m);
    free(c.dem);
    free(c.people);
    free(c.lower_set);
    free(c.classes);
    return rc;
}
