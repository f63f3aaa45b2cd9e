/* dict.c - actor dictionaries in the TABARI / PETRARCH format, so that an analyst's own
 * dictionaries (or the Phoenix ones event coders share) name actors beside the project's
 * lexicon:
 *
 *   BARACK_OBAMA                   a name: words joined by _ (a trailing _ changes nothing)
 *   +PRESIDENT_OBAMA               another name of the same actor
 *       [USAELI 780101-000101]     its code between two dates (YYMMDD) ...
 *       [USAGOV >090120]           ... and after one (<YYMMDD: before)
 *   HAMAS_ [PSEREB]                a name with its code on the same line
 *
 * Names without a code take the codes that follow them. A code's first three letters are a
 * country (ISO 3166-1 alpha-3) or an international actor (IGO, NGO, IMG ...), the three
 * after say what kind of actor it is (GOV, MIL, REB ...). The project's own entries win
 * where both name one, and names the gazetteer knows are left to the places stage, which
 * already makes "Kabul said" the Afghan government: a dictionary that files Kabul under
 * AFG would make every bombing in Kabul an act of Afghanistan. Agent lines ([~MIL]) and
 * the format's macros are not read. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "actor/actor.h"
#include "core/buf.h"
#include "core/data.h"
#include "core/utf8.h"

#define NAME_CAP 200
#define MAX_CODES 8

typedef struct {
    char cc[3];
    int kind;
    int32_t from, to;
} dict_code;

typedef struct {
    char *name;     /* canonical, in the arena */
    char **aliases; /* folded or as written, in the arena */
    size_t n_aliases, cap_aliases;
} dict_head;

typedef struct {
    an_actor_res *r;
    const an_place_res *places;
    dict_head *heads;
    size_t n_heads, cap_heads;
    dict_code codes[MAX_CODES];
    size_t n_codes;
    int coded; /* a code was read since the last name without one */
} dict_block;

/* What the agent part of a code says an actor is (-1: not one we keep apart). */
static int agent_kind(const char *a) {
    static const struct {
        const char *code;
        int kind;
    } map[] = {{"GOV", AN_ACTOR_GOVERNMENT}, {"HOS", AN_ACTOR_GOVERNMENT},
               {"LEG", AN_ACTOR_GOVERNMENT}, {"JUD", AN_ACTOR_GOVERNMENT},
               {"SPY", AN_ACTOR_GOVERNMENT}, {"ELI", AN_ACTOR_PERSON},
               {"MIL", AN_ACTOR_MILITARY},   {"COP", AN_ACTOR_POLICE},
               {"REB", AN_ACTOR_ARMED_GROUP}, {"INS", AN_ACTOR_ARMED_GROUP},
               {"SEP", AN_ACTOR_ARMED_GROUP}, {"UAF", AN_ACTOR_ARMED_GROUP},
               {"IMG", AN_ACTOR_ARMED_GROUP}, {"RAD", AN_ACTOR_ARMED_GROUP},
               {"OPP", AN_ACTOR_PARTY},      {"PTY", AN_ACTOR_PARTY},
               {"MED", AN_ACTOR_MEDIA},      {"CVL", AN_ACTOR_GROUP_OF_PEOPLE},
               {"REF", AN_ACTOR_GROUP_OF_PEOPLE}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (memcmp(a, map[i].code, 3) == 0) return map[i].kind;
    return AN_ACTOR_ORGANISATION;
}

/* Codes of no state: international bodies and movements. */
static int international(const char *c) {
    static const char *const intl[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"};
    for (size_t i = 0; i < sizeof intl / sizeof *intl; i++)
        if (memcmp(c, intl[i], 3) == 0) return 1;
    return 0;
}

/* YYMMDD as YYYYMMDD (years before 30 are this century's, as the format's files use). */
static int32_t date_of(const char *s, size_t n) {
    if (n != 6) return -1;
    for (size_t i = 0; i < 6; i++)
        if (s[i] < '0' || s[i] > '9') return -1;
    int32_t yy = (s[0] - '0') * 10 + (s[1] - '0');
    int32_t rest = (int32_t)strtol((char[5]){s[2], s[3], s[4], s[5], 0}, NULL, 10);
    return (yy < 30 ? 2000 + yy : 1900 + yy) * 10000 + rest;
}

/* "[USAGOV >090120]" (the brackets' inside) into a code; 0, or -1 when it is none we use. */
static int parse_code(const char *s, size_t n, dict_code *c) {
    size_t k = 0;
    while (k < n && s[k] >= 'A' && s[k] <= 'Z') k++;
    if (k < 3) return -1; /* "---", "~MIL" */
    *c = (dict_code){.from = 0, .to = AN_DATE_OPEN};
    if (international(s)) {
        c->kind = agent_kind(s);
    } else if (an_country_alpha3(s, c->cc) == 0) {
        c->kind = k >= 6 ? agent_kind(s + 3) : AN_ACTOR_COUNTRY;
    } else {
        return -1; /* a code of the format's own (a region, a dissolved state) */
    }
    const char *d = s + k;
    size_t dn = n - k;
    while (dn && *d == ' ') d++, dn--;
    if (dn == 0) return 0;
    if (*d == '>' || *d == '<') {
        int32_t day = date_of(d + 1, dn - 1);
        if (day < 0) return -1;
        if (*d == '>') c->from = day;
        else c->to = day;
        return 0;
    }
    const char *dash = memchr(d, '-', dn);
    if (!dash) return -1;
    c->from = date_of(d, (size_t)(dash - d));
    c->to = date_of(dash + 1, dn - (size_t)(dash - d) - 1);
    return c->from < 0 || c->to < 0 ? -1 : 0;
}

/* A name as the format writes it into words: "_" to spaces, "(AAIA)" dropped; 0 for one
 * that is not UTF-8 (a record's names always are). */
static size_t clean_name(const char *s, size_t n, char out[NAME_CAP]) {
    if (an_utf8_check(s, n) != n) return 0;
    size_t o = 0;
    int paren = 0;
    for (size_t i = 0; i < n && o + 1 < NAME_CAP; i++) {
        char ch = s[i];
        if (ch == '(') paren = 1;
        if (!paren) {
            if (ch == '_') ch = ' ';
            if (ch != ' ' || (o > 0 && out[o - 1] != ' ')) out[o++] = ch;
        }
        if (ch == ')') paren = 0;
    }
    o = an_utf8_check(out, o); /* a long name cut inside a character */
    while (o > 0 && out[o - 1] == ' ') o--;
    out[o] = 0;
    return o;
}

/* "BARACK OBAMA" -> "Barack Obama"; a short one-word name is an acronym ("NATO"), and a
 * word with dots stays as written ("U.N."). */
static void title_case(char *s, size_t n) {
    if (!memchr(s, ' ', n) && n <= 4) return;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '-') j++;
        if (!memchr(s + i, '.', j - i))
            for (size_t k = i + 1; k < j; k++)
                if (s[k] >= 'A' && s[k] <= 'Z') s[k] = (char)(s[k] + 32);
        i = j + 1;
    }
}

