/* actor.c - the actors stage: a left-to-right scan of each sentence that tries, at each
 * token, a named actor, a titled person, a country or demonym with an agent noun, and a
 * bare agent noun; then places used for their government ("Moscow said"). */
#include "actor/actor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TOKENS 8
#define KEY_CAP 256

/* The last answer of country_of_n for n tokens: the rules ask it of the same token two
 * or three times in a row, and each asking folds the words and probes the gazetteer. */
typedef struct {
    size_t i, end; /* the token and its sentence's end; i = SIZE_MAX when empty */
    int ok, plural;
    char cc[3];
} country_memo;

/* The places stage's mentions at one token: places' indices, or -1. */
typedef struct {
    int starts, ends; /* the first place with a country starting, ending here */
    int in_place;     /* some place overlaps the token */
} place_at;

typedef struct {
    const an_actor_res *r;
    const an_place_res *places;
    annals_doc *doc;
    const char *text;
    size_t first, end; /* the sentence's tokens */
    int where;
    char doc_cc[3];    /* the country the document is most about */
    int last_group;    /* the last named armed group, for "the militants", or -1 */
    country_memo *memo; /* [0] for one token, [1] for two */
    const place_at *at; /* per token of the document */
    int32_t date;       /* the article's date as YYYYMMDD, 0 when unknown: which code of a
                           dictionary's name holds */
} scan;

static const an_token *tok(const scan *s, size_t i) { return &s->doc->tokens.v[i]; }

/* An agents-table value that names an actor (not a verb, not a thing). */
static int agent_kind(int kind) { return kind != AN_AGENT_VERB && kind != AN_AGENT_THING; }

static int is_word(const an_token *t) {
    return t->kind == ANNALS_TOKEN_WORD || t->kind == ANNALS_TOKEN_ABBREV;
}

static int is_cap(const an_token *t) {
    return is_word(t) && (t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS));
}

/* Inline, so that the length of a literal word is known when compiling. */
static inline __attribute__((always_inline)) int tok_is(const scan *s, size_t i,
                                                        const char *w) {
    const an_token *t = tok(s, i);
    size_t n = strlen(w);
    return t->end - t->start == n && memcmp(s->text + t->start, w, n) == 0;
}

static const char *country_name(const scan *s, const char cc[2]) {
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return NULL;
    const char *n = s->r->country_name[(cc[0] - 'A') * 26 + (cc[1] - 'A')];
    return *n ? n : NULL;
}

static int add_actor(scan *s, size_t t0, size_t t1, const char *name, size_t name_len,
                     int kind, const char *cc, const char *role, size_t role_len) {
    an_actor *a = AN_PUSH(s->doc, actors);
    if (!a) return -1;
    a->start = tok(s, t0)->start;
    a->end = tok(s, t1 - 1)->end;
    a->where = s->where;
    a->kind = (uint8_t)kind;
    if (cc && cc[0]) memcpy(a->country, cc, 2);
    a->name = an_arena_strndup(&s->doc->arena, name, name_len);
    if (role) a->role = an_arena_strndup(&s->doc->arena, role, role_len);
    return a->name && (!role || a->role) ? 0 : -1;
}

/* ---- the places stage's mentions, token by token ---------------------------------- */

/* The token index where byte offset `start` of string `where` begins, or SIZE_MAX. */
static size_t token_at(const annals_doc *doc, int where, size_t start) {
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const an_token *t = &doc->tokens.v[mid];
        if (t->where < where || (t->where == where && t->start < start))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < doc->tokens.n && doc->tokens.v[lo].where == where && doc->tokens.v[lo].start == start)
        return lo;
    return SIZE_MAX;
}

