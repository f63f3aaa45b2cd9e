/* lexicon.c - loading the actors stage's lexicons: data/actors.txt, data/figures.txt,
 * data/agents.txt,
 * data/titles.txt, data/bodies.txt, and country names from the gazetteer. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "actor/actor.h"
#include "core/data.h"

static int kind_of(const char *s, size_t len) {
    static const char *const kinds[] = {"country", "government", "military", "police",
                                        "armed_group", "party", "organisation", "person",
                                        "group_of_people", "media"};
    for (int i = 0; i < 10; i++)
        if (strlen(kinds[i]) == len && memcmp(kinds[i], s, len) == 0) return i;
    if (len == 4 && memcmp(s, "verb", 4) == 0) return AN_AGENT_VERB;
    if (len == 5 && memcmp(s, "thing", 5) == 0) return AN_AGENT_THING;
    return -1;
}

static int all_caps(const char *s, size_t len) {
    int letters = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 'a' && s[i] <= 'z') return 0;
        letters += s[i] >= 'A' && s[i] <= 'Z';
    }
    return letters > 0;
}

/* Adds key -> value and marks each word prefix of key with -1 (unless it is a key). */
static int put_with_prefixes(an_strtab *t, const char *key, size_t len, int value) {
    for (size_t i = 1; i < len; i++) {
        if (key[i] != ' ') continue;
        if (!an_strtab_get(t, key, i, NULL) && an_strtab_put(t, key, i, -1) != 0) return -1;
    }
    int old;
    if (an_strtab_get(t, key, len, &old) && old >= 0) return 0; /* the first entry wins */
    return an_strtab_put(t, key, len, value);
}

int an_actor_add_alias(an_actor_res *r, const char *s, size_t len, int entry) {
    if (len == 0) return 0;
    if (all_caps(s, len)) return an_strtab_put(&r->exact, s, len, entry);
    return an_actor_add_folded(r, s, len, entry);
}

int an_actor_add_folded(an_actor_res *r, const char *s, size_t len, int entry) {
    char key[256];
    size_t klen = an_gaz_fold(s, len, key, sizeof key);
    return klen ? put_with_prefixes(&r->lexicon, key, klen, entry) : 0;
}

/* "Colin Powell" -> "Powell", for a title before it ("Secretary Powell"); a surname two
 * persons bear is marked -2. */
static int add_surname(an_actor_res *r, const char *name, size_t nl, int idx) {
    const char *w = name + nl;
    while (w > name && w[-1] != ' ') w--;
    if (w == name) return 0;
    size_t len = (size_t)(name + nl - w);
    int old;
    if (!an_strtab_get(&r->surnames, w, len, &old)) return an_strtab_put(&r->surnames, w, len, idx);
    return old == idx ? 0 : an_strtab_put(&r->surnames, w, len, -2);
}

an_actor_entry *an_actor_new_entry(an_actor_res *r, const char *name, size_t nl, int kind,
                                   int *idx) {
    an_actor_entry *v = an_array_room(r->entries, r->n_entries, &r->cap_entries, sizeof *v, 128);
    if (!v) return NULL;
    r->entries = v;
    *idx = (int)r->n_entries++;
    an_actor_entry *e = &r->entries[*idx];
    memset(e, 0, sizeof *e);
    e->name = name;
    e->name_len = nl;
    e->kind = (uint8_t)kind;
    e->from = 0, e->to = AN_DATE_OPEN, e->next = -1;
    return e;
}

/* One named actor with its aliases (separated by |). */
static int add_named(an_actor_res *r, const char *name, size_t nl, int k, const char *cc,
                     size_t cl, const char *role, size_t rl, const char *aliases, size_t al) {
    int idx;
    an_actor_entry *e = an_actor_new_entry(r, name, nl, k, &idx);
    if (!e) return -1;
    e->role = rl ? role : NULL;
    e->role_len = rl;
    if (cl == 2) memcpy(e->cc, cc, 2);
    if (an_actor_add_alias(r, name, nl, idx) != 0) return -1;
    if (k == AN_ACTOR_PERSON && add_surname(r, name, nl, idx) != 0) return -1;
    while (al > 0) {
        const char *bar = memchr(aliases, '|', al);
        size_t one = bar ? (size_t)(bar - aliases) : al;
        if (an_actor_add_alias(r, aliases, one, idx) != 0) return -1;
        if (!bar) break;
        al -= one + 1;
        aliases = bar + 1;
    }
    return 0;
}

/* NAME<TAB>KIND<TAB>CC<TAB>ALIASES (data/actors.txt). */
static int add_entry(an_actor_res *r, const char *line, size_t n) {
    const char *name, *kind, *cc, *aliases;
    size_t nl = an_field_next(&line, &n, &name);
    size_t kl = an_field_next(&line, &n, &kind);
    size_t cl = an_field_next(&line, &n, &cc);
    size_t al = an_field_next(&line, &n, &aliases);
    int k = kind_of(kind, kl);
    if (nl == 0 || k < 0 || k == AN_AGENT_VERB || k == AN_AGENT_THING) return 0;
    return add_named(r, name, nl, k, cc, cl, NULL, 0, aliases, al);
}

/* NAME<TAB>CC<TAB>ROLE<TAB>ALIASES (data/figures.txt): a person. */
static int add_figure(an_actor_res *r, const char *line, size_t n) {
    const char *name, *cc, *role, *aliases;
    size_t nl = an_field_next(&line, &n, &name);
    size_t cl = an_field_next(&line, &n, &cc);
    size_t rl = an_field_next(&line, &n, &role);
    size_t al = an_field_next(&line, &n, &aliases);
    if (nl == 0) return 0;
    return add_named(r, name, nl, AN_ACTOR_PERSON, cc, cl, role, rl, aliases, al);
}