/* Whether the name is a person's: two words or more, none a word of bodies or agents
 * ("ministry", "forces"), which make it an organisation's. */
static int person_name(const an_actor_res *r, const char *s, size_t n) {
    if (!memchr(s, ' ', n)) return 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        char w[64];
        size_t wl = j - i;
        if (wl == 0 || wl >= sizeof w) return 0;
        for (size_t k = 0; k < wl; k++) {
            char ch = s[i + k];
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == '-' ||
                  ch == '\''))
                return 0;
            w[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        int v;
        if ((wl == 3 && memcmp(w, "the", 3) == 0) || an_strtab_get(&r->bodies, w, wl, &v) ||
            (an_strtab_get(&r->agents, w, wl, &v) && v >= 0))
            return 0;
        i = j + 1;
    }
    return 1;
}

/* Whether the gazetteer holds the name as a place's (or a people's). */
static int place_name(const an_place_res *places, const char *s, size_t n) {
    if (!places || !places->have_gaz) return 0;
    char key[NAME_CAP * 2];
    size_t kl = an_gaz_fold(s, n, key, sizeof key);
    const an_gaz_slot *slot = kl ? an_gaz_find(&places->gaz, key, kl) : NULL;
    return slot && AN_GAZ_COUNT(slot) > 0;
}

static int add_alias_text(dict_block *b, dict_head *h, const char *s, size_t n) {
    char name[NAME_CAP];
    size_t len = clean_name(s, n, name);
    if (len == 0) return 0;
    char **p = an_array_room(h->aliases, h->n_aliases, &h->cap_aliases, sizeof *p, 8);
    if (!p) return -1;
    h->aliases = p;
    if (!(h->aliases[h->n_aliases] = an_arena_strndup(&b->r->dict_names, name, len))) return -1;
    h->n_aliases++;
    return 0;
}

static int new_head(dict_block *b, const char *s, size_t n) {
    char name[NAME_CAP];
    size_t len = clean_name(s, n, name);
    if (len == 0) return 0;
    dict_head *p = an_array_room(b->heads, b->n_heads, &b->cap_heads, sizeof *p, 8);
    if (!p) return -1;
    b->heads = p;
    dict_head *h = &b->heads[b->n_heads++];
    *h = (dict_head){0};
    title_case(name, len);
    if (!(h->name = an_arena_strndup(&b->r->dict_names, name, len))) return -1;
    return add_alias_text(b, h, s, n);
}