/* The first token of string `where` ending after byte b (or of a later string). */
static size_t token_ending_after(const annals_doc *doc, int where, size_t b) {
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const an_token *t = &doc->tokens.v[mid];
        if (t->where < where || (t->where == where && t->end <= b))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Marks the tokens place k overlaps, and the first place with a country that starts or
 * ends at each token: looked up per token, an article of many places stays linear. */
static void mark_place(const annals_doc *doc, size_t k, place_at *at) {
    const an_place *p = &doc->places.v[k];
    for (size_t t = token_ending_after(doc, p->where, p->start); t < doc->tokens.n; t++) {
        const an_token *x = &doc->tokens.v[t];
        if (x->where != p->where || x->start >= p->end) break;
        at[t].in_place = 1;
    }
    if (!p->country[0]) return;
    size_t first = token_at(doc, p->where, p->start);
    if (first != SIZE_MAX && at[first].starts < 0) at[first].starts = (int)k;
    size_t last = p->end ? token_ending_after(doc, p->where, p->end - 1) : SIZE_MAX;
    if (last < doc->tokens.n && doc->tokens.v[last].where == p->where &&
        doc->tokens.v[last].end == p->end && at[last].ends < 0)
        at[last].ends = (int)k;
}

static place_at *places_by_token(const annals_doc *doc) {
    place_at *at = malloc((doc->tokens.n ? doc->tokens.n : 1) * sizeof *at);
    if (!at) return NULL;
    for (size_t t = 0; t < doc->tokens.n; t++) at[t] = (place_at){-1, -1, 0};
    for (size_t k = 0; k < doc->places.n; k++) mark_place(doc, k, at);
    return at;
}

/* ---- look-ups over token runs ------------------------------------------------------ */

/* Longest run [i, j) whose lower-cased text (single spaces) is in t; value in *v. */
static size_t longest_lower(const scan *s, const an_strtab *t, size_t i, int *v) {
    char key[KEY_CAP];
    size_t klen = 0, best = 0;
    for (size_t j = i; j < s->end && j < i + MAX_TOKENS; j++) {
        const an_token *k = tok(s, j);
        size_t n = k->end - k->start;
        if (!is_word(k) || klen + n + 2 > sizeof key) break;
        if (j > i) key[klen++] = ' ';
        for (size_t b = 0; b < n; b++) {
            char ch = s->text[k->start + b];
            key[klen++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
        }
        int val;
        if (!an_strtab_get(t, key, klen, &val)) break;
        if (val >= 0) best = j + 1, *v = val;
    }
    return best;
}

/* Token i has a capital letter ("Hamas", "al-Qaeda"). */
static int has_capital(const scan *s, size_t i) {
    for (size_t b = tok(s, i)->start; b < tok(s, i)->end; b++)
        if (s->text[b] >= 'A' && s->text[b] <= 'Z') return 1;
    return 0;
}

/* Longest named actor at token i: [i, return) and its entry. */
static size_t named_actor(const scan *s, size_t i, int *entry) {
    const an_token *t0 = tok(s, i);
    if (t0->flags & ANNALS_TOKEN_ALLCAPS &&
        an_strtab_get(&s->r->exact, s->text + t0->start, t0->end - t0->start, entry))
        return i + 1;
    if (!has_capital(s, i)) return 0; /* "a legal guardian" is no newspaper */
    char key[KEY_CAP];
    size_t best = 0;
    for (size_t j = i; j < s->end && j < i + MAX_TOKENS; j++) {
        size_t klen = an_gaz_fold(s->text + t0->start, tok(s, j)->end - t0->start, key, sizeof key);
        int v;
        if (!klen || !an_strtab_get(&s->r->lexicon, key, klen, &v)) break;
        if (v >= 0 && is_word(tok(s, j))) best = j + 1, *entry = v;
    }
    return best;
}

/* A country, or a demonym of one: "Texan" and "Londoner" name no state actor. */
static int of_country(const an_gazetteer *g, const an_gaz_entry *e) {
    if (e->kind != AN_GAZ_DEMONYM || e->a1 < 0 || (uint32_t)e->a1 >= g->n_entries) return 1;
    return an_gaz_entry_at(g, (uint32_t)e->a1)->kind == AN_GAZ_COUNTRY;
}

/* The country n tokens from i name as a demonym ("Syrian", "Turkish-backed", "South
 * Korean") or a country name. */
static int name_country(const scan *s, const char *p, size_t len, char cc[3], int *plural);

static int country_lookup(const scan *s, size_t i, size_t n, char cc[3], int *plural) {
    const an_token *t = tok(s, i);
    *plural = 0;
    if (!is_cap(t) || !s->places->have_gaz || i + n > s->end) return 0;
    if (n > 1 && !is_cap(tok(s, i + n - 1))) return 0;
    const char *p = s->text + t->start;
    size_t len = tok(s, i + n - 1)->end - t->start;
    const char *h = n == 1 ? memchr(p, '-', len) : NULL;
    /* "a British-based monitor" says where it sits, not whose it is */
    if (h && (size_t)(p + len - h) == 6 && strncasecmp(h, "-based", 6) == 0) return 0;
    if (h) len = (size_t)(h - p); /* "Turkish-backed" */
    return name_country(s, p, len, cc, plural);
}

/* The country the words [p, p + len) name as a demonym or a country's name. */
static int name_country(const scan *s, const char *p, size_t len, char cc[3], int *plural) {
    char key[128];
    size_t klen = an_gaz_fold(p, len, key, sizeof key);
    const an_gazetteer *g = &s->places->gaz;
    const an_gaz_slot *sl = klen ? an_gaz_find(g, key, klen) : NULL;
    for (uint32_t k = 0; sl && k < AN_GAZ_COUNT(sl); k++) {
        uint32_t post = g->post[sl->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(post));
        if (AN_GAZ_POST_QUALITY(post) < AN_GAZ_MAIN || !of_country(g, e)) continue;
        if (e->kind == AN_GAZ_DEMONYM || e->kind == AN_GAZ_COUNTRY) {
            memcpy(cc, e->cc, 2);
            cc[2] = '\0';
            const char *nm = an_gaz_name(g, e);
            size_t nl = strlen(nm);
            /* "Syrians" is the plural of "Syrian"; "Swiss" is no plural */
            *plural = e->kind == AN_GAZ_DEMONYM && key[klen - 1] == 's' && nl > 0 && nm[nl - 1] != 's';
            return 1;
        }
    }
    return 0;
}

static int country_of_n(const scan *s, size_t i, size_t n, char cc[3], int *plural) {
    if (!is_cap(tok(s, i))) { /* most words: no need of the memo */
        *plural = 0;
        return 0;
    }
    country_memo *m = n == 1 || n == 2 ? &s->memo[n - 1] : NULL;
    if (m && m->i == i && m->end == s->end) {
        *plural = m->plural;
        if (m->ok) memcpy(cc, m->cc, 3);
        return m->ok;
    }
    char found[3] = "";
    int ok = country_lookup(s, i, n, found, plural);
    if (ok) memcpy(cc, found, 3);
    if (m) *m = (country_memo){i, s->end, ok, *plural, {found[0], found[1], found[2]}};
    return ok;
}

static int country_of(const scan *s, size_t i, char cc[3], int *plural) {
    return country_of_n(s, i, 1, cc, plural);
}

/* ---- the rules -------------------------------------------------------------------- */

static void country_before(const scan *s, size_t i, char cc[3]);
static const char *place_country_at(const scan *s, size_t i, int ending);
static int name_word(const scan *s, size_t j);

static int add_agent(scan *s, size_t t0, size_t t1, size_t noun, int kind, const char *cc);

/* Whether the place found at token i outweighs a known figure's surname there: a country,
 * a region or a longer name always does, a town named like a world figure ("Blair",
 * "Clinton" are US towns) only after a preposition of place ("in Clinton"). */
static int place_outweighs_figure(const scan *s, size_t i) {
    if (!s->at[i].in_place) return 0;
    int k = s->at[i].starts;
    if (k < 0 || s->at[i].ends != k) return 1;
    uint8_t kind = s->doc->places.v[k].kind;
    if (kind != AN_PLACE_CITY && kind != AN_PLACE_ADMIN2 && kind != AN_PLACE_LANDMARK)
        return 1;
    static const char *const locative[] = {"in", "at", "near", "from", "to", "into",
                                           "outside", "of", "across", "around", "toward",
                                           "towards", "via", "through", "inside", "nearby"};
    if (i > s->first)
        for (size_t w = 0; w < sizeof locative / sizeof *locative; w++)
            if (tok_is(s, i - 1, locative[w])) return 1;
    return 0;
}

static int role_holds(const char *role, size_t rl, const char *t, size_t n);

static size_t try_named(scan *s, size_t i) {
    int entry = -1;
    size_t j = named_actor(s, i, &entry);
    if (!j || entry < 0) return 0;
    /* "IS" alone is too often something else: only with "the" or "group" around */
    const an_actor_entry *e = an_actor_entry_at(s->r, entry, s->date);
    /* a figure's surname where the places stage found a place is the place; before
     * another name it is someone's first name ("Blair Norton") */
    if (e->kind == AN_ACTOR_PERSON && j == i + 1 &&
        (place_outweighs_figure(s, i) || (j < s->end && tok(s, j)->kind == ANNALS_TOKEN_WORD &&
                               name_word(s, j))))
        return 0;
    /* after a first name that is not the figure's it is someone else's surname ("Bashar
     * Jaafari" is not Ibrahim al-Jaafari); not after a title ("Minister Lavrov") */
    int title_v, plural;
    char dem[3];
    if (e->kind == AN_ACTOR_PERSON && j == i + 1 && i > s->first && name_word(s, i - 1) &&
        tok(s, i - 1)->kind == ANNALS_TOKEN_WORD &&
        !longest_lower(s, &s->r->titles, i - 1, &title_v) &&
        !country_of(s, i - 1, dem, &plural)) {
        const an_token *f = tok(s, i - 1);
        size_t fl = f->end - f->start;
        if (!(e->name_len > fl && strncmp(e->name, s->text + f->start, fl) == 0 &&
              e->name[fl] == ' '))
            return 0;
    }
    /* after an office not the figure's, someone else's surname ("officer Blair") */
    if (e->kind == AN_ACTOR_PERSON && j == i + 1 && i > s->first &&
        longest_lower(s, &s->r->titles, i - 1, &title_v) == i && title_v != AN_ACTOR_PERSON &&
        !role_holds(e->role, e->role_len, s->text + tok(s, i - 1)->start,
                    tok(s, i - 1)->end - tok(s, i - 1)->start))
        return 0;
    int kind; /* "Hezbollah guerrillas", "Taliban fighters": the agent noun is the body's */
    size_t k = j < s->end ? longest_lower(s, &s->r->agents, j, &kind) : 0;
    int ekind = e->kind;
    if (k && agent_kind(kind) && !is_cap(tok(s, j)) && e->kind != AN_ACTOR_PERSON) {
        /* "Syria's UN ambassador", "Russia's UN envoy": a state's envoy to the body */
        char owner[3] = "";
        if (kind == AN_ACTOR_GOVERNMENT && !e->cc[0] && e->kind == AN_ACTOR_ORGANISATION)
            country_before(s, i, owner);
        if (owner[0])
            return add_agent(s, i, k, j, AN_ACTOR_GOVERNMENT, owner) != 0 ? (size_t)-1 : k;
        j = k;
    }
    if (k && kind == AN_ACTOR_GOVERNMENT && e->kind == AN_ACTOR_PERSON && !is_cap(tok(s, j))) {
        j = k; /* "the Bush administration", "the Assad regime" */
        ekind = AN_ACTOR_GOVERNMENT;
    }
    /* "Saudi Arabia's King Abdullah": a country just before a known person's name says
     * whose he is, where a name is shared */
    char cc[3];
    memcpy(cc, e->cc, 3);
    if (e->kind == AN_ACTOR_PERSON) {
        char before[3] = "";
        country_before(s, i, before);
        if (before[0]) memcpy(cc, before, 3);
    }
    const char *role = ekind == AN_ACTOR_PERSON ? e->role : NULL;
    if (add_actor(s, i, j, e->name, e->name_len, ekind, cc, role, e->role_len) != 0)
        return (size_t)-1;
    if (ekind == AN_ACTOR_ARMED_GROUP) s->last_group = (int)s->doc->actors.n - 1;
    return j;
}

/* "of the Russian Ministry of Defense" after a name: the body a person speaks for. */
static size_t affiliation(const scan *s, size_t j, size_t *a0) {
    if (j + 1 >= s->end || !tok_is(s, j, "of")) return 0;
    size_t k = j + 1;
    if (tok_is(s, k, "the")) k++;
    *a0 = k;
    size_t last = 0;
    for (; k < s->end && k < *a0 + 7; k++) {
        if (is_cap(tok(s, k)) || tok(s, k)->kind == ANNALS_TOKEN_ABBREV)
            last = k + 1;
        else if (!(tok_is(s, k, "of") || tok_is(s, k, "for") || tok_is(s, k, "and")))
            break;
    }
    return last;
}

/* Tokens [t0, t1) overlap a place found by the places stage: a title word that begins a
 * place name ("Prince Edward Island") makes no person. */
static int overlaps_place(const scan *s, size_t t0, size_t t1) {
    for (size_t t = t0; t < t1; t++)
        if (s->at[t].in_place) return 1;
    return 0;
}

/* A word of a person's name: capitalised and no ordinary or institutional word
 * ("Queen Elizabeth University Hospital" names no person). */
static int name_word(const scan *s, size_t j) {
    const an_token *t = tok(s, j);
    if (t->kind == ANNALS_TOKEN_ABBREV && t->end - t->start == 2 && s->text[t->start] >= 'A' &&
        s->text[t->start] <= 'Z')
        return 1; /* an initial: "George W. Bush" */
    const char *w = s->text + t->start;
    /* Arabic names keep their article in lower case: "Bashar al-Assad", "Abdel Fattah
     * el-Sisi" */
    if (t->kind == ANNALS_TOKEN_WORD && t->end - t->start > 4 && (w[0] == 'a' || w[0] == 'e') &&
        w[1] == 'l' && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z')
        return 1;
    if (!is_cap(t) || t->kind != ANNALS_TOKEN_WORD) return 0;
    unsigned cls = an_place_word(s->places, s->text + t->start, t->end - t->start);
    return (cls & ~(unsigned)AN_PW_PERSON) == 0; /* "Robert", "Hussein" are names */
}

/* A title word after a first name is a surname ("Tom King", "John Major"): no title
 * follows a name in news English. */
static int surname_title(const scan *s, size_t j, size_t t_end) {
    int v;
    const an_token *t = tok(s, j);
    return j > t_end && t->kind == ANNALS_TOKEN_WORD && is_cap(t) &&
           tok(s, j - 1)->kind == ANNALS_TOKEN_WORD &&
           longest_lower(s, &s->r->titles, j, &v) == j + 1;
}

/* The country of the named person at tokens [i, j) ("Vladimir Putin" in actors.txt). */
static int known_person(const scan *s, size_t i, size_t j, char cc[3]) {
    for (size_t k = i; k < j; k++) {
        int entry = -1;
        size_t end = named_actor(s, k, &entry);
        if (!end || entry < 0 || end > j) continue;
        const an_actor_entry *e = an_actor_entry_at(s->r, entry, s->date);
        if (e->kind != AN_ACTOR_PERSON || !e->cc[0]) continue;
        memcpy(cc, e->cc, 2);
        cc[2] = '\0';
        return 1;
    }
    return 0;
}

/* The country before a title: "Iraqi President", "Lebanon's new President", and over the
 * words of an office the titles list does not hold whole: "British Foreign Secretary",
 * "China's Vice Premier", "Iraqi Deputy Oil Minister". */
static void country_before(const scan *s, size_t i, char cc[3]) {
    int plural;
    size_t k = i;
    for (int office = 0; office < 3 && k > s->first; office++, k--) {
        if (country_of(s, k - 1, cc, &plural)) return;
        if (!is_cap(tok(s, k - 1)) || tok(s, k - 1)->kind != ANNALS_TOKEN_WORD) break;
    }
    if (k > s->first + 2 && !is_cap(tok(s, k - 1)) && tok(s, k - 1)->kind == ANNALS_TOKEN_WORD &&
        !tok_is(s, k - 1, "'s"))
        k--; /* "new", "former" */
    if (k > s->first + 1 && tok_is(s, k - 1, "'s") && !country_of(s, k - 2, cc, &plural)) {
        const char *owner = place_country_at(s, k - 2, 1); /* "Saudi Arabia's" */
        if (owner && owner[0]) memcpy(cc, owner, 3);
    }
}

/* Whether role `role` (a known figure's office) holds the title [t, t + n) ignoring
 * case: "Secretary" in "Secretary of State", "Prime Minister". */
static int role_holds(const char *role, size_t rl, const char *t, size_t n) {
    for (size_t at = 0; role && n && at + n <= rl; at++) {
        size_t k = 0;
        while (k < n && (role[at + k] | 32) == (t[k] | 32)) k++;
        if (k == n && (at + n == rl || role[at + n] == ' ')) return 1;
    }
    return 0;
}

/* The known figure a state's title and one name word name ("Secretary Powell" -> Colin
 * Powell, US): only where one figure bears the surname, his office holds the title and
 * the title's own country (cc, when given) is his. Returns the entry or NULL. */
static const an_actor_entry *titled_figure(const scan *s, size_t i, size_t t_end, const char *cc) {
    const an_token *w = tok(s, t_end);
    int entry = -1;
    const an_actor_entry *e = NULL;
    if (named_actor(s, t_end, &entry) == t_end + 1 && entry >= 0 &&
        an_actor_entry_at(s->r, entry, s->date)->kind == AN_ACTOR_PERSON) {
        e = an_actor_entry_at(s->r, entry, s->date); /* "Mr. Putin": a figure's own alias */
        /* under an office not his, the alias is someone else's surname ("Mayor Albright") */
        int v;
        const char *title = s->text + tok(s, i)->start;
        size_t tl = tok(s, t_end - 1)->end - tok(s, i)->start;
        if (longest_lower(s, &s->r->titles, i, &v) == t_end && v != AN_ACTOR_PERSON &&
            !role_holds(e->role, e->role_len, title, tl))
            return NULL;
    } else if (an_strtab_get(&s->r->surnames, s->text + w->start, w->end - w->start, &entry) &&
               entry >= 0) {
        e = an_actor_entry_at(s->r, entry, s->date);
        const char *title = s->text + tok(s, i)->start;
        size_t tl = tok(s, t_end - 1)->end - tok(s, i)->start;
        if (!role_holds(e->role, e->role_len, title, tl)) return NULL;
    }
    return !e || (cc[0] && e->cc[0] && memcmp(cc, e->cc, 2) != 0) ? NULL : e;
}

static size_t try_person(scan *s, size_t i) {
    int v;
    /* before the look-up: most words are not titles; a title in lower case ("former
     * president Carlos Menem") only right before a name */
    int lower = !is_cap(tok(s, i)), cap_near = 0;
    for (size_t k = i + 1; lower && k < s->end && k <= i + 3 && !cap_near; k++)
        cap_near = is_cap(tok(s, k));
    if (lower && !cap_near) return 0;
    size_t t_end = longest_lower(s, &s->r->titles, i, &v);
    if (!t_end) return 0;
    if (lower && ((v != AN_ACTOR_GOVERNMENT && v != AN_ACTOR_MILITARY && v != AN_ACTOR_PARTY) ||
                  t_end >= s->end || !is_cap(tok(s, t_end))))
        return 0;
    size_t j = t_end;
    while (j < s->end && j < t_end + 4 && (name_word(s, j) || surname_title(s, j, t_end))) j++;
    if (j == t_end || overlaps_place(s, i, i + 1)) return 0;
    if (j < s->end && is_cap(tok(s, j)) && tok(s, j)->kind == ANNALS_TOKEN_WORD) return 0;
    char cc[3] = "";
    int plural;
    country_before(s, i, cc);
    size_t a0 = 0, a1 = affiliation(s, j, &a0);
    for (size_t k = a0; a1 && k < a1 && !cc[0]; k++) country_of(s, k, cc, &plural);
    /* a lone name is a figure's only as titled_figure allows ("Mayor Albright" is not) */
    if (!cc[0] && j > t_end + 1) known_person(s, t_end, j, cc);
    const char *name = s->text + tok(s, t_end)->start;
    size_t name_len = tok(s, j - 1)->end - tok(s, t_end)->start;
    const an_actor_entry *fig = j == t_end + 1 ? titled_figure(s, i, t_end, cc) : NULL;
    if (fig) {
        name = fig->name, name_len = fig->name_len;
        if (!cc[0]) memcpy(cc, fig->cc, 3);
    }
    int state = v == AN_ACTOR_GOVERNMENT || v == AN_ACTOR_MILITARY || v == AN_ACTOR_POLICE;
    int guessed = !cc[0] && state && s->doc_cc[0];
    if (guessed) memcpy(cc, s->doc_cc, 3); /* "President X" of the country at hand */
    const char *role = s->text + tok(s, i)->start;
    size_t role_len = tok(s, t_end - 1)->end - tok(s, i)->start;
    if (add_actor(s, i, j, name, name_len, AN_ACTOR_PERSON, cc, role, role_len) != 0)
        return (size_t)-1;
    s->doc->actors.v[s->doc->actors.n - 1].country_guessed = (uint8_t)guessed;
    if (a1) {
        an_actor *a = &s->doc->actors.v[s->doc->actors.n - 1];
        a->affiliation = an_arena_strndup(&s->doc->arena, s->text + tok(s, a0)->start,
                                          tok(s, a1 - 1)->end - tok(s, a0)->start);
        if (!a->affiliation) return (size_t)-1;
    }
    return j;
}

/* The office of state at token k after an apposition's comma, as in "the Israeli prime
 * minister" or "Jordan's foreign minister": its country in cc and its end, else 0. */
static size_t apposed_office(const scan *s, size_t k, char cc[3]) {
    int plural, v;
    if (k < s->end && (tok_is(s, k, "the") || tok_is(s, k, "The"))) k++;
    if (k >= s->end) return 0;
    if (country_of_n(s, k, 2, cc, &plural) && !plural)
        k += 2;
    else if (country_of(s, k, cc, &plural) && !plural)
        k++;
    else
        return 0;
    if (k < s->end && tok_is(s, k, "'s")) k++;
    size_t t = k < s->end ? longest_lower(s, &s->r->titles, k, &v) : 0;
    if (!t || (v != AN_ACTOR_GOVERNMENT && v != AN_ACTOR_MILITARY && v != AN_ACTOR_POLICE))
        return 0;
    return t;
}

/* "Ehud Vardi, the Israeli prime minister, said": a full name with its office of state in
 * apposition is a person of that state, the office his role; the scan goes on after it. */
static size_t try_apposition(scan *s, size_t i) {
    const an_token *t0 = tok(s, i);
    if (t0->kind != ANNALS_TOKEN_WORD || !is_cap(t0)) return 0;
    size_t comma = i + 1; /* cheap first: capitalised words up to a comma */
    while (comma < s->end && comma < i + 4 && is_cap(tok(s, comma))) comma++;
    if (comma - i < 2 || comma >= s->end || !tok_is(s, comma, ",")) return 0;
    if (!name_word(s, i) || s->at[i].in_place) return 0;
    if (i > s->first && is_cap(tok(s, i - 1)) && !(tok(s, i - 1)->flags & ANNALS_TOKEN_SENT_START))
        return 0; /* the tail of a longer name */
    size_t j = i + 1;
    while (j < s->end && j < i + 4 && name_word(s, j) && !s->at[j].in_place) j++;
    if (j - i < 2 || j + 1 >= s->end || !tok_is(s, j, ",")) return 0;
    char cc[3] = "";
    size_t office_end = apposed_office(s, j + 1, cc);
    if (!office_end || !cc[0]) return 0;
    size_t o0 = office_end - 1;
    int v;
    while (o0 > j + 1 && longest_lower(s, &s->r->titles, o0 - 1, &v) == office_end) o0--;
    const char *role = s->text + tok(s, o0)->start;
    size_t role_len = tok(s, office_end - 1)->end - tok(s, o0)->start;
    const char *name = s->text + t0->start;
    size_t name_len = tok(s, j - 1)->end - t0->start;
    if (add_actor(s, i, j, name, name_len, AN_ACTOR_PERSON, cc, role, role_len) != 0)
        return (size_t)-1;
    return office_end; /* the office is his, no actor of its own */
}

static const char *kind_word(int kind) {
    switch (kind) {
    case AN_ACTOR_MILITARY: return "military";
    case AN_ACTOR_GOVERNMENT: return "government";
    case AN_ACTOR_POLICE: return "police";
    default: return NULL;
    }
}

/* An agent noun with its country: "<Country> government", or the words as written. */
static int add_agent(scan *s, size_t t0, size_t t1, size_t noun, int kind, const char *cc) {
    char name[128];
    const char *cn = cc[0] ? country_name(s, cc) : NULL;
    const char *kw = kind_word(kind);
    int n;
    if (cn && kw)
        n = snprintf(name, sizeof name, "%s %s", cn, kw);
    else if (cn)
        n = snprintf(name, sizeof name, "%s %.*s", cn, (int)(tok(s, t1 - 1)->end - tok(s, noun)->start),
                     s->text + tok(s, noun)->start);
    else
        n = snprintf(name, sizeof name, "%.*s", (int)(tok(s, t1 - 1)->end - tok(s, noun)->start),
                     s->text + tok(s, noun)->start);
    if (n < 0) return -1;
    return add_actor(s, t0, t1, name, (size_t)n < sizeof name ? (size_t)n : sizeof name - 1, kind,
                     cc, NULL, 0);
}

/* The kind of body a capitalised word names ("Union", "Ministry"), or -1. */
static int body_word(const scan *s, size_t j) {
    const an_token *t = tok(s, j);
    char key[32];
    size_t n = t->end - t->start;
    if (!is_cap(t) || n >= sizeof key) return -1;
    for (size_t b = 0; b < n; b++) {
        char ch = s->text[t->start + b];
        key[b] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    int v;
    return an_strtab_get(&s->r->bodies, key, n, &v) && v >= 0 ? v : -1;
}

/* "Nigerian Union of Teachers", "Serbian Workers' Union", "Lithuanian Parliament": a
 * country or demonym opening a capitalised name with a body word (data/bodies.txt). */
static size_t try_country_body(scan *s, size_t i) {
    static const char *const glue[] = {"of", "for", "and", "the", "'", "'s", NULL};
    char cc[3];
    int plural, kind = -1;
    size_t k = country_of_n(s, i, 2, cc, &plural) ? i + 2 : i + 1;
    if (k == i + 1 && !country_of(s, i, cc, &plural)) return 0;
    size_t end = 0;
    for (size_t j = k; j < s->end && j < k + 7; j++) {
        int g = 0;
        for (int w = 0; glue[w] && !g; w++) g = tok_is(s, j, glue[w]);
        /* "the United States and European Union": a state and another body, not one */
        if (g && j == k && (tok_is(s, j, "and") || tok_is(s, j, "the"))) break;
        /* "... Union of Teachers and the Serbian Workers' Union": another state's body */
        if (g && tok_is(s, j, "and")) {
            size_t n = j + 1 < s->end && tok_is(s, j + 1, "the") ? j + 2 : j + 1;
            char other[3];
            int pl;
            if (n < s->end && country_of(s, n, other, &pl)) break;
        }
        if (g) continue;
        if (!is_cap(tok(s, j))) break;
        int b = body_word(s, j);
        if (b >= 0 && kind < 0) kind = b;
        end = j + 1;
    }
    if (kind < 0) return 0;
    const char *name = s->text + tok(s, i)->start;
    size_t len = tok(s, end - 1)->end - tok(s, i)->start;
    return add_actor(s, i, end, name, len, kind, cc, NULL, 0) != 0 ? (size_t)-1 : end;
}

/* Agent nouns in a row are one agent: "intelligence officials", "army officers". */
static size_t more_agents(const scan *s, size_t j) {
    int kind;
    while (j < s->end && !is_cap(tok(s, j))) {
        size_t k = longest_lower(s, &s->r->agents, j, &kind);
        if (!k || !agent_kind(kind)) break;
        j = k;
    }
    return j;
}

/* A demonym (not a country's name, which is a place) before a word of a noun phrase:
 * "Israeli changes", "Hungarian and Romanian officials". */
static int demonym_before_noun(const scan *s, size_t i) {
    static const char *const stops[] = {"of", "in", "on", "at", "to", "for", "by", "from",
                                        "with", "is", "was", "are", "were", "said", "says", NULL};
    if (i + 1 >= s->end || overlaps_place(s, i, i + 1)) return 0;
    const an_token *n = tok(s, i + 1);
    if (n->kind != ANNALS_TOKEN_WORD || is_cap(n)) return 0;
    for (int k = 0; stops[k]; k++)
        if (tok_is(s, i + 1, stops[k])) return 0;
    return 1;
}

/* The state one half of a hyphenated pair names: a combining form ("Sino"), a country's
 * name ("US") or a demonym in the singular ("Japanese"). */
static int half_state(const scan *s, const char *p, size_t len, char cc[3]) {
    char key[32];
    int v, plural;
    if (len == 0 || len >= sizeof key) return 0;
    for (size_t k = 0; k < len; k++)
        key[k] = (p[k] >= 'A' && p[k] <= 'Z') ? (char)(p[k] + 32) : p[k];
    if (an_strtab_get(&s->r->combining, key, len, &v)) {
        cc[0] = (char)(v / 256), cc[1] = (char)(v % 256), cc[2] = '\0';
        return 1;
    }
    return name_country(s, p, len, cc, &plural) && !plural;
}

/* "Israeli-Palestinian talks", "US-Russian summit", "Sino-Japanese relations": a pair of
 * states joined by a hyphen before a noun are two actors, one on each half of the word
 * (each its own country). Returns 1 when added, 0 when no pair, -1 out of memory. */
static int state_pair(scan *s, size_t i) {
    const an_token *t = tok(s, i);
    const char *p = s->text + t->start, *h = memchr(p, '-', t->end - t->start);
    char cc[3], cc2[3];
    if (!h || t->kind != ANNALS_TOKEN_WORD || p[0] < 'A' || p[0] > 'Z' ||
        h + 1 >= s->text + t->end || h[1] < 'A' || h[1] > 'Z')
        return 0;
    size_t at = (size_t)(h + 1 - s->text);
    if (!half_state(s, p, (size_t)(h - p), cc) || !half_state(s, h + 1, t->end - at, cc2) ||
        !strcmp(cc2, cc))
        return 0;
    const char *n1 = country_name(s, cc), *n2 = country_name(s, cc2);
    if (!n1 || !n2) return 0;
    if (add_actor(s, i, i + 1, n1, strlen(n1), AN_ACTOR_COUNTRY, cc, NULL, 0) ||
        add_actor(s, i, i + 1, n2, strlen(n2), AN_ACTOR_COUNTRY, cc2, NULL, 0))
        return -1;
    an_actor *a = &s->doc->actors.v[s->doc->actors.n - 2];
    a[0].end = (size_t)(h - s->text); /* "Israeli" */
    a[1].start = at;                  /* "Palestinian" */
    return 1;
}

/* A hyphenated pair of states before a word of a noun phrase; the places stage may have
 * taken the first half for a place ("US" of "US-Russian talks"). */
static size_t try_state_pair(scan *s, size_t i) {
    const an_token *t = tok(s, i), *n = i + 1 < s->end ? tok(s, i + 1) : NULL;
    if (!n || !memchr(s->text + t->start, '-', t->end - t->start)) return 0;
    if (n->kind != ANNALS_TOKEN_WORD || is_cap(n)) return 0;
    int pair = state_pair(s, i);
    return pair < 0 ? (size_t)-1 : pair ? i + 1 : 0;
}

/* "The Israeli Prime Minister said": a title with no name after it is an office, an
 * agent of its state ("Prime Minister Ariel Sharon" is a person). */
static int bare_office(const scan *s, size_t i) {
    int v;
    size_t t = longest_lower(s, &s->r->titles, i, &v);
    if (!t || (v != AN_ACTOR_GOVERNMENT && v != AN_ACTOR_MILITARY)) return 0;
    return t >= s->end || !is_cap(tok(s, t)) || !is_word(tok(s, t));
}

/* "Iraqi Kurds", "Bosnian Muslims": a people written with a capital, of a state. */
static int people(const scan *s, size_t i) {
    int v;
    return longest_lower(s, &s->r->agents, i, &v) == i + 1 && v == AN_ACTOR_GROUP_OF_PEOPLE;
}

/* "Iraqi Kurdish leaders", "Lebanese Christian militias": one capitalised word naming a
 * community between the demonym at i and an agent noun in lower case. */
static int community_before_agent(const scan *s, size_t i, size_t w) {
    int kind;
    if (w != i + 1 || w + 1 >= s->end || !is_cap(tok(s, w)) || is_cap(tok(s, w + 1)) ||
        tok(s, w)->kind != ANNALS_TOKEN_WORD || s->at[w].in_place)
        return 0;
    size_t j = longest_lower(s, &s->r->agents, w + 1, &kind);
    return j && agent_kind(kind);
}

/* "Syrian army", "Russian aircraft", "Turkish-backed rebels"; "Syrians" alone; a bare
 * demonym before a noun stands for its country. */
static size_t try_country_agent(scan *s, size_t i) {
    char cc[3];
    int plural;
    size_t i0 = i;
    if (country_of_n(s, i, 2, cc, &plural)) /* "South Korean army" */
        i++;
    else if (!country_of(s, i, cc, &plural))
        return 0;
    /* ranks, and the words that say what kind of force ("Bangladeshi peacekeeping troops",
     * "Iraqi special forces", "Turkish riot police") */
    static const char *const ranks[] = {"junior", "senior", "former", "deputy", "acting", "top",
                                        "chief", "interim", "new", "outgoing", "local",
                                        "provincial", "regional", "federal", "peacekeeping",
                                        "special", "elite", "riot", "naval", "ground",
                                        "paramilitary", NULL};
    /* "ethnic Albanians in Serbia": a minority named by its people lives in another state,
     * the one the document is about */
    if (i0 > s->first && (tok_is(s, i0 - 1, "ethnic") || tok_is(s, i0 - 1, "Ethnic")) &&
        s->doc_cc[0])
        memcpy(cc, s->doc_cc, 3);
    int kind;
    size_t noun = i + 1, j = 0;
    for (; noun < s->end && noun <= i + 3 &&
           (!is_cap(tok(s, noun)) || bare_office(s, noun) || people(s, noun) ||
            community_before_agent(s, i, noun));
         noun++) {
        j = longest_lower(s, &s->r->agents, noun, &kind); /* "Nigerian junior minister" */
        if (j && agent_kind(kind)) break;
        int rank = community_before_agent(s, i, noun);
        for (int r = 0; ranks[r] && !rank; r++) rank = tok_is(s, noun, ranks[r]);
        j = 0;
        if (!rank) break;
    }
    if (j)
        return add_agent(s, i0, more_agents(s, j), noun, kind, cc) != 0 ? (size_t)-1
                                                                         : more_agents(s, j);
    if (plural) { /* "Syrians", "Bosnian Serbs" */
        const char *w = s->text + tok(s, i0)->start;
        if (add_actor(s, i0, i + 1, w, tok(s, i)->end - tok(s, i0)->start,
                      AN_ACTOR_GROUP_OF_PEOPLE, cc, NULL, 0) != 0)
            return (size_t)-1;
        return i + 1;
    }
    /* "an Indian proposal": India; "South Korean and Liberian ships": South Korea */
    if (demonym_before_noun(s, i)) {
        const char *cn = country_name(s, cc);
        if (!cn) return 0;
        return add_actor(s, i0, i + 1, cn, strlen(cn), AN_ACTOR_COUNTRY, cc, NULL, 0) != 0
                   ? (size_t)-1 : i + 1;
    }
    return 0;
}

/* The country of a place found by the places stage whose last token is i (ending = 1) or
 * whose first token is i (ending = 0), or NULL. Before an agent, a capital or big city
 * stands for its country as a country does ("Washington officials", "Kabul's police"). */
static const char *place_country_at(const scan *s, size_t i, int ending) {
    int k = ending ? s->at[i].ends : s->at[i].starts;
    if (k < 0) return NULL;
    const an_place *p = &s->doc->places.v[k];
    int state = p->kind == AN_PLACE_COUNTRY || (p->kind == AN_PLACE_CITY && p->precision >= 15);
    return state || !ending ? p->country : NULL;
}

/* "rebels in the Ivory Coast", "demonstrators in Baghdad": the place after the agent. */
static const char *country_after(const scan *s, size_t j, char buf[3]) {
    static const char *const preps[] = {"in", "of", "from", "throughout", NULL};
    int prep = 0;
    for (int k = 0; preps[k] && !prep; k++) prep = j < s->end && tok_is(s, j, preps[k]);
    if (!prep) return NULL;
    if (j + 1 < s->end && tok_is(s, j + 1, "the")) j++;
    if (j + 1 >= s->end) return NULL;
    const char *cc = place_country_at(s, j + 1, 0);
    if (cc) return cc;
    /* "a delegation of the Japanese Communist Party": a demonym opening the body */
    int plural;
    return country_of(s, j + 1, buf, &plural) && !plural ? buf : NULL;
}

/* "Its jets had killed 300, Russia's defence ministry said": opening the sentence, the
 * possessive's owner is the first named actor with a country after it. */
static const char *owner_after(const scan *s, size_t from) {
    for (size_t k = from; k < s->end; k++) {
        int entry = -1;
        if (!is_word(tok(s, k)) || !named_actor(s, k, &entry) || entry < 0) continue;
        const an_actor_entry *e = an_actor_entry_at(s->r, entry, s->date);
        if (e->cc[0]) return e->cc;
    }
    return NULL;
}

/* "Russia's defence ministry said its jets": the country of the nearest actor before a
 * possessive in the sentence owns the agent after it; NULL when none has one. */
static const char *possessive_owner(const scan *s, size_t i) {
    static const char *const owners[] = {"its", "their", "his", "her", "Its", "Their", "His",
                                         "Her", NULL};
    int own = 0;
    for (int k = 0; owners[k] && !own; k++) own = i > s->first && tok_is(s, i - 1, owners[k]);
    if (!own) return NULL;
    if (i - 1 == s->first) return owner_after(s, i + 1);
    size_t from = tok(s, s->first)->start, at = tok(s, i)->start;
    for (size_t k = s->doc->actors.n; k-- > 0;) {
        const an_actor *a = &s->doc->actors.v[k];
        if (a->where != s->where || a->start < from) break;
        if (a->end <= at && a->country[0]) return a->country;
    }
    /* "Moscow began withdrawing its warplanes": a country or capital before it */
    const char *cc = NULL;
    for (size_t k = 0; k < s->doc->places.n; k++) {
        const an_place *p = &s->doc->places.v[k];
        int state = p->kind == AN_PLACE_COUNTRY || (p->kind == AN_PLACE_CITY && p->precision >= 15);
        if (p->where == s->where && p->start >= from && p->end <= at && state && p->country[0])
            cc = p->country;
    }
    return cc;
}

/* Whether the agent at [i, j) may stand for the armed group named before: after "the", a
 * count ("300 militants", "hundreds of"), or opening the sentence; not "pro-government
 * fighters" nor "its fighters" (whose?); "the group" only alone ("the group of men" is
 * not). */
static int refers_back(const scan *s, size_t i, size_t j, int how) {
    static const char *const before[] = {"of", "than", "some", "about", "around", NULL};
    if (j < s->end && tok_is(s, j, "of")) return 0;
    int the = i > s->first && (tok_is(s, i - 1, "the") || tok_is(s, i - 1, "The"));
    if (how == AN_BACK_ONLY || the) return the;
    if (i == s->first || tok(s, i - 1)->kind == ANNALS_TOKEN_NUMBER) return 1;
    for (int k = 0; before[k]; k++)
        if (tok_is(s, i - 1, before[k])) return 1;
    return 0;
}

/* "the militants", "the group" after "Islamic State": the group named last. Returns the
 * end of the mention, 0 when it does not refer back, (size_t)-1 when out of memory. */
static size_t try_coreference(scan *s, size_t i, size_t j) {
    char key[64];
    size_t b = tok(s, i)->start, e = tok(s, j - 1)->end;
    if (e - b >= sizeof key) return 0;
    for (size_t k = 0; k < e - b; k++) {
        char ch = s->text[b + k];
        key[k] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    int how;
    if (!an_strtab_get(&s->r->back, key, e - b, &how) || how <= 0) return 0;
    if (s->last_group < 0 || !refers_back(s, i, j, how)) return how == AN_BACK_ONLY ? j : 0;
    const an_actor *g = &s->doc->actors.v[s->last_group];
    const char *name = g->name;
    char cc[3];
    memcpy(cc, g->country, 3);
    if (add_actor(s, i, j, name, strlen(name), AN_ACTOR_ARMED_GROUP, cc, NULL, 0) != 0)
        return (size_t)-1;
    s->last_group = (int)s->doc->actors.n - 1;
    return j;
}

/* A lower-case word in -ed or -ing (a verb more often than a noun's modifier). */
static int past_or_ing(const scan *s, size_t k) {
    const an_token *t = tok(s, k);
    size_t n = t->end - t->start;
    const char *w = s->text + t->start;
    if (is_cap(t) || n < 5) return 0;
    return memcmp(w + n - 2, "ed", 2) == 0 || memcmp(w + n - 3, "ing", 3) == 0;
}

/* "White House security officials", "Kremlin officials": the country of the named body
 * just before the agent, perhaps over one word ("security"); NULL when none. *body gets
 * the actor of an international body there ("U.N. peacekeeping force"), else -1. */
static const char *named_before(const scan *s, size_t i, int *body) {
    *body = -1;
    for (size_t k = i; k > s->first && i - k < 2; k--) {
        /* the word passed over describes the agent; a verb there ("US-led forces attacked
         * insurgents") ends the body's phrase */
        int verbal = k < i && past_or_ing(s, k);
        /* but an -ing noun after a body's name describes its agents ("U.N. peacekeeping
         * force", "NATO monitoring teams") */
        if (verbal && s->text[tok(s, k)->end - 1] != 'g') return NULL;
        size_t end = tok(s, k - 1)->end;
        for (size_t a = s->doc->actors.n; a-- > 0;) {
            const an_actor *x = &s->doc->actors.v[a];
            if (x->where != s->where || x->end < end) continue;
            if (x->end > end) break;
            if (!x->country[0] && x->kind == AN_ACTOR_ORGANISATION) *body = (int)a;
            if (verbal) return NULL;
            return x->country[0] && x->kind != AN_ACTOR_PERSON ? x->country : NULL;
        }
        if (verbal) return NULL;
        if (is_cap(tok(s, k - 1))) return NULL;
    }
    return NULL;
}

/* "government forces", "the police", "civilians": the country named just before ("Ivory
 * Coast rebels", "Indonesia's president") or just after ("rebels in the Ivory Coast"); else
 * the document's country
 * for the state's own agents, none for groups of people. */
static size_t try_bare_agent(scan *s, size_t i) {
    int kind;
    int capped = is_cap(tok(s, i)) && !(tok(s, i)->flags & ANNALS_TOKEN_SENT_START);
    size_t j = longest_lower(s, &s->r->agents, i, &kind);
    if (!j || !agent_kind(kind)) return 0;
    /* "the Interior Ministry", "the Army": a state's own agent written as a title after
     * "the", when no longer name goes on after it ("the Army Corps of Engineers") */
    if (capped && !(i > s->first && (tok_is(s, i - 1, "the") || tok_is(s, i - 1, "The")) &&
                    (kind == AN_ACTOR_GOVERNMENT || kind == AN_ACTOR_MILITARY ||
                     kind == AN_ACTOR_POLICE) &&
                    (j >= s->end || !is_cap(tok(s, j)))))
        return 0;
    /* "the threat of force", "took him by force": force as a means, no one's troops */
    if (j == i + 1 && tok_is(s, i, "force") && i > s->first &&
        (tok_is(s, i - 1, "by") ||
         (i > s->first + 1 && tok_is(s, i - 1, "of") &&
          (tok_is(s, i - 2, "use") || tok_is(s, i - 2, "threat") || tok_is(s, i - 2, "show")))))
        return 0;
    j = more_agents(s, j);
    const char *cc = i > s->first ? place_country_at(s, i - 1, 1) : NULL;
    int body = -1;
    if (!cc) cc = named_before(s, i, &body);
    /* "U.N. peacekeeping force", "NATO troops": the body's own, of no one state */
    if (!cc && body >= 0) {
        const an_actor *b = &s->doc->actors.v[body];
        char name[128];
        size_t w0 = tok(s, i)->start, w1 = tok(s, j - 1)->end;
        int n = snprintf(name, sizeof name, "%s %.*s", b->name ? b->name : "", (int)(w1 - w0),
                         s->text + w0);
        if (n < 0) return (size_t)-1;
        if (add_actor(s, i, j, name, (size_t)n < sizeof name ? (size_t)n : sizeof name - 1, kind,
                      "", NULL, 0) != 0)
            return (size_t)-1;
        return j;
    }
    if (!cc) cc = possessive_owner(s, i);
    if (!cc) {
        size_t r = try_coreference(s, i, j);
        if (r) return r;
    }
    /* "Indonesia's president", "Nicaragua's Sandinista government", "Spain's new
     * Socialist government" */
    for (size_t k = i; !cc && k > s->first + 1 && i - k < 3; k--)
        if (tok_is(s, k - 1, "'s")) cc = place_country_at(s, k - 2, 1);
    char after[3] = "";
    /* not "troops in Iraq", but "soldiers from Germany" */
    if (!cc && (kind != AN_ACTOR_MILITARY || (j < s->end && tok_is(s, j, "from"))))
        cc = country_after(s, j, after);
    /* "Arab leaders", "Western diplomats": a name before says they are not the country's */
    int named = i > s->first && is_cap(tok(s, i - 1)) &&
                !(tok(s, i - 1)->flags & ANNALS_TOKEN_SENT_START);
    int guessed = !cc;
    if (!cc)
        cc = (kind == AN_ACTOR_MILITARY || kind == AN_ACTOR_GOVERNMENT ||
              kind == AN_ACTOR_POLICE) && !named ? s->doc_cc : "";
    if (add_agent(s, i, j, i, kind, cc) != 0) return (size_t)-1;
    s->doc->actors.v[s->doc->actors.n - 1].country_guessed = (uint8_t)(guessed && cc[0]);
    return j;
}

static int scan_sentence(scan *s) {
    for (size_t i = s->first; i < s->end;) {
        size_t j = 0;
        if (is_word(tok(s, i))) {
            j = try_named(s, i);
            if (!j) j = try_state_pair(s, i);
            if (!j) j = try_person(s, i);
            if (!j) j = try_apposition(s, i);
            if (!j) j = try_country_body(s, i);
            if (!j) j = try_country_agent(s, i);
            if (!j) j = try_bare_agent(s, i);
        }
        if (j == (size_t)-1) return -1;
        i = j ? j : i + 1;
    }
    return 0;
}

/* ---- persons named again by surname ----------------------------------------------- */

#define SURNAME_SHARED (-2) /* two persons of the document bear it */

/* The surname of a full name ("Ariel Sharon" -> "Sharon", "Bashar al-Assad" -> "Assad",
 * as news writes it alone); *len 0 for a name of one word. */
static const char *surname_of(const char *name, size_t *len) {
    const char *sp = strrchr(name, ' ');
    *len = 0;
    if (!sp || !sp[1]) return NULL;
    const char *w = sp + 1;
    if ((w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && w[2] == '-' && w[3]) w += 3;
    *len = strlen(w);
    return w;
}

/* Surname -> the actor of its first full mention, or SURNAME_SHARED. */
static int index_surnames(const annals_doc *doc, size_t n, an_strtab *t) {
    for (size_t k = 0; k < n; k++) {
        const an_actor *a = &doc->actors.v[k];
        size_t len;
        const char *w = a->kind == AN_ACTOR_PERSON ? surname_of(a->name, &len) : NULL;
        if (!w) continue;
        int v;
        if (!an_strtab_get(t, w, len, &v)) {
            if (an_strtab_put(t, w, len, (int)k) != 0) return -1;
        } else if (v >= 0 && strcmp(doc->actors.v[v].name, a->name) != 0) {
            if (an_strtab_put(t, w, len, SURNAME_SHARED) != 0) return -1;
        }
    }
    return 0;
}

/* The person whose full mention, before byte `at` of string `where`, bears the surname
 * [p, p + len); NULL when none or shared. */
static const an_actor *earlier_person(const annals_doc *doc, const an_strtab *t, const char *p,
                                      size_t len, int where, size_t at) {
    int v;
    if (!an_strtab_get(t, p, len, &v) || v < 0) return NULL;
    const an_actor *a = &doc->actors.v[v];
    return a->where < where || (a->where == where && a->end <= at) ? a : NULL;
}

/* "Prime Minister Sharon", "Mr. Sharon" after "Ariel Sharon": the same person, unless the
 * title names another country; a guess from the document gives way. */
static void titled_surnames(annals_doc *doc, size_t n, const an_strtab *t) {
    for (size_t k = 0; k < n; k++) {
        an_actor *a = &doc->actors.v[k];
        if (a->kind != AN_ACTOR_PERSON || !a->role || strchr(a->name, ' ')) continue;
        const an_actor *p = earlier_person(doc, t, a->name, strlen(a->name), a->where, a->start);
        /* "German President Kessler" after Austria's Anna Kessler is someone else */
        if (!p || (a->country[0] && !a->country_guessed && p->country[0] &&
                   memcmp(a->country, p->country, 2) != 0))
            continue;
        a->name = p->name;
        if (!a->country[0] || a->country_guessed) {
            memcpy(a->country, p->country, 3);
            a->country_guessed = p->country_guessed;
        }
    }
}

/* The tokens some actor covers. */
static char *covered_tokens(const annals_doc *doc, size_t n) {
    char *c = calloc(doc->tokens.n ? doc->tokens.n : 1, 1);
    if (!c) return NULL;
    for (size_t k = 0; k < n; k++) {
        const an_actor *a = &doc->actors.v[k];
        for (size_t t = token_ending_after(doc, a->where, a->start); t < doc->tokens.n; t++) {
            const an_token *x = &doc->tokens.v[t];
            if (x->where != a->where || x->start >= a->end) break;
            c[t] = 1;
        }
    }
    return c;
}

/* Token p, just before a surname, may end a name: a capitalised word or initials ("D.E.
 * Paulk"); opening the sentence, not an ordinary word ("Then Sharon said"). */
static int name_before(const scan *s, size_t p) {
    const an_token *x = tok(s, p);
    const char *w = s->text + x->start;
    if (x->kind == ANNALS_TOKEN_ABBREV) return w[0] >= 'A' && w[0] <= 'Z';
    if (!is_cap(x)) return 0;
    if (!(x->flags & ANNALS_TOKEN_SENT_START)) return 1;
    unsigned cls = an_place_word(s->places, w, x->end - x->start);
    return !(cls & (AN_PW_COMMON | AN_PW_TIME | AN_PW_PREP | AN_PW_DIR));
}

/* Token t is a capitalised word of a longer name ("Sharon" of "Sharon Stone", of "Ariel
 * Sharon", of "Alan Sharon" opening a sentence). */
static int in_longer_name(const scan *s, size_t t) {
    const annals_doc *doc = s->doc;
    const an_token *x = tok(s, t);
    if (t > 0 && !(x->flags & ANNALS_TOKEN_SENT_START) && doc->tokens.v[t - 1].where == x->where &&
        name_before(s, t - 1))
        return 1;
    return t + 1 < doc->tokens.n && doc->tokens.v[t + 1].where == x->where &&
           is_cap(&doc->tokens.v[t + 1]) && !(doc->tokens.v[t + 1].flags & ANNALS_TOKEN_SENT_START);
}

/* "Sharon said" after "Ariel Sharon": a surname alone, where no place, body or longer
 * name is, is the person named in full before. */
static int bare_surnames(scan *s, size_t n, const an_strtab *t) {
    annals_doc *doc = s->doc;
    char *covered = covered_tokens(doc, n);
    if (!covered) return -1;
    int rc = 0;
    for (size_t i = 0; i < doc->tokens.n && rc == 0; i++) {
        const an_token *x = &doc->tokens.v[i];
        if (covered[i] || s->at[i].in_place || x->kind != ANNALS_TOKEN_WORD || !is_cap(x)) continue;
        size_t len;
        const char *text = an_doc_where(doc, x->where, &len);
        const an_actor *p = earlier_person(doc, t, text + x->start, x->end - x->start, x->where,
                                           x->start);
        s->where = x->where;
        s->text = text;
        if (!p || in_longer_name(s, i)) continue;
        an_actor copy = *p;
        rc = add_actor(s, i, i + 1, copy.name, strlen(copy.name), copy.kind, copy.country, NULL, 0);
        if (rc == 0) doc->actors.v[doc->actors.n - 1].country_guessed = copy.country_guessed;
    }
    free(covered);
    return rc;
}

/* Persons named again by surname alone or after a title, once named in full before. */
static int surname_mentions(scan *s) {
    size_t n = s->doc->actors.n;
    an_strtab t;
    an_strtab_init(&t);
    int rc = index_surnames(s->doc, n, &t);
    if (rc == 0 && t.count) { /* most documents name nobody in full */
        titled_surnames(s->doc, n, &t);
        rc = bare_surnames(s, n, &t);
    }
    an_strtab_free(&t);
    return rc;
}

/* ---- whole document --------------------------------------------------------------- */

/* The letters of a place written in capitals ("AMMAN", "UN"), 0 when it has lower case. */
static size_t in_capitals(const annals_doc *doc, const an_place *p) {
    size_t len, letters = 0;
    const char *t = an_doc_where(doc, p->where, &len);
    if (!t || p->end > len) return 0;
    for (size_t i = p->start; i < p->end; i++) {
        if (t[i] >= 'a' && t[i] <= 'z') return 0;
        letters += t[i] >= 'A' && t[i] <= 'Z';
    }
    return letters;
}

/* The country most named among the places (countries count double; a dateline's, in
 * capitals, half: the reporter files from there, often beside the country the story is
 * about) and the demonyms ("Syrian forces"). A town's name in two or three capitals is
 * a body's letters ("UN" is no Un, India): it is not counted. */
/* The place names where a body sits ("a Britain-based group", "based in London",
 * "headquartered in Geneva"), which says nothing of where the story happens. */
static int seat_of_body(const annals_doc *doc, int where, size_t start, size_t end) {
    size_t len;
    const char *t = an_doc_where(doc, where, &len);
    if (!t || end > len) return 0;
    if (len - end >= 6 && strncasecmp(t + end, "-based", 6) == 0) return 1;
    static const char *const before[] = {"based in ", "headquartered in "};
    for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
        size_t n = strlen(before[i]);
        if (start >= n && strncasecmp(t + start - n, before[i], n) == 0) return 1;
    }
    return 0;
}

static void document_country(scan *s) {
    static const int none = -1;
    float votes[26 * 26] = {0};
    int best = none;
    size_t np = s->doc->places.n;
    for (size_t k = 0; k < np + s->doc->demonyms.n; k++) {
        const an_place *p = k < np ? &s->doc->places.v[k] : NULL;
        const char *cc = p ? p->country : s->doc->demonyms.v[k - np].country;
        if (cc[0] < 'A' || cc[1] < 'A' || cc[0] > 'Z' || cc[1] > 'Z') continue;
        size_t caps = p ? in_capitals(s->doc, p) : 0;
        if (p && p->kind != AN_PLACE_COUNTRY && caps > 0 && caps <= 3) continue;
        const an_demonym *dm = p ? NULL : &s->doc->demonyms.v[k - np];
        if (p ? seat_of_body(s->doc, p->where, p->start, p->end)
              : seat_of_body(s->doc, dm->where, dm->start, dm->end))
            continue;
        int c = (cc[0] - 'A') * 26 + (cc[1] - 'A');
        votes[c] += !p ? 1.0f : p->kind == AN_PLACE_COUNTRY ? 2.0f : caps >= 4 ? 0.5f : 1.0f;
        if (best == none || votes[c] > votes[best]) best = c;
    }
    s->doc_cc[0] = '\0';
    if (best != none) {
        s->doc_cc[0] = (char)('A' + best / 26);
        s->doc_cc[1] = (char)('A' + best % 26);
        s->doc_cc[2] = '\0';
    }
}

/* The token after a date right at token t ("today", "on Tuesday", "last week"), else t:
 * news puts the date between the subject and its verb ("Nigeria today announced"). */
static size_t past_date(const scan *s, size_t t) {
    const annals_doc *doc = s->doc;
    size_t d = t < doc->tokens.n && tok_is(s, t, "on") ? t + 1 : t;
    if (d >= doc->tokens.n) return t;
    const an_token *x = &doc->tokens.v[d];
    for (size_t k = 0; k < doc->times.n; k++) {
        const an_timex *m = &doc->times.v[k];
        if (m->where != x->where || m->start != x->start || m->type != AN_TIMEX_DATE) continue;
        while (d < doc->tokens.n && doc->tokens.v[d].where == m->where &&
               doc->tokens.v[d].end <= m->end)
            d++;
        return d;
    }
    return t;
}

/* "Russia, citing NATO's bombing of Tripoli, said": a participle or relative phrase set off
 * by commas right after token t - 1 is passed over; the token after its closing comma,
 * else t. */
static size_t past_aside(const scan *s, size_t t) {
    const annals_doc *doc = s->doc;
    if (t + 2 >= doc->tokens.n || !tok_is(s, t, ",")) return t;
    const an_token *x = tok(s, t + 1);
    size_t n = x->end - x->start;
    int ing = is_word(x) && n > 4 && memcmp(s->text + x->end - 3, "ing", 3) == 0 &&
              !(x->flags & ANNALS_TOKEN_CAPITALIZED);
    if (!ing && !tok_is(s, t + 1, "who") && !tok_is(s, t + 1, "which")) return t;
    for (size_t k = t + 2; k < doc->tokens.n && k < t + 25 && tok(s, k)->where == x->where; k++) {
        if (tok(s, k)->flags & ANNALS_TOKEN_SENT_START) return t;
        if (tok_is(s, k, ",")) return k + 1;
    }
    return t;
}

/* "Moscow said", "Russia has warned": a country or a capital speaking is its government. */
static int metonymies(scan *s) {
    size_t n = s->doc->places.n;
    for (size_t k = 0; k < n; k++) {
        const an_place p = s->doc->places.v[k];
        if (p.kind != AN_PLACE_COUNTRY && !(p.kind == AN_PLACE_CITY && p.precision >= 15)) continue;
        s->where = p.where;
        size_t len;
        s->text = an_doc_where(s->doc, p.where, &len);
        size_t t0 = token_at(s->doc, p.where, p.start), t1 = t0;
        while (t1 < s->doc->tokens.n && s->doc->tokens.v[t1].where == p.where &&
               s->doc->tokens.v[t1].end <= p.end)
            t1++;
        if (t0 == SIZE_MAX || t1 >= s->doc->tokens.n) continue;
        s->end = s->doc->tokens.n;
        int kind;
        size_t v = past_date(s, past_aside(s, t1));
        size_t j = v < s->end ? longest_lower(s, &s->r->agents, v, &kind) : 0;
        if (!j || kind != AN_AGENT_VERB || tok(s, v)->where != p.where) continue;
        char name[128];
        const char *cn = country_name(s, p.country);
        int w = snprintf(name, sizeof name, "%s government", cn ? cn : p.name);
        if (w < 0 || add_actor(s, t0, t1, name, strlen(name), AN_ACTOR_GOVERNMENT, p.country, NULL, 0) != 0)
            return -1;
        an_actor *a = &s->doc->actors.v[s->doc->actors.n - 1];
        a->is_place = 1; /* the place it is, for whoever reads the mention as one */
        a->geonameid = p.geonameid;
        a->lat = p.lat;
        a->lon = p.lon;
    }
    return 0;
}

static int named_body(const an_actor *x) {
    return x->kind == AN_ACTOR_ARMED_GROUP || x->kind == AN_ACTOR_ORGANISATION ||
           x->kind == AN_ACTOR_MEDIA || x->kind == AN_ACTOR_PARTY;
}

/* Actor x lies wholly before place p in document order. */
static int before(const an_actor *x, const an_place *p) {
    return x->where < p->where || (x->where == p->where && x->end <= p->start);
}

/* A named organisation's span is not also a town ("UN" is not Un, India); a country,
 * admin area or region may still be where something happens ("in the EU"). Places and the
 * scanned actors are both in document order, so one pass over each suffices. */
static void drop_places_in_actors(annals_doc *doc, size_t n_scanned) {
    size_t out = 0, a = 0;
    for (size_t k = 0; k < doc->places.n; k++) {
        const an_place *p = &doc->places.v[k];
        while (a < n_scanned && before(&doc->actors.v[a], p)) a++;
        int covered = 0;
        for (size_t b = a; b < n_scanned && !covered; b++) {
            const an_actor *x = &doc->actors.v[b];
            if (x->where != p->where || x->start > p->start) break;
            covered = named_body(x) && p->end <= x->end;
        }
        int area = p->kind == AN_PLACE_COUNTRY || p->kind == AN_PLACE_REGION ||
                   p->kind == AN_PLACE_ADMIN1;
        if (!covered || area) doc->places.v[out++] = *p;
    }
    doc->places.n = out;
}

static int by_position(const void *a, const void *b) {
    const an_actor *x = a, *y = b;
    if (x->where != y->where) return x->where < y->where ? -1 : 1;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return 0;
}

static void sort_actors(annals_doc *doc) {
    if (doc->actors.n > 1) qsort(doc->actors.v, doc->actors.n, sizeof *doc->actors.v, by_position);
}

/* The office a role names is a state's ("President", "Prime Minister"). */
static int state_office(const an_actor_res *r, const char *role) {
    char key[64];
    size_t n = strlen(role);
    if (n >= sizeof key) return 0;
    for (size_t i = 0; i < n; i++)
        key[i] = (role[i] >= 'A' && role[i] <= 'Z') ? (char)(role[i] + 32) : role[i];
    int v;
    if (!an_strtab_get(&r->titles, key, n, &v)) return 0;
    return v == AN_ACTOR_GOVERNMENT || v == AN_ACTOR_MILITARY || v == AN_ACTOR_POLICE;
}

/* A head of state or minister still without a country ("President Levy Mwanawasa ... the
 * Zambian people") takes the country most named by the document's actors and places. */
static void office_holders_country(const an_actor_res *r, annals_doc *doc) {
    int votes[26 * 26] = {0}, best = -1;
    for (size_t k = 0; k < doc->actors.n + doc->places.n; k++) {
        const char *cc = k < doc->actors.n ? doc->actors.v[k].country
                                           : doc->places.v[k - doc->actors.n].country;
        if (k < doc->actors.n && doc->actors.v[k].kind == AN_ACTOR_MEDIA) continue;
        if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') continue;
        int c = (cc[0] - 'A') * 26 + (cc[1] - 'A');
        if (best < 0 || ++votes[c] > votes[best]) best = c;
    }
    if (best < 0) return;
    for (size_t k = 0; k < doc->actors.n; k++) {
        an_actor *a = &doc->actors.v[k];
        if (a->kind != AN_ACTOR_PERSON || a->country[0] || !a->role || !state_office(r, a->role))
            continue;
        a->country[0] = (char)('A' + best / 26);
        a->country[1] = (char)('A' + best % 26);
        a->country_guessed = 1;
    }
}

/* "security forces", "the government" where the story names no place: the state most
 * named among the actors (as office holders take it); not "Arab leaders" or "Western
 * diplomats", whose capital says they are no one state's. */
static void unnamed_agents_country(annals_doc *doc) {
    int votes[26 * 26] = {0}, best = -1;
    for (size_t k = 0; k < doc->actors.n; k++) {
        const an_actor *a = &doc->actors.v[k];
        const char *cc = a->country;
        /* a news agency's country is its newsroom's ("told AFP"), not the story's */
        if (a->country_guessed || a->kind == AN_ACTOR_MEDIA || cc[0] < 'A' || cc[0] > 'Z' ||
            cc[1] < 'A' || cc[1] > 'Z')
            continue;
        int c = (cc[0] - 'A') * 26 + (cc[1] - 'A');
        if (best < 0 || ++votes[c] > votes[best]) best = c;
    }
    if (best < 0) return;
    for (size_t k = 0; k < doc->actors.n; k++) {
        an_actor *a = &doc->actors.v[k];
        if ((a->kind != AN_ACTOR_MILITARY && a->kind != AN_ACTOR_POLICE &&
             a->kind != AN_ACTOR_GOVERNMENT) || a->country[0] || !a->name)
            continue;
        int cap = 0;
        for (const char *p = a->name + 1; *p && !cap; p++) cap = *p >= 'A' && *p <= 'Z';
        size_t t = token_at(doc, a->where, a->start);
        int opens = t != SIZE_MAX && (doc->tokens.v[t].flags & ANNALS_TOKEN_SENT_START);
        if (cap || (a->name[0] >= 'A' && a->name[0] <= 'Z' && !opens)) continue;
        /* "a Foreign Office spokesperson", "Western diplomats": a name before the agent
         * says whose it is, not the story's most named state */
        if (t != SIZE_MAX && t > 0 && !opens) {
            const an_token *p = &doc->tokens.v[t - 1];
            if (p->where == a->where && (p->kind == ANNALS_TOKEN_WORD || p->kind == ANNALS_TOKEN_ABBREV) &&
                (p->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) &&
                !(p->flags & ANNALS_TOKEN_SENT_START))
                continue;
        }
        a->country[0] = (char)('A' + best / 26);
        a->country[1] = (char)('A' + best % 26);
        a->country_guessed = 1;
    }
}

/* Whether token t of text reads w. */
static int word_at(const annals_doc *doc, const char *text, size_t t, const char *w) {
    if (t >= doc->tokens.n) return 0;
    const an_token *k = &doc->tokens.v[t];
    size_t n = strlen(w);
    return k->end - k->start == n && strncasecmp(text + k->start, w, n) == 0;
}

/* The token after the words that tie an agent to whom it serves ("forces loyal to",
 * "workers affiliated with", "fighters of", "militants linked to") and an optional "the",
 * or SIZE_MAX when t does not open such words. */
static size_t tied_to(const annals_doc *doc, const char *text, size_t t) {
    static const char *const two[][2] = {{"loyal", "to"},      {"affiliated", "with"},
                                         {"linked", "to"},     {"allied", "to"},
                                         {"allied", "with"},   {"belonging", "to"},
                                         {"attached", "to"}};
    size_t k = SIZE_MAX;
    if (word_at(doc, text, t, "of") || word_at(doc, text, t, "from")) k = t + 1;
    for (size_t w = 0; w < sizeof two / sizeof two[0] && k == SIZE_MAX; w++)
        if (word_at(doc, text, t, two[w][0]) && word_at(doc, text, t + 1, two[w][1])) k = t + 2;
    if (k != SIZE_MAX && word_at(doc, text, k, "the")) k++;
    return k;
}

/* "forces loyal to Gaddafi", "workers affiliated with the Serbian Workers' Union",
 * "fighters of Hezbollah": an unnamed agent with no country stated before it serves the
 * named actor right after, and is of its country. Actors are sorted by position. */
static void tied_agents_country(const scan *s, annals_doc *doc) {
    for (size_t a = 0; a + 1 < doc->actors.n; a++) {
        an_actor *x = &doc->actors.v[a];
        if ((x->country[0] && !x->country_guessed) || !x->name || x->kind == AN_ACTOR_PERSON ||
            x->kind == AN_ACTOR_COUNTRY || x->kind == AN_ACTOR_MEDIA)
            continue;
        /* an unnamed agent is written in lower case, but for the sentence's first word */
        size_t t0 = token_at(doc, x->where, x->start);
        int opens = t0 != SIZE_MAX && (doc->tokens.v[t0].flags & ANNALS_TOKEN_SENT_START);
        if (!(x->name[0] >= 'a' && x->name[0] <= 'z') && !(opens && !strchr(x->name, ' ')))
            continue;
        size_t len, t = token_ending_after(doc, x->where, x->end);
        const char *text = an_doc_where(doc, x->where, &len);
        if (t >= doc->tokens.n || doc->tokens.v[t].where != x->where) continue;
        size_t k = tied_to(doc, text, t);
        if (k >= doc->tokens.n || doc->tokens.v[k].where != x->where) continue;
        const an_actor *y = &doc->actors.v[a + 1];
        if (y->where != x->where || y->start != doc->tokens.v[k].start || !y->country[0] ||
            y->kind == AN_ACTOR_MEDIA)
            continue;
        const char *cn = country_name(s, y->country), *kw = kind_word(x->kind);
        memcpy(x->country, y->country, 2);
        x->country_guessed = 0;
        if (cn && kw) {
            char name[128];
            int n = snprintf(name, sizeof name, "%s %s", cn, kw);
            if (n > 0 && (size_t)n < sizeof name) {
                const char *nm = an_arena_strndup(&doc->arena, name, (size_t)n);
                if (nm) x->name = nm;
            }
        }
    }
}

/* The one country the governments acting in actors [a0, a1) state ("the Jordanian
 * government", "Amman said"), or NULL when none or several. */
static const char *stated_government(const annals_doc *doc, size_t a0, size_t a1) {
    const char *cc = NULL;
    for (size_t k = a0; k < a1; k++) {
        const an_actor *x = &doc->actors.v[k];
        if (x->kind != AN_ACTOR_GOVERNMENT || !x->country[0] || x->country_guessed) continue;
        if (cc && memcmp(cc, x->country, 2) != 0) return NULL;
        cc = x->country;
    }
    return cc;
}

/* "The Jordanian government approved the plan, and Prime Minister Omar Khalidi said": an
 * office holder whose country was only the document's takes the government the sentence
 * states. Actors are sorted; one walk over sentences and actors together. */
static void offices_of_stated_governments(annals_doc *doc) {
    size_t a = 0;
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *st = &doc->sentences.v[i];
        if (!st->tok_count) continue;
        const an_token *t0 = &doc->tokens.v[st->tok_first];
        const an_token *t1 = &doc->tokens.v[st->tok_first + st->tok_count - 1];
        while (a < doc->actors.n && (doc->actors.v[a].where < t0->where ||
                                     (doc->actors.v[a].where == t0->where &&
                                      doc->actors.v[a].start < t0->start)))
            a++;
        size_t b = a;
        while (b < doc->actors.n && doc->actors.v[b].where == t0->where &&
               doc->actors.v[b].start < t1->end)
            b++;
        const char *cc = stated_government(doc, a, b);
        for (size_t k = a; cc && k < b; k++) {
            an_actor *x = &doc->actors.v[k];
            if (x->kind == AN_ACTOR_PERSON && x->country_guessed) memcpy(x->country, cc, 2);
        }
        a = b;
    }
}

/* The article's date as YYYYMMDD, from its ISO 8601 `published`; 0 when unknown. */
static int32_t doc_date(const annals_doc *doc) {
    const char *p = doc->field[ANNALS_FIELD_PUBLISHED];
    int y, m, d;
    if (!p || sscanf(p, "%4d-%2d-%2d", &y, &m, &d) != 3) return 0;
    return y * 10000 + m * 100 + d;
}

int an_actor_doc(const an_actor_res *r, const an_place_res *places, annals_doc *doc) {
    country_memo memo[2] = {{.i = SIZE_MAX}, {.i = SIZE_MAX}};
    scan s = {0};
    s.memo = memo;
    s.r = r;
    s.places = places;
    s.doc = doc;
    s.date = doc_date(doc);
    document_country(&s);
    s.last_group = -1;
    place_at *at = places_by_token(doc);
    if (!at) return -1;
    s.at = at;
    int rc = 0;
    for (size_t i = 0; i < doc->sentences.n && rc == 0; i++) {
        const an_sentence *st = &doc->sentences.v[i];
        size_t len;
        s.text = an_doc_where(doc, st->where, &len);
        s.where = st->where;
        s.first = st->tok_first;
        s.end = st->tok_first + st->tok_count;
        rc = scan_sentence(&s);
    }
    if (rc == 0) {
        drop_places_in_actors(doc, doc->actors.n);
        rc = metonymies(&s);
    }
    if (rc == 0) {
        office_holders_country(r, doc);
        sort_actors(doc);
        tied_agents_country(&s, doc);
        unnamed_agents_country(doc);
        /* the governments first: a person named again takes the country they gave him */
        offices_of_stated_governments(doc);
        size_t n = doc->actors.n;
        rc = surname_mentions(&s);
        if (doc->actors.n > n) sort_actors(doc);
    }
    free(at);
    return rc;
}