static int load_named(an_actor_res *r, const char *file,
                      int (*add)(an_actor_res *, const char *, size_t)) {
    size_t len;
    const char *data = an_data(file, &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line;
    size_t n;
    while (an_lines_next(&it, &line, &n))
        if (add(r, line, n) != 0) return -1;
    return 0;
}

static int load_actors(an_actor_res *r) {
    return load_named(r, "actors.txt", add_entry) != 0 ||
                   load_named(r, "figures.txt", add_figure) != 0
               ? -1
               : 0;
}

/* A two-column file (TEXT<TAB>KIND) into a lower-cased table with prefixes. */
/* Loads WORD<TAB>KIND lines; fixed_value > 0 stores it instead of the kind, < 0 stores
 * the kind, or person for a kind that is no actor's ("religious", "honorific"). */
/* The third column of agents.txt: "back" or "back-only" (AN_BACK_*), else 0. */
static int back_of(const char *s, size_t len) {
    if (len == 4 && memcmp(s, "back", 4) == 0) return AN_BACK;
    if (len == 9 && memcmp(s, "back-only", 9) == 0) return AN_BACK_ONLY;
    return 0;
}

static int load_pairs(an_strtab *t, const char *file, int fixed_value, an_strtab *back) {
    size_t len;
    const char *data = an_data(file, &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *word, *kind, *third;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t wl = an_field_next(&line, &n, &word);
        size_t kl = an_field_next(&line, &n, &kind);
        size_t tl = an_field_next(&line, &n, &third);
        int k = fixed_value > 0 ? fixed_value : kind_of(kind, kl);
        if (fixed_value < 0 && k < 0) k = AN_ACTOR_PERSON;
        char key[128];
        if (k < 0 || wl == 0 || wl >= sizeof key) continue;
        for (size_t i = 0; i < wl; i++)
            key[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
        if (put_with_prefixes(t, key, wl, k) != 0) return -1;
        int b = back && tl ? back_of(third, tl) : 0;
        if (b && an_strtab_put(back, key, wl, b) != 0) return -1;
    }
    return 0;
}

/* data/combining-forms.txt: FORM<TAB>CC, stored lower-cased as c0 * 256 + c1. */
static int load_combining(an_strtab *t) {
    size_t len;
    const char *data = an_data("combining-forms.txt", &len);
    if (!data) return 0;
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *word, *cc;
    size_t n;
    while (an_lines_next(&it, &line, &n)) {
        size_t wl = an_field_next(&line, &n, &word);
        size_t cl = an_field_next(&line, &n, &cc);
        char key[32];
        if (wl == 0 || wl >= sizeof key || cl != 2) continue;
        for (size_t i = 0; i < wl; i++)
            key[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
        if (an_strtab_put(t, key, wl, cc[0] * 256 + cc[1]) != 0) return -1;
    }
    return 0;
}

/* Countries come first in the gazetteer: their names, by code. */
static void load_country_names(an_actor_res *r, const an_place_res *places) {
    if (!places || !places->have_gaz) return;
    const an_gazetteer *g = &places->gaz;
    for (uint32_t i = 0; i < g->n_entries; i++) {
        const an_gaz_entry *e = an_gaz_entry_at(g, i);
        if (e->kind != AN_GAZ_COUNTRY && e->kind != AN_GAZ_DEMONYM) break;
        if (e->kind != AN_GAZ_COUNTRY || e->cc[0] < 'A' || e->cc[1] < 'A' || e->cc[0] > 'Z' ||
            e->cc[1] > 'Z')
            continue;
        char *dst = r->country_name[(e->cc[0] - 'A') * 26 + (e->cc[1] - 'A')];
        const char *nm = an_gaz_name(g, e);
        size_t nl = strlen(nm);
        if (nl >= sizeof r->country_name[0]) nl = sizeof r->country_name[0] - 1;
        memcpy(dst, nm, nl);
        dst[nl] = '\0';
    }
}

int an_actor_res_load(an_actor_res *r, const an_place_res *places) {
    memset(r, 0, sizeof *r);
    an_arena_init(&r->dict_names);
    an_strtab_init(&r->lexicon);
    an_strtab_init(&r->exact);
    an_strtab_init(&r->agents);
    an_strtab_init(&r->titles);
    an_strtab_init(&r->bodies);
    an_strtab_init(&r->back);
    an_strtab_init(&r->combining);
    an_strtab_init(&r->surnames);
    if (load_combining(&r->combining) != 0 || load_actors(r) != 0 ||
        load_pairs(&r->agents, "agents.txt", 0, &r->back) != 0 ||
        load_pairs(&r->bodies, "bodies.txt", 0, NULL) != 0 ||
        load_pairs(&r->titles, "titles.txt", -1, NULL) != 0)
        return -1;
    load_country_names(r, places);
    return 0;
}

void an_actor_res_free(an_actor_res *r) {
    an_strtab_free(&r->lexicon);
    an_strtab_free(&r->exact);
    an_strtab_free(&r->agents);
    an_strtab_free(&r->titles);
    an_strtab_free(&r->bodies);
    an_strtab_free(&r->back);
    an_strtab_free(&r->combining);
    an_strtab_free(&r->surnames);
    an_arena_free(&r->dict_names);
    free(r->entries);
    r->entries = NULL;
}