/* The entries of one name, a code each, chained; the first one's index. */
static int add_entries(dict_block *b, const dict_head *h) {
    an_actor_res *r = b->r;
    size_t nl = strlen(h->name);
    int person = person_name(r, h->name, nl), first = -1, prev = -1;
    for (size_t c = 0; c < b->n_codes; c++) {
        const dict_code *k = &b->codes[c];
        int idx;
        an_actor_entry *e = an_actor_new_entry(
            r, h->name, nl, person && k->kind != AN_ACTOR_COUNTRY ? AN_ACTOR_PERSON : k->kind, &idx);
        if (!e) return -1;
        memcpy(e->cc, k->cc, 3);
        e->from_dict = 1;
        e->from = k->from, e->to = k->to;
        if (prev >= 0) r->entries[prev].next = idx;
        else first = idx;
        prev = idx;
    }
    return first;
}

/* The names read since the last block, with the codes that followed them, into the
 * lexicon. A short one-word name is an acronym, matched only in capitals ("UN", not the
 * "Un" of a sentence). */
static int flush(dict_block *b) {
    for (size_t i = 0; i < b->n_heads; i++) {
        dict_head *h = &b->heads[i];
        int entry = b->n_codes ? add_entries(b, h) : -2;
        if (entry == -1) return -1;
        for (size_t a = 0; entry >= 0 && a < h->n_aliases; a++) {
            const char *al = h->aliases[a];
            size_t n = strlen(al);
            if (place_name(b->places, al, n)) continue;
            int short_word = n <= 3 && !memchr(al, ' ', n);
            if (short_word ? an_strtab_put(&b->r->exact, al, n, entry) != 0
                           : an_actor_add_folded(b->r, al, n, entry) != 0)
                return -1;
        }
        free(h->aliases);
        h->aliases = NULL;
    }
    b->n_heads = 0;
    b->n_codes = 0;
    b->coded = 0;
    return 0;
}

/* One line of the file, comments cut off and trimmed. */
static int read_line(dict_block *b, const char *s, size_t n) {
    if (n == 0 || memchr(s, '=', n)) return 0; /* a macro ("!PERSON! = MAN, MEN") */
    if (*s == '[') {
        const char *end = memchr(s, ']', n);
        dict_code c;
        if (end && b->n_codes < MAX_CODES && parse_code(s + 1, (size_t)(end - s - 1), &c) == 0)
            b->codes[b->n_codes++] = c;
        b->coded = 1;
        return 0;
    }
    if (*s == '+') return b->n_heads ? add_alias_text(b, &b->heads[b->n_heads - 1], s + 1, n - 1) : 0;
    if (b->coded && flush(b) != 0) return -1;
    const char *code = memchr(s, '[', n);
    size_t name_len = code ? (size_t)(code - s) : n;
    if (new_head(b, s, name_len) != 0) return -1;
    return code ? read_line(b, code, n - name_len) : 0;
}

int an_actor_dict_load(an_actor_res *r, const an_place_res *places, const char *path,
                       char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    dict_block b = {.r = r, .places = places};
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int rc = 0;
    while (rc == 0 && (got = getline(&line, &cap, f)) >= 0) {
        size_t n = (size_t)got;
        const char *hash = memchr(line, '#', n);
        if (hash) n = (size_t)(hash - line);
        const char *s = line;
        while (n && (*s == ' ' || *s == '\t')) s++, n--;
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
            n--;
        rc = read_line(&b, s, n);
    }
    if (rc == 0 && ferror(f)) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        rc = -1;
    } else if (rc == 0) {
        b.coded = 1;
        rc = flush(&b);
    }
    if (rc != 0 && !err[0]) snprintf(err, errlen, "%s: out of memory", path);
    for (size_t i = 0; i < b.n_heads; i++) free(b.heads[i].aliases);
    free(b.heads);
    free(line);
    fclose(f);
    return rc;
}

const an_actor_entry *an_actor_entry_at(const an_actor_res *r, int entry, int32_t date) {
    const an_actor_entry *e = &r->entries[entry];
    if (e->next < 0) return e;
    const an_actor_entry *open = NULL, *latest = e;
    for (int i = entry; i >= 0; i = r->entries[i].next) {
        const an_actor_entry *v = &r->entries[i];
        if (date && v->from <= date && date <= v->to) return v;
        if (v->from == 0 && v->to == AN_DATE_OPEN) open = v;
        if (v->from > latest->from) latest = v;
    }
    return open ? open : latest;
}
