/* recognise.c - finding place names: the longest gazetteer name starting at a capitalised
 * word, then the filters that tell a place from a person, an organisation or an ordinary
 * word, and the "X, Y" qualifier pattern. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "place/mention.h"

#define MAX_NAME_TOKENS 8
#define KEY_CAP 256
#define SMALL_TOWN 20000 /* people */

typedef struct {
    size_t first, end; /* the sentence's tokens [first, end) */
    int headline;      /* most words capitalised: adjacency says nothing */
} sent_view;

static const an_token *tok(const an_place_ctx *c, size_t i) { return &c->doc->tokens.v[i]; }

/* Reads tokens of the string `where` names (the text or a caption): the rules after the
 * sentences go back to any mention's string, and a token of another is read as empty. */
static void at_string(an_place_ctx *c, int where) {
    c->where = where;
    c->text = an_doc_where(c->doc, where, &c->text_len);
}

static const char *tok_text(const an_place_ctx *c, size_t i, size_t *len) {
    const an_token *t = tok(c, i);
    if (t->where != c->where || t->end > c->text_len) { /* a look-back left the string */
        *len = 0;
        return "";
    }
    *len = t->end - t->start;
    return c->text + t->start;
}

/* Inline, so that the length of a literal word is known when compiling (some 1,600 calls
 * an article). */
static inline __attribute__((always_inline)) int tok_is(const an_place_ctx *c, size_t i,
                                                        const char *s) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    /* most tokens differ in the first byte: no strlen nor memcmp call for those */
    if (!len || p[0] != s[0]) return !len && !s[0];
    return len == strlen(s) && memcmp(p, s, len) == 0;
}

static int is_wordish(const an_token *t) {
    return t->kind == ANNALS_TOKEN_WORD || t->kind == ANNALS_TOKEN_ABBREV;
}

/* "al-Bab", "el-Arish": a lower-case article glued to a capitalised name. */
static int article_name(const an_place_ctx *c, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    /* asked of every lower-case word: a loop of at most five bytes, not a memchr call */
    size_t n = len < 5 ? len : 5, k = 0;
    while (k < n && p[k] != '-') k++;
    return k < n && k + 1 < len && p[k + 1] >= 'A' && p[k + 1] <= 'Z';
}

static int is_cap(const an_place_ctx *c, size_t i) {
    const an_token *t = tok(c, i);
    if (!is_wordish(t)) return 0;
    return (t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) || article_name(c, i);
}

#define CLASS_KNOWN (1u << 31)

/* The classes of token i, looked up once a document: the rules ask again and again. */
static unsigned word_class(const an_place_ctx *c, size_t i) {
    if (c->classes && (c->classes[i] & CLASS_KNOWN)) return c->classes[i] & ~CLASS_KNOWN;
    size_t len;
    const char *p = tok_text(c, i, &len);
    if (len && p[len - 1] == '.') len--; /* "Ave." */
    unsigned wc = an_place_word_own(c->r, p, len);
    if (c->classes && tok(c, i)->where == c->where) c->classes[i] = wc | CLASS_KNOWN;
    return wc;
}

static int big_area(const an_place_ctx *c, const an_gaz_slot *s);

/* A name starts capitalised, or with "the" or a direction before a capital ("northern
 * Syria"). */
static int can_start(const an_place_ctx *c, size_t i, size_t end) {
    if (is_cap(c, i)) return 1;
    if (tok(c, i)->kind != ANNALS_TOKEN_WORD || i + 1 >= end || !is_cap(c, i + 1)) return 0;
    return tok_is(c, i, "the") || (word_class(c, i) & AN_PW_DIR);
}

/* Only spaces (no line break) between tokens a and b. */
static int plain_gap(const an_place_ctx *c, size_t a, size_t b) {
    for (size_t k = tok(c, a)->end; k < tok(c, b)->start; k++)
        if (c->text[k] != ' ') return 0;
    return 1;
}

static int joinable(const an_place_ctx *c, size_t a, size_t b) {
    for (size_t k = tok(c, a)->end; k < tok(c, b)->start; k++)
        if (c->text[k] == '\n') return 0;
    const an_token *t = tok(c, b);
    if (is_wordish(t) || t->kind == ANNALS_TOKEN_NUMBER) return 1;
    return tok_is(c, b, "-") || tok_is(c, b, ".") || tok_is(c, b, ",") || tok_is(c, b, "'") ||
           tok_is(c, b, "&");
}

static int is_possessive(const an_place_ctx *c, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    return len >= 2 && (p[0] == '\'' || (len >= 3 && (unsigned char)p[0] == 0xE2 &&
                                          (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x99));
}

/* The same, or an apostrophe and "s" apart, as in text tokenized beforehand ("Russia 's"). */
static int possessive_at(const an_place_ctx *c, size_t i) {
    if (is_possessive(c, i)) return 1;
    return i + 1 < c->doc->tokens.n && (tok_is(c, i, "'") || tok_is(c, i, "\xe2\x80\x99")) &&
           tok(c, i + 1)->where == tok(c, i)->where && tok_is(c, i + 1, "s");
}

/* Whether some place has this name as its main or preferred name, not only as one of its
 * alternate names. */
static int main_name(const an_place_ctx *c, const an_gaz_slot *s) {
    for (uint32_t i = 0; i < AN_GAZ_COUNT(s); i++)
        if (AN_GAZ_POST_QUALITY(c->r->gaz.post[s->post + i]) >= AN_GAZ_MAIN) return 1;
    return 0;
}

/* A world region's name, of no one country ("East Africa", "Southeast Asia"). */
static int world_region(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(g->post[s->post + k]));
        if (e->kind != AN_GAZ_REGION || e->cc[0]) return 0;
    }
    return AN_GAZ_COUNT(s) > 0;
}

/* The last token of the longest gazetteer name starting at token i, or -1. */
static long longest_name(const an_place_ctx *c, size_t i, size_t from, size_t end,
                         const an_gaz_slot **out) {
    char key[KEY_CAP];
    long best = -1;
    int the_start = from == tok(c, i)->start && (tok_is(c, i, "the") || tok_is(c, i, "The"));
    int lower_start = (from == tok(c, i)->start && !is_cap(c, i)) || the_start;
    int seen_cap = !lower_start;
    /* "A Pa. man", "The Bank of England": a name after an article is the place's own ("A
     * Coruña", "The Hague"), never one of its alternate names ("A Pa" for Aba, "The Bank"
     * for Portsmouth); "the City of X" is read by words_to_skip */
    int a_start = from == tok(c, i)->start && (tok_is(c, i, "A") || tok_is(c, i, "An"));
    for (size_t j = i; j < end && j < i + MAX_NAME_TOKENS; j++) {
        if (j > i && !joinable(c, j - 1, j)) break;
        if (j > i && tok_is(c, j - 1, ",") && !is_cap(c, j)) break; /* "Columbus, city ..." */

        seen_cap |= is_cap(c, j) && !(the_start && j == i);
        size_t klen = an_gaz_fold(c->text + from, tok(c, j)->end - from, key, sizeof key);
        if (!klen) break;
        const an_gaz_slot *s = an_gaz_find(&c->r->gaz, key, klen);
        if (!s && j + 1 < end && is_possessive(c, j + 1)) continue; /* "People" 's ... */
        if (!s) break;
        /* "east Africa", "central Asia": a direction in lower case tells a part of the
         * continent named, not the region whose own name is capitalised ("East Africa") */
        if (lower_start && !the_start && j > i && AN_GAZ_COUNT(s) > 0 && world_region(c, s)) {
            if (!(s->info & AN_GAZ_PREFIX)) break;
            continue;
        }
        /* "Canada's" is not "Canadas", but "People's Republic of China" is one name, and
         * so is "St. John's" (a possessive after two words or more) */
        if (AN_GAZ_COUNT(s) > 0 && is_wordish(tok(c, j)) && (!is_possessive(c, j) || j >= i + 2) &&
            seen_cap &&
            !(lower_start && j == i) &&
            (j > i || is_cap(c, j) || from > tok(c, i)->start) &&
            !((a_start || (the_start && j == i + 1 && !(word_class(c, j) & (AN_PW_CITY | AN_PW_ADMIN)))) &&
              j > i && !main_name(c, s))) {
            best = (long)j;
            *out = s;
        }
        if (!(s->info & AN_GAZ_PREFIX)) break;
    }
    return best;
}

/* What the postings of a name say about it. */
typedef struct {
    int demonym, qualifier_only, strong; /* strong: an alias or preferred name */
    int alt_only;                        /* only some entry's alternate name */
    int postal_only;                     /* only places known from postal codes */
    int has_qualifier;                   /* some state's abbreviation ("Fla.") */
    int big_city;                        /* a city of 100,000, by any of its names */
} name_info;

static name_info postings_info(const an_place_ctx *c, const an_gaz_slot *s) {
    name_info ni = {0, 1, 0, 1, 0, 0, 0};
    int others = 0, strong_area = 0;
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        unsigned q = AN_GAZ_POST_QUALITY(p);
        if (e->kind == AN_GAZ_DEMONYM && q == AN_GAZ_PREFERRED) ni.demonym = 1;
        if (q != AN_GAZ_QUALIFIER) ni.qualifier_only = 0;
        else ni.has_qualifier = 1;
        if (q != AN_GAZ_QUALIFIER && e->kind == AN_GAZ_CITY && e->population >= 100000) ni.big_city = 1;
        if (q >= AN_GAZ_PREFERRED && e->kind != AN_GAZ_DEMONYM) ni.strong = 1;
        /* a demonym's word is a people before it is a town's English name ("Brits", the
         * town in South Africa), not before a state's own name ("Vatican") */
        if (q >= AN_GAZ_PREFERRED && e->kind != AN_GAZ_DEMONYM && e->kind != AN_GAZ_CITY) strong_area = 1;
        /* a state's abbreviation is no town's name: "Del" (Del.) is only Delle's other name */
        if (q != AN_GAZ_ALT && q != AN_GAZ_QUALIFIER && e->kind != AN_GAZ_DEMONYM) ni.alt_only = 0;
        if (q != AN_GAZ_QUALIFIER && e->kind != AN_GAZ_DEMONYM) {
            ni.postal_only |= e->feature == AN_FEAT_POSTAL;
            others += e->feature != AN_FEAT_POSTAL;
        }
    }
    if (strong_area) ni.demonym = 0; /* "Vatican" is a demonym and the country's own name */
    if (ni.qualifier_only) ni.alt_only = 0;
    if (others) ni.postal_only = 0;
    return ni;
}

static int all_caps(const an_place_ctx *c, size_t t0, size_t t1, size_t *letters) {
    *letters = 0;
    for (size_t k = t0; k < t1; k++) {
        const an_token *t = tok(c, k);
        if (!is_wordish(t)) continue;
        if (!(t->flags & ANNALS_TOKEN_ALLCAPS)) return 0;
        *letters += t->end - t->start;
    }
    return 1;
}

static int country_word(const an_place_ctx *c, const char *w, size_t len);
static int own_kind(const an_place_ctx *c, const an_gaz_slot *s, unsigned kind);

/* A title or a capitalised word just before: a person or a longer name. */
static int name_before(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 == sv->first) return 0;
    size_t p = t0 - 1;
    size_t len;
    const char *s = tok_text(c, p, &len);
    /* a title; in lower case, before a name of one word, a word of that form is often a
     * verb or an adjective ("miss Rochester area", "major Mich. utilities"), where before
     * a name of two it is not ("spokesman Mao Qunan") */
    if (an_place_is_title(c->r, s, len) &&
        (is_cap(c, p) || (t0 + 1 < sv->end && is_cap(c, t0 + 1) && plain_gap(c, t0, t0 + 1))))
        return 1;
    if (sv->headline || !is_cap(c, p) || !plain_gap(c, p, t0)) return 0;
    if (word_class(c, p) & (AN_PW_FIRST | AN_PW_CLUB)) return 1;
    /* a person's name of the lexicon ("John Dallas", "Ahmed Kirkuk") */
    /* "St. Joseph London" is a saint's name, a school's or a church's, not a person's */
    int saint = p > sv->first && (tok_is(c, p - 1, "St.") || tok_is(c, p - 1, "St") || tok_is(c, p - 1, "Saint"));
    if ((word_class(c, p) & AN_PW_PERSON) && tok(c, p)->kind == ANNALS_TOKEN_WORD && !saint) {
        size_t nl;
        const char *n = tok_text(c, t0, &nl);
        if (!country_word(c, n, nl)) return 1; /* not "Taco Bell Canada" */
    }
    if (tok(c, p)->flags & ANNALS_TOKEN_SENT_START) return 0;
    /* "U.S." "St." are no person's; an initial is ("Matthew D. Flores"), but not a
     * direction ("W. Columbia") */
    if (tok(c, p)->kind == ANNALS_TOKEN_ABBREV)
        return len == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && !strchr("NSEW", s[0]);
    /* a first name ("Jordan Henderson") or a club word ("Real Madrid") before it; other
     * words leave the place alone ("Metropolitan Atlanta", "Historic Dublin") */
    return (word_class(c, p) & (AN_PW_FIRST | AN_PW_CLUB)) != 0;
}

/* Only small towns go by this name as their own (no country, state or city of note): after
 * an unknown capitalised word it is more likely a surname ("Eric Stevens"). */
static int small_towns_only(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) < AN_GAZ_MAIN || e->kind == AN_GAZ_DEMONYM) continue;
        if (e->kind != AN_GAZ_CITY || e->population >= SMALL_TOWN) return 0;
    }
    return 1;
}

/* The name's own entries are all towns: no state or country ("Wyoming for years"). */
static int towns_only(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) == AN_GAZ_QUALIFIER || e->kind == AN_GAZ_DEMONYM) continue;
        if (e->kind != AN_GAZ_CITY) return 0;
    }
    return 1;
}

/* The token next to token t (dir -1 before, +1 after) is a capitalised word of no known
 * class, with only spaces between. */
static int unknown_cap(const an_place_ctx *c, const sent_view *sv, size_t t, int dir) {
    if (dir < 0 ? t == sv->first : t + 1 >= sv->end) return 0;
    size_t n = dir < 0 ? t - 1 : t + 1;
    if (!is_cap(c, n) || tok(c, n)->kind != ANNALS_TOKEN_WORD) return 0;
    if (!plain_gap(c, dir < 0 ? n : t, dir < 0 ? t : n)) return 0;
    if (dir < 0 && (tok(c, n)->flags & ANNALS_TOKEN_SENT_START)) return 0;
    unsigned wc = word_class(c, n);
    return wc == 0 || (wc & AN_PW_PERSON);
}

/* A small town's name, then one unknown capitalised word and no more: a given name and a
 * surname ("Tim Callahan said"), where a body's name runs on ("Byesville Volunteer Fire
 * Department"). */
static int lone_surname_after(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (!unknown_cap(c, sv, t0, 1)) return 0;
    size_t n = t0 + 2;
    return n >= sv->end || !is_cap(c, n) || !plain_gap(c, n - 1, n);
}

/* A capitalised word, not the sentence's first, just before token t. */
static int cap_word_before(const an_place_ctx *c, const sent_view *sv, size_t t) {
    if (t == sv->first || !is_cap(c, t - 1) || !plain_gap(c, t - 1, t)) return 0;
    if (word_class(c, t - 1) & AN_PW_DIR) return 0; /* "Southwest Middlesex" */
    return !(tok(c, t - 1)->flags & ANNALS_TOKEN_SENT_START);
}

/* The name of mention m with a type word after it ("Loudon" + " county"), or NULL. */
static const an_gaz_slot *with_type(const an_place_ctx *c, const an_mention *m, const char *type) {
    char key[KEY_CAP];
    size_t from = m->start, tl = strlen(type);
    size_t klen = an_gaz_fold(c->text + from, tok(c, m->t1 - 1)->end - from, key, sizeof key);
    if (!klen || klen + tl >= sizeof key) return NULL;
    memcpy(key + klen, type, tl);
    const an_gaz_slot *s = an_gaz_find(&c->r->gaz, key, klen + tl);
    return s && AN_GAZ_COUNT(s) > 0 ? s : NULL;
}

/* "Loudon Co.": the name with "County" is a county's, which the mention becomes (a
 * company's "Co." leaves the name alone). */
static int county_of(const an_place_ctx *c, an_mention *m) {
    const an_gaz_slot *s = with_type(c, m, " county");
    if (!s) return 0;
    m->slot = s;
    m->end = tok(c, m->t1)->end;
    m->hint |= AN_PW_ADMIN;
    return 1;
}

static int runs_on(const an_place_ctx *c, const sent_view *sv, size_t j);
static int speaker(const an_place_ctx *c, const sent_view *sv, size_t t1);
static int ends_with_dot(const an_place_ctx *c, size_t t);

/* Token i is the word of a country's first-level areas ("state", "province"), which no
 * town is called by; "region", "district" or "county" may be a town's surroundings. */
static int first_level(const an_place_ctx *c, size_t i) {
    static const char *const words[] = {"state", "province", "governorate", "oblast", "prefecture"};
    size_t len;
    const char *w = tok_text(c, i, &len);
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (len == strlen(words[k]) && strncasecmp(w, words[k], len) == 0) return 1;
    return 0;
}

/* The word after the name: extends it ("Idlib province"), keeps it ("Aleppo University")
 * or makes it part of something else ("Washington Post"). Returns 0 to drop the name. */
static int word_after(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    size_t n = m->t1;
    if (n >= sv->end || !is_wordish(tok(c, n)) || !plain_gap(c, n - 1, n)) return 1;
    unsigned wc = word_class(c, n);
    if (wc & (AN_PW_ADMIN | AN_PW_CITY)) {
        m->hint = wc & (AN_PW_ADMIN | AN_PW_CITY);
        m->typed = (uint8_t)(!is_cap(c, n) || !runs_on(c, sv, n));
        if (m->typed && first_level(c, n)) m->hint |= AN_HINT_STATE;
        /* "Boston Town Hall", "Clinton City Council": the town's word begins the name of
         * its hall or its body, and the place is the town alone */
        if ((wc & AN_PW_ADMIN) || !is_cap(c, n) || !runs_on(c, sv, n)) m->end = tok(c, n)->end;
        return 1;
    }
    if (tok_is(c, n, "Co.") && county_of(c, m)) return 1;
    /* "West Nile virus", "Marburg hemorrhagic fever": a disease named after the place,
     * which is named, as in a paper's name, but is no place of the story */
    if (wc & AN_PW_ILL) {
        m->in_name = 1;
        return 1;
    }
    if (!is_cap(c, n) || sv->headline) return 1;
    /* "Allegheny County Court", "Douglas County Road 4": a county's court or road lies in it */
    if (m->t1 - m->t0 > 1 && (word_class(c, m->t1 - 1) & AN_PW_ADMIN)) return 1;
    /* "Washington Post", "Manchester United": the place is named, but as a part of the
     * paper's or the team's name, which is no place of its own */
    if (wc & AN_PW_ORG) {
        m->in_name = 1;
        return 1;
    }
    /* "Dublin Road" is a street; "Florida Highway Patrol", "Norfolk High School" are not */
    if (wc & AN_PW_STREET)
        return n + 1 < sv->end && ((is_cap(c, n + 1) && tok(c, n + 1)->kind == ANNALS_TOKEN_WORD &&
                                    plain_gap(c, n, n + 1)) ||
                                   ((wc & AN_PW_INST) && tok_is(c, n + 1, "of"))); /* Court of Appeals */
    /* "Ohio Supreme Court", "Dublin Arts Council": the place names the body's seat and
     * stays; a first name before an unknown word is a person ("Georgia Smith") */
    if ((wc == 0 || (wc & AN_PW_PERSON)) && m->t1 - m->t0 == 1 &&
        (word_class(c, m->t0) & (AN_PW_FIRST | AN_PW_PERSON)))
        m->given = (uint8_t)lone_surname_after(c, sv, m->t0); /* not "Georgia Modular Systems" */
    /* "Kenya Moore said", "Lewis Hamilton told": a place's name and a word of no class that
     * say something are a person's or a body's name, which names the place inside it */
    else if (wc == 0 && n + 1 < sv->end && plain_gap(c, n - 1, n) && !ends_with_dot(c, n - 1) &&
             speaker(c, sv, n + 1))
        m->in_name = 1;
    return 1;
}

/* "the Atlas Mountains", "Lake Vermont", "the Gulf of Carpentaria", "the Red River": the
 * name is a landform's or a water's, and a town or state of the name (the gazetteer's
 * only senses) is meant only near the story; marks m so. Returns 0 to drop the name:
 * "the Gulf" before "of Carpentaria" is another gulf than the one the news means. */
static int landform(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    size_t t0 = m->t0, t1 = m->t1;
    int last = t1 - t0 > 1 && is_cap(c, t1 - 1) && (word_class(c, t1 - 1) & AN_PW_FEATURE);
    if (last && t1 + 1 < sv->end && tok_is(c, t1, "of") && is_cap(c, t1 + 1)) {
        size_t i = t0;
        while (i < t1 - 1 && (tok_is(c, i, "the") || tok_is(c, i, "The"))) i++;
        if (i == t1 - 1) return 0; /* not "the North Island of New Zealand" */
    }
    /* a town's name ending in such a word ("Red River, N.M.") takes no article */
    if (last && t0 > sv->first && tok_is(c, t0 - 1, "the")) m->landform = 1;
    /* without one, a small town's name as often ("Twin Lakes", "Sun Valley") */
    else if (last) m->landform = 2;
    if (t1 < sv->end && is_cap(c, t1) && plain_gap(c, t1 - 1, t1) &&
        (word_class(c, t1) & AN_PW_FEATURE)) {
        m->landform = 1;
        m->end = tok(c, t1)->end;
    }
    if (t0 > sv->first && is_cap(c, t0 - 1) && plain_gap(c, t0 - 1, t0) &&
        (word_class(c, t0 - 1) & AN_PW_FEATURE))
        m->landform = 1;
    /* "Zion National Park", "the Neches River National Wildlife Refuge" */
    if (t1 + 1 < sv->end && tok_is(c, t1, "National") && is_cap(c, t1 + 1) &&
        (word_class(c, t1 + 1) & AN_PW_FEATURE)) {
        m->landform = 1;
        m->end = tok(c, t1 + 1)->end;
    }
    /* "the Pictured Rocks National Lakeshore", "Tampa Bay": the feature's word alone ends a
     * longer name, and is no place of its own (Bay, Somalia) */
    if (t1 - t0 == 1 && (word_class(c, t0) & AN_PW_FEATURE) && t0 > sv->first && is_cap(c, t0 - 1) &&
        plain_gap(c, t0 - 1, t0))
        return 0;
    if (t0 >= sv->first + 2 && tok_is(c, t0 - 1, "of") && is_cap(c, t0 - 2) &&
        (word_class(c, t0 - 2) & AN_PW_FEATURE))
        m->landform = 1;
    return 1;
}

/* "New York Governor", "Ohio's legislature", "Quebec Premier": a state's office; "the New
 * York border": a state's or a country's edge, no town's; "Dublin Mayor": a town's. */
static void office_after(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    static const char *const state[] = {"governor", "gov.", "legislature", "senate", "assembly",
                                        "premier", "border"};
    size_t n = m->t1;
    if (n < sv->end && is_possessive(c, n)) n++;
    if (n >= sv->end || !is_wordish(tok(c, n))) return;
    size_t len;
    const char *w = tok_text(c, n, &len);
    for (size_t k = 0; k < sizeof state / sizeof state[0]; k++)
        if (len == strlen(state[k]) && strncasecmp(w, state[k], len) == 0) m->hint |= AN_PW_ADMIN;
    if (len == 5 && strncasecmp(w, "mayor", 5) == 0) m->hint |= AN_PW_CITY;
}

/* "the Temple of Bel", "the Arch of Triumph", "the Church of England": a building's or a
 * body's name, with no town in it unless the town is a big city ("the Citadel of Aleppo"). */
static int building_name(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                         const name_info *ni) {
    if (ni->big_city) return 0;
    /* a building's own name is capitalised ("the Temple of Bel"), or plural ("the temples
     * of Bel and Baalshamin"); "the Roman theatre of Palmyra" is a theatre in the town */
    if (t0 >= sv->first + 2 && tok_is(c, t0 - 1, "of") && (word_class(c, t0 - 2) & AN_PW_BUILDING)) {
        size_t len;
        const char *w = tok_text(c, t0 - 2, &len);
        if (is_cap(c, t0 - 2) || (len > 1 && w[len - 1] == 's')) return 1;
    }
    return t1 - t0 == 1 && t1 + 1 < sv->end && tok_is(c, t1, "of") && is_cap(c, t1 + 1) &&
           (word_class(c, t0) & AN_PW_BUILDING);
}

/* "the Department of Homeland Security": a town's name after a body's "of", running on
 * into more of the body's name, is a word of its field; a state, a country or a big city
 * stays ("the Office of Texas Governor"). */
static int body_field(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                      const an_gaz_slot *s, const name_info *ni) {
    if (t0 < sv->first + 2 || !tok_is(c, t0 - 1, "of") || !is_cap(c, t0 - 2) ||
        !(word_class(c, t0 - 2) & AN_PW_BODY))
        return 0;
    return runs_on(c, sv, t1 - 1) && !big_area(c, s) && !ni->big_city;
}

/* "the city of X", "the province of X". */
static void words_before(const an_place_ctx *c, const sent_view *sv, an_mention *m) {
    if (m->t0 < sv->first + 2 || !tok_is(c, m->t0 - 1, "of")) return;
    unsigned wc = word_class(c, m->t0 - 2);
    if (wc & (AN_PW_ADMIN | AN_PW_CITY)) m->hint = wc & (AN_PW_ADMIN | AN_PW_CITY);
}

/* "in Reading", "near Mobile"; not "at the University", nor "Department of Labor" (a
 * named body's "of" names its field; "the office of Lamar County clerk" is the county's). */
static int after_preposition(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 == sv->first) return 0;
    size_t p = t0 - 1;
    if (p > sv->first && tok_is(c, p, "of") && is_cap(c, p - 1) && (word_class(c, p - 1) & AN_PW_BODY))
        return 0;
    return (word_class(c, p) & AN_PW_PREP) && !is_cap(c, p);
}

/* Token t is a noun for the people, the home or the police of a place. */
static int local_noun(const an_place_ctx *c, size_t t) {
    static const char *const nouns[] = {"man", "woman", "men", "women", "resident", "residents",
                                        "couple", "teen", "teenager", "boy", "girl", "family",
                                        "native", "home", "police", "voters"};
    for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (tok_is(c, t, nouns[k])) return 1;
    return 0;
}

/* "a Meadow Grove man", "his Lanexa home": a person or a home of the place. */
static int local_noun_after(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1) {
    static const char *const dets[] = {"a", "an", "the", "his", "her", "their"};
    if (t0 == sv->first || t1 >= sv->end) return 0;
    int det = 0;
    size_t dl;
    const char *d = tok_text(c, t0 - 1, &dl);
    for (size_t k = 0; k < sizeof dets / sizeof dets[0]; k++) /* "The Meadow Grove man" */
        det |= dl == strlen(dets[k]) && strncasecmp(d, dets[k], dl) == 0;
    return det && local_noun(c, t1);
}

/* The same, or "in the X area", "camps such as X": support enough for a name that is
 * no ordinary word (a village's, or only some town's other name). */
static int after_preposition_the(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (after_preposition(c, sv, t0)) return 1;
    if (t0 < sv->first + 2) return 0;
    if (tok_is(c, t0 - 1, "as")) return tok_is(c, t0 - 2, "such");
    return tok_is(c, t0 - 1, "the") && after_preposition(c, sv, t0 - 1);
}

/* The word stands in lower case elsewhere in the document: an ordinary word that starts
 * a sentence or a headline ("Mining", "Samples"). */
static uint64_t lower_hash(const char *s, size_t len) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        h ^= (ch >= 'A' && ch <= 'Z') ? ch + 32u : ch;
        h *= 0x100000001b3ull;
    }
    return h | 1;
}

/* The hashes of the document's lower-case words, made on first need. */
static int build_lower_set(an_place_ctx *c) {
    const annals_doc *doc = c->doc;
    size_t cap = 64;
    while (cap < 2 * doc->tokens.n) cap *= 2;
    c->lower_set = calloc(cap, sizeof *c->lower_set);
    if (!c->lower_set) return -1;
    c->lower_mask = cap - 1;
    for (size_t k = 0; k < doc->tokens.n; k++) {
        const an_token *t = &doc->tokens.v[k];
        if (t->kind != ANNALS_TOKEN_WORD || (t->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)))
            continue;
        size_t sl;
        uint64_t h = lower_hash(an_doc_where(doc, t->where, &sl) + t->start, t->end - t->start);
        size_t i = h & c->lower_mask;
        while (c->lower_set[i] && c->lower_set[i] != h) i = (i + 1) & c->lower_mask;
        c->lower_set[i] = h;
    }
    return 0;
}

static int lower_elsewhere(an_place_ctx *c, size_t t0) {
    if (!c->lower_set && build_lower_set(c) != 0) return 0; /* out of memory: no evidence */
    size_t len;
    const char *w = tok_text(c, t0, &len);
    uint64_t h = lower_hash(w, len);
    for (size_t i = h & c->lower_mask; c->lower_set[i]; i = (i + 1) & c->lower_mask)
        if (c->lower_set[i] == h) return 1;
    return 0;
}

/* "WASHINGTON —", "BEIRUT (Reuters) -": a capitalised name opening a sentence before a
 * dash or a bracket is a dateline, and a dateline names a town. */
static int dateline_name(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1) {
    size_t letters;
    if (t1 >= sv->end || !all_caps(c, t0, t1, &letters) || letters < 4) return 0;
    if (t0 != sv->first && !(tok(c, t0)->flags & ANNALS_TOKEN_SENT_START)) return 0;
    return tok_is(c, t1, "\xe2\x80\x94") || tok_is(c, t1, "\xe2\x80\x93") || tok_is(c, t1, "-") ||
           tok_is(c, t1, "--") || tok_is(c, t1, "(");
}

/* Token n is a capitalised institution word right after the name ("Sheriff", "Court"), or
 * the place's own police in lower case ("Miami-Dade police", "DuPage deputies"). */
static int inst_after(const an_place_ctx *c, const sent_view *sv, size_t n) {
    static const char *const forces[] = {"police", "sheriff", "deputies", "firefighters"};
    if (n >= sv->end || !plain_gap(c, n - 1, n)) return 0;
    for (size_t k = 0; k < sizeof forces / sizeof forces[0]; k++)
        if (tok_is(c, n, forces[k])) return 1;
    return is_cap(c, n) && (word_class(c, n) & AN_PW_INST);
}

/* A capitalised word of no type follows token t0 closely: t0 begins a longer name
 * ("of Human Resources", "and Vice Chairman"). */
static int name_goes_on(const an_place_ctx *c, const sent_view *sv, size_t t0, int of_only) {
    size_t n = t0 + 1;
    if (n + 1 < sv->end && tok_is(c, n, "of")) n++; /* "Bank of America" */
    else if (of_only) return 0; /* "at Gwinnett Medical Center" names the county's */
    return n < sv->end && is_cap(c, n) && tok(c, n)->kind == ANNALS_TOKEN_WORD && plain_gap(c, n - 1, n) &&
           !(word_class(c, n) & (AN_PW_CITY | AN_PW_ADMIN | AN_PW_TIME));
}

/* "Posing as aid workers, the men", "Speaking to reporters", "Fearing reprisals, villagers
 * fled": a sentence's first word in -ing or -ed before "as", a preposition or a lower-case
 * clause that a comma closes is a participle, not the town it spells. */
static int participle_opener(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    static const char *const preps[] = {"as", "about", "with", "for", "on", "by", "over", "under",
                                        "after", "before", "against", "up", "out", "down", "off",
                                        "back", "upon", "onto", "along", "behind", "beyond"};
    size_t len;
    const char *w = tok_text(c, t0, &len);
    int ing = len >= 5 && strncmp(w + len - 3, "ing", 3) == 0;
    int ed = len >= 5 && strncmp(w + len - 2, "ed", 2) == 0;
    size_t n = t0 + 1;
    if (!(ing || ed) || n >= sv->end || !plain_gap(c, t0, n) || is_cap(c, n)) return 0;
    if (tok(c, n)->kind != ANNALS_TOKEN_WORD) return 0;
    int prep = (word_class(c, n) & AN_PW_PREP) && !tok_is(c, n, "and") && !tok_is(c, n, "or");
    for (size_t k = 0; k < sizeof preps / sizeof preps[0]; k++) prep |= tok_is(c, n, preps[k]);
    /* its object in lower case: "Kettering on Tuesday", "Nanjing in 1937" are the town */
    if (prep) return n + 1 < sv->end && tok(c, n + 1)->kind == ANNALS_TOKEN_WORD && !is_cap(c, n + 1);
    /* the clause: lower-case words only, then a comma, within a few words */
    for (size_t k = n; k < sv->end && k < n + 8; k++) {
        if (tok_is(c, k, ",")) return k > n;
        if (tok(c, k)->kind != ANNALS_TOKEN_WORD || is_cap(c, k)) return 0;
    }
    return 0;
}

/* After a dateline's dash ("SAN JUAN (AP) — Power returned") a word is capitalised as
 * at a sentence's start. */
static int after_dash(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    return t0 > sv->first && tok(c, t0 - 1)->kind != ANNALS_TOKEN_WORD &&
           (tok_is(c, t0 - 1, "\xe2\x80\x94") || tok_is(c, t0 - 1, "\xe2\x80\x93") ||
            tok_is(c, t0 - 1, "--") || tok_is(c, t0 - 1, "-"));
}

/* A one-word name that needs support (a preposition before it or a qualifier after it)
 * to be a place: an ordinary word, a month, a person's name, or an alternate name at the
 * start of a sentence. */
static int weak_word(an_place_ctx *c, const sent_view *sv, size_t t0, const an_gaz_slot *s,
                     const name_info *ni, int hyphen_part) {
    /* "US" is not "us" */
    unsigned wc = (tok(c, t0)->flags & ANNALS_TOKEN_ALLCAPS) ? 0 : word_class(c, t0);
    int start = (tok(c, t0)->flags & ANNALS_TOKEN_SENT_START) || sv->headline || after_dash(c, sv, t0);
    /* "in March" is a date; "in Congress" the legislature, not Congress, Arizona */
    if (wc & (AN_PW_TIME | AN_PW_NEVER)) return 1;
    if (wc & AN_PW_PERSON) return !after_preposition(c, sv, t0);
    /* "Tim and Kristina said", "Billy's opened": a given name alone that only small
     * towns bear is the person */
    if ((wc & AN_PW_FIRST) && small_towns_only(c, s)) return !after_preposition_the(c, sv, t0);
    /* "Cars and Loans" inside a sentence: an English word that only small towns bear is
     * capitalised for a title or a brand, unless the text places it; an opening word
     * keeps the support its own rules give (a headline's or dateline's town), and a
     * landform's name ("the Atlas Mountains", "the Salmon River") is no word */
    if (wc == 0 && !(tok(c, t0)->flags & ANNALS_TOKEN_SENT_START) && !after_dash(c, sv, t0) &&
        (s->info & AN_GAZ_WORD) &&
        !(tok(c, t0)->flags & ANNALS_TOKEN_ALLCAPS) &&
        !(t0 + 1 < sv->end && is_cap(c, t0 + 1) && (word_class(c, t0 + 1) & AN_PW_FEATURE)) &&
        towns_only(c, s) && small_towns_only(c, s)) {
        /* "and" joins a list ("Cars and Loans"): a preposition before the list holds it
         * ("between the Williams and Cranberry rivers") */
        size_t i = t0;
        while (i > sv->first && (is_cap(c, i - 1) || tok_is(c, i - 1, ",") || tok_is(c, i - 1, "and") ||
                                 tok_is(c, i - 1, "or")))
            i--;
        if (i > sv->first + 1 && i < t0 && tok_is(c, i - 1, "the")) i--;
        int prep = after_preposition(c, sv, i) && !tok_is(c, i - 1, "and") && !tok_is(c, i - 1, "or");
        return (!prep && !local_noun_after(c, sv, t0, t0 + 1)) || name_goes_on(c, sv, t0, 0);
    }
    /* a street's or a building's word alone ("City Hall", "Lane closures") is no town;
     * "a Mobile man", "an Independence teenager" are the town's people */
    if (wc & (AN_PW_COMMON | AN_PW_STREET))
        return start || (!after_preposition(c, sv, t0) && !local_noun_after(c, sv, t0, t0 + 1)) ||
               name_goes_on(c, sv, t0, 0); /* "Department of Labor Statistics" */
    /* "Acapulco" for Acapulco de Juárez; short ones are often words ("Part" for Perth) */
    size_t len;
    tok_text(c, t0, &len);
    if (ni->big_city && len >= 7) return 0;
    /* "DuPage Sheriff", "Avoyelles Court": a county's bare name before a body of its own */
    int inst = ni->alt_only && inst_after(c, sv, t0 + 1);
    /* "Power returned" beside "cut power": a word the story also writes in lower case,
     * unless a place of note goes by it */
    if (start && !ni->big_city && towns_only(c, s) && participle_opener(c, sv, t0)) return 1;
    if (start && ((ni->alt_only && !inst) ||
                  ((!ni->strong || small_towns_only(c, s)) && lower_elsewhere(c, t0))))
        return 1;
    /* a name that is only some town's other name ("Hall", "Passover"), unless joined to
     * another by a hyphen ("Athens-Clarke", "D-Braxton") */
    return ni->alt_only && !inst && !hyphen_part &&
           (!after_preposition_the(c, sv, t0) || name_goes_on(c, sv, t0, 1));
}

/* A verb of saying follows: "Clifford said" is a person (a capital saying something is
 * its government, and is kept: its name is a preferred one). */
static int speaker(const an_place_ctx *c, const sent_view *sv, size_t t1) {
    if (t1 >= sv->end) return 0;
    static const char *const verbs[] = {"said", "says", "told", "added", "explained", "noted",
                                        "wrote", "asked", "replied", "stated"};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (tok_is(c, t1, verbs[k])) return 1;
    return 0;
}

static int after_preposition(const an_place_ctx *c, const sent_view *sv, size_t t0);
static int is_title_word(const an_place_ctx *c, size_t t);

/* "Kelso was arrested", "Berri was charged": the subject of what befalls only people (not
 * "a man of Elkhart was indicted"); "according to Berri,": a source named alone (not
 * "according to DeKalb police"). */
static int person_by_role(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1) {
    static const char *const done[] = {"arrested", "charged", "sentenced", "convicted", "indicted",
                                       "jailed", "acquitted", "booked", "born", "quoted"};
    if (t1 + 1 < sv->end && (tok_is(c, t1, "was") || tok_is(c, t1, "is")) && !after_preposition(c, sv, t0))
        for (size_t k = 0; k < sizeof done / sizeof done[0]; k++)
            if (tok_is(c, t1 + 1, done[k])) return 1;
    if (t0 >= sv->first + 2 && tok_is(c, t0 - 1, "to") &&
        (tok_is(c, t0 - 2, "according") || tok_is(c, t0 - 2, "According")) &&
        (t1 >= sv->end || tok_is(c, t1, ",") || tok_is(c, t1, ".")))
        return 1;
    /* "Berri, a former speaker, met", "Kelso, the mayor of the town": a title in
     * apposition */
    if (t1 + 2 < sv->end && tok_is(c, t1, ",") &&
        (tok_is(c, t1 + 1, "the") || tok_is(c, t1 + 1, "a") || tok_is(c, t1 + 1, "an"))) {
        size_t t = t1 + 2;
        if (t + 1 < sv->end && !is_title_word(c, t) && !is_cap(c, t) && tok(c, t)->kind == ANNALS_TOKEN_WORD)
            t++; /* "the former mayor" */
        /* closed by a comma or followed by its field ("the mayor, said", "a former speaker
         * of parliament"); not "In Youngstown, the mayor wants" */
        return is_title_word(c, t) && !is_cap(c, t) && t + 1 < sv->end &&
               (tok_is(c, t + 1, ",") || tok_is(c, t + 1, "of")) && !after_preposition(c, sv, t0);
    }
    return 0;
}

/* "said Clifford in a statement": a verb of saying just before. */
static int spoken_of(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 == sv->first || !(tok_is(c, t0 - 1, "said") || tok_is(c, t0 - 1, "says"))) return 0;
    /* not "said Laconia police", "said Monroe Mayor Robert Routson" */
    size_t n = t0 + 1;
    return n >= sv->end || tok_is(c, n, ",") || tok_is(c, n, ".") ||
           ((word_class(c, n) & AN_PW_PREP) && !tok_is(c, n, "and") && !tok_is(c, n, "or"));
}

/* Token t stands inside a quotation of its sentence: an odd number of quote marks
 * before it since the sentence began. */
static int in_quotes(const an_place_ctx *c, size_t t) {
    unsigned marks = 0;
    for (size_t u = t; u-- > 0;) {
        if (tok_is(c, u, "\"") || tok_is(c, u, "\xe2\x80\x9c") || tok_is(c, u, "\xe2\x80\x9d")) marks++;
        if (tok(c, u)->flags & ANNALS_TOKEN_SENT_START) break;
    }
    return marks % 2;
}

/* "Mon Aug 15", "Wed Jun 8": a weekday's short form before a month or a day's number is
 * the day of a dateline or a timestamp, not Mon State; the month after it is no town. */
static int weekday_of_date(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1) {
    if (t1 - t0 != 1 || t1 >= sv->end) return 0;
    /* "Fri Jun 24": the month after the weekday, before the day, is no Jun in Spain */
    if (t0 > sv->first && (word_class(c, t0 - 1) & AN_PW_WEEKDAY) && plain_gap(c, t0 - 1, t0) &&
        tok(c, t1)->kind == ANNALS_TOKEN_NUMBER)
        return 1;
    if (!(word_class(c, t0) & AN_PW_WEEKDAY)) return 0;
    if (tok(c, t1)->kind == ANNALS_TOKEN_NUMBER || (word_class(c, t1) & AN_PW_TIME)) return 1;
    /* a month's short form the lexicon lacks ("Jun", "Mar") before the day's number */
    size_t len;
    tok_text(c, t1, &len);
    return len == 3 && is_cap(c, t1) && t1 + 1 < sv->end &&
           tok(c, t1 + 1)->kind == ANNALS_TOKEN_NUMBER;
}

/* The English name of entry e begins with the folded key ("Acapulco" for Acapulco de
 * Juárez), where a foreign spelling does not ("Berri" for Barrie). */
static int short_form_of(const an_place_ctx *c, const an_gaz_entry *e, const char *key, size_t klen) {
    const char *name = an_gaz_name(&c->r->gaz, e);
    char folded[KEY_CAP];
    size_t n = an_gaz_fold(name, strlen(name), folded, sizeof folded);
    return n >= klen && memcmp(folded, key, klen) == 0 && (n == klen || folded[klen] == ' ');
}

/* A country, an admin1 area or a city of 100,000 people goes by this name (token t0) as
 * its own: when it "said" something, it is its government ("Moscow said"). */
static int area_or_big_city(const an_place_ctx *c, const an_gaz_slot *s, size_t t0) {
    const an_gazetteer *g = &c->r->gaz;
    char key[KEY_CAP];
    size_t len;
    const char *w = tok_text(c, t0, &len);
    size_t klen = an_gaz_fold(w, len, key, sizeof key);
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        /* a big city's short name counts ("Acapulco" for Acapulco de Juárez), not its name
         * in another tongue ("Berri said" is Nabih Berri, not Barrie, Ontario) */
        if (e->kind == AN_GAZ_CITY && e->population >= 100000 &&
            (AN_GAZ_POST_QUALITY(p) == AN_GAZ_MAIN || AN_GAZ_POST_QUALITY(p) == AN_GAZ_PREFERRED ||
             (AN_GAZ_POST_QUALITY(p) == AN_GAZ_ALT && short_form_of(c, e, key, klen))))
            return 1;
        if (AN_GAZ_POST_QUALITY(p) < AN_GAZ_MAIN) continue;
        if (e->kind == AN_GAZ_COUNTRY || e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_REGION) return 1;
    }
    return 0;
}

/* A one-word name used for a person named with a title earlier ("Dr. Ann Dunn ... Dunn
 * said"), or followed by a verb of saying while it is no big city ("Dunn said"). */
static int person_word(const an_place_ctx *c, size_t t0) {
    size_t len;
    const char *w = tok_text(c, t0, &len);
    for (size_t k = 0; k < c->n_people; k++)
        if (!c->people[k].strong && c->people[k].len == len && memcmp(c->people[k].s, w, len) == 0)
            return 1;
    return 0;
}

/* A town's own name used as the surname of a person named earlier ("Jordan Henderson ...
 * Henderson was injured"). */
static int strong_surname(const an_place_ctx *c, size_t t0) {
    size_t len;
    const char *w = tok_text(c, t0, &len);
    for (size_t k = 0; k < c->n_people; k++)
        if (c->people[k].strong && c->people[k].len == len && memcmp(c->people[k].s, w, len) == 0)
            return 1;
    return 0;
}

/* A town's own or English name, or an alias: not taken for a person's name. */
static int strong_name(const an_place_ctx *c, const char *w, size_t len) {
    char key[KEY_CAP];
    size_t klen = an_gaz_fold(w, len, key, sizeof key);
    const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
    if (!s || AN_GAZ_COUNT(s) == 0) return 0;
    uint32_t p = c->r->gaz.post[s->post];
    return AN_GAZ_POST_QUALITY(p) == AN_GAZ_PREFERRED &&
           an_gaz_entry_at(&c->r->gaz, AN_GAZ_POST_ENTRY(p))->kind != AN_GAZ_DEMONYM;
}

#define NOTED_AREA 250000 /* people: a state a reader knows ("Vermont"), not Uruguay's Flores */

/* A country or a state of note goes by this name as its own: never taken for a surname
 * ("George Washington"), where a small province's is ("Matthew D. Flores"). */
static int noted_area(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; s && k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN &&
            (e->kind == AN_GAZ_COUNTRY || (e->kind == AN_GAZ_ADMIN1 && e->population >= NOTED_AREA)))
            return 1;
    }
    return 0;
}

/* A country or a state goes by this word as its own name ("Washington"). */
static int area_word(const an_place_ctx *c, const char *w, size_t len) {
    char key[KEY_CAP];
    size_t klen = an_gaz_fold(w, len, key, sizeof key);
    const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
    return s && noted_area(c, s);
}

/* A country goes by this word as its own name ("Canada"). */
static int country_word(const an_place_ctx *c, const char *w, size_t len) {
    char key[KEY_CAP];
    size_t klen = an_gaz_fold(w, len, key, sizeof key);
    const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
    return s && own_kind(c, s, AN_GAZ_COUNTRY);
}

static int add_person(an_place_ctx *c, const char *w, size_t len, int strong) {
    if (c->n_people >= 512) return 0; /* enough to go by */
    if (c->n_people == c->cap_people) {
        size_t ncap = c->cap_people ? c->cap_people * 2 : 16;
        void *v = realloc(c->people, ncap * sizeof *c->people);
        if (!v) return -1;
        c->people = v;
        c->cap_people = ncap;
    }
    c->people[c->n_people].s = w;
    c->people[c->n_people].strong = strong;
    c->people[c->n_people++].len = len;
    return 0;
}

/* Some country, state, county or region goes by this name as its own. */
static int area_name(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; s && k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        unsigned kind = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->kind;
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER &&
            (kind == AN_GAZ_COUNTRY || kind == AN_GAZ_ADMIN1 || kind == AN_GAZ_ADMIN2 || kind == AN_GAZ_REGION))
            return 1;
    }
    return 0;
}

/* "Miss Ohio", "Miss America", "Miss Butler County": a pageant's title names an area,
 * no person; "Miss Georgia Smith", "Miss Jordan" (a given name) are persons. Token k is
 * the title; the name starts at k + 1, in string s. */
static int pageant(const an_place_ctx *c, size_t k, const char *s) {
    const an_token *v = c->doc->tokens.v, *t = &v[k];
    size_t n = c->doc->tokens.n;
    if (t->end - t->start != 4 || memcmp(s + t->start, "Miss", 4) != 0 || k + 1 >= n) return 0;
    const an_token *first = &v[k + 1];
    if (first->where != t->where ||
        (an_place_word_own(c->r, s + first->start, first->end - first->start) & (AN_PW_FIRST | AN_PW_PERSON)))
        return 0;
    char key[KEY_CAP];
    for (size_t j = k + 1; j < n && j < k + 4; j++) {
        if (v[j].where != t->where || !(v[j].flags & ANNALS_TOKEN_CAPITALIZED)) break;
        size_t klen = an_gaz_fold(s + first->start, v[j].end - first->start, key, sizeof key);
        int after = j + 1 < n && v[j + 1].where == t->where && v[j + 1].kind == ANNALS_TOKEN_WORD &&
                    (v[j + 1].flags & ANNALS_TOKEN_CAPITALIZED) && !(v[j + 1].flags & ANNALS_TOKEN_SENT_START);
        if (klen && !after && area_name(c, an_gaz_find(&c->r->gaz, key, klen))) return 1;
    }
    return 0;
}

/* The words after a title ("Gov. Sonny Perdue") are a person's, for the whole document. */
static int collect_people(an_place_ctx *c) {
    const annals_doc *doc = c->doc;
    for (size_t k = 0; k + 1 < doc->tokens.n; k++) {
        const an_token *t = &doc->tokens.v[k];
        size_t sl;
        const char *s = an_doc_where(doc, t->where, &sl);
        if (!(t->flags & ANNALS_TOKEN_CAPITALIZED) || !an_place_is_title(c->r, s + t->start, t->end - t->start) ||
            pageant(c, k, s))
            continue;
        for (size_t j = k + 1; j < doc->tokens.n && j < k + 4; j++) {
            const an_token *n = &doc->tokens.v[j];
            if (n->where != t->where || n->kind != ANNALS_TOKEN_WORD || !(n->flags & ANNALS_TOKEN_CAPITALIZED) ||
                an_place_word(c->r, s + n->start, n->end - n->start))
                break;
            /* a town's own name right after the title is a nickname ("Mr. Arlington"); after
             * a given name it is the surname ("Officer Shawn Barnes"), unless a state's */
            int strong = strong_name(c, s + n->start, n->end - n->start);
            if (strong && (j == k + 1 || area_word(c, s + n->start, n->end - n->start))) continue;
            if (add_person(c, s + n->start, n->end - n->start, strong) != 0) return -1;
        }
    }
    return 0;
}

static int push_mention(an_place_ctx *c, const an_mention *m) {
    an_mention *v = an_array_room(c->m, c->n, &c->cap, sizeof *v, 32);
    if (!v) return -1;
    c->m = v;
    c->m[c->n++] = *m;
    return 0;
}

static int ends_with_dot(const an_place_ctx *c, size_t t) {
    size_t len;
    const char *p = tok_text(c, t, &len);
    return len >= 2 && p[len - 1] == '.';
}

static int is_title_word(const an_place_ctx *c, size_t t) {
    size_t len;
    const char *p = tok_text(c, t, &len);
    return an_place_is_title(c->r, p, len);
}

/* Names that are never places where they stand: a title ("Ms."), a holiday ("St.
 * Patrick's Day"), a short word in capitals that is no town's own name. */
static int ruled_out(const an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                     const name_info *ni) {
    if (t1 - t0 == 1 && is_title_word(c, t0)) return 1;
    if (weekday_of_date(c, sv, t0, t1)) return 1;
    /* "The City Council", "the State's budget": a type word is no name */
    if (t1 - t0 == 2 && (tok_is(c, t0, "the") || tok_is(c, t0, "The")) &&
        (word_class(c, t0 + 1) & (AN_PW_CITY | AN_PW_ADMIN)))
        return 1;
    if (t1 + 1 < sv->end && is_possessive(c, t1) && tok_is(c, t1 + 1, "Day")) return 1;
    /* "US $50 million", "HK$ 2 billion": a country's letters before a currency sign name
     * the currency */
    if (t1 < sv->end && t1 - t0 == 1 && tok_is(c, t1, "$")) return 1;
    size_t letters;
    return all_caps(c, t0, t1, &letters) && letters <= 3 && !ni->strong;
}

/* "Flores, 26, had just left the Army": a name with an age after it is a person's. */
static int age_after(const an_place_ctx *c, const sent_view *sv, size_t t1) {
    if (t1 + 2 >= sv->end || !tok_is(c, t1, ",") || !tok_is(c, t1 + 2, ",")) return 0;
    const an_token *n = tok(c, t1 + 1);
    if (n->kind != ANNALS_TOKEN_NUMBER || n->end - n->start > 3) return 0;
    long age = strtol(c->text + n->start, NULL, 10);
    return age > 0 && age < 120;
}

/* "Jones, D-Del., said", "(Smith, R-Texas)": a name before a party's letter and a state is
 * a lawmaker's. */
static int party_after(const an_place_ctx *c, const sent_view *sv, size_t t1) {
    if (t1 + 1 >= sv->end || !tok_is(c, t1, ",")) return 0;
    size_t len;
    const char *p = tok_text(c, t1 + 1, &len);
    return len >= 3 && strchr("DRI", p[0]) && p[1] == '-' && p[2] >= 'A' && p[2] <= 'Z';
}

/* "Matthew D. Flores": token i is an initial after a capitalised word. */
static int middle_initial(const an_place_ctx *c, const sent_view *sv, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    if (i == sv->first || len != 2 || p[1] != '.' || p[0] < 'A' || p[0] > 'Z') return 0;
    return is_cap(c, i - 1) && tok(c, i - 1)->kind == ANNALS_TOKEN_WORD && !strchr("NSEW", p[0]);
}

/* A given name of the lexicon or an initial just before a town's name that is no state's
 * or country's ("Jordan Henderson", "Matthew D. Flores"; "George Washington" keeps the
 * state). */
static int given_surname(const an_place_ctx *c, const sent_view *sv, size_t t0, const an_gaz_slot *s) {
    if (sv->headline || t0 == sv->first || !plain_gap(c, t0 - 1, t0) || noted_area(c, s)) return 0;
    return (word_class(c, t0 - 1) & AN_PW_FIRST) || middle_initial(c, sv, t0 - 1);
}

/* A person's name around it ("Linda Webb", "Eric Stevens", "Tim Callahan"). Returns 1
 * when it is not a place, -1 when out of memory. */
static int persons_name(an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                        const an_gaz_slot *s, const name_info *ni) {
    int one = t1 - t0 == 1, caps = (tok(c, t0)->flags & ANNALS_TOKEN_ALLCAPS) != 0;
    const char *w = c->text + tok(c, t0)->start;
    size_t wl = tok(c, t0)->end - tok(c, t0)->start;
    if (t0 > sv->first && pageant(c, t0 - 1, c->text)) return 0;
    if (one && !caps && (age_after(c, sv, t1) || party_after(c, sv, t1)) && !noted_area(c, s))
        return add_person(c, w, wl, ni->strong) != 0 ? -1 : 1;
    /* a state's abbreviation is no person's name: "major Mich. utilities" */
    if (!ni->qualifier_only && name_before(c, sv, t0)) {
        /* "Christina Boren ... by Boren": the surname is a person's all through; a town's
         * own name after a given name ("Jordan Henderson") is, where nothing marks a place */
        if (!one || caps || (ni->strong && !given_surname(c, sv, t0, s))) return 1;
        return add_person(c, w, wl, ni->strong) != 0 ? -1 : 1;
    }
    /* a name that is no town's own name, after an unknown capitalised word, is part of a
     * person's or a thing's name ("Ann Lee", "Camp Lejeune"); so is a small town's */
    if ((!ni->strong || (one && small_towns_only(c, s))) && !sv->headline && unknown_cap(c, sv, t0, -1))
        return one && !caps ? (add_person(c, w, wl, 0) != 0 ? -1 : 1) : 1;
    /* before one, only a name known as some entry's alternate is ("Byesville Volunteer
     * Fire Department" stays) */
    if (!ni->strong && !sv->headline && ni->alt_only && unknown_cap(c, sv, t1 - 1, 1)) return 1;
    /* in a headline every word is capitalised: a name that is no town's own, after a
     * capitalised word, is a surname ("Council Hails Howell") */
    if (!ni->strong && sv->headline && one && cap_word_before(c, sv, t0)) return 1;
    return one && !sv->headline && small_towns_only(c, s) && lone_surname_after(c, sv, t0);
}

/* "400 S. Locust St., Lebanon": the town of a street address, a house number before it. */
static int after_address(const an_place_ctx *c, const sent_view *sv, size_t t0) {
    if (t0 < sv->first + 3 || !tok_is(c, t0 - 1, ",") || !is_cap(c, t0 - 2) ||
        !(word_class(c, t0 - 2) & AN_PW_STREET))
        return 0;
    for (size_t k = t0 - 3; k >= sv->first && k + 6 >= t0; k--) {
        if (tok(c, k)->kind == ANNALS_TOKEN_NUMBER) return 1;
        if (!is_cap(c, k) || k == 0) return 0;
    }
    return 0;
}

/* Some entry of this kind goes by the name as its own. */
static int own_kind(const an_place_ctx *c, const an_gaz_slot *s, unsigned kind) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER &&
            an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->kind == kind)
            return 1;
    }
    return 0;
}

/* Bytes [start, end) of the sentence's string hold letters, all in capitals: a part of a
 * hyphenated token ("NATO" of "NATO-led"). */
static int span_caps(const an_place_ctx *c, size_t start, size_t end) {
    int letters = 0;
    for (size_t k = start; k < end; k++) {
        unsigned char ch = (unsigned char)c->text[k];
        if (ch >= 'a' && ch <= 'z') return 0;
        letters += ch >= 'A' && ch <= 'Z';
    }
    return letters > 0;
}

/* Whether the name needs support (a preposition, a list, a qualifier) to be kept, and the
 * dateline's town hint. hyphen_part: cut out of a hyphenated token. */
static void weigh_support(an_place_ctx *c, const sent_view *sv, an_mention *m, const name_info *ni,
                          int hyphen_part) {
    size_t t0 = m->t0, t1 = m->t1, letters;
    int dateline = dateline_name(c, sv, t0, t1);
    if (dateline) m->hint |= AN_PW_CITY;
    /* "A LANDMARK feature", "DETECTIVES in": a word in capitals that is no dateline and
     * no town's own English name needs support */
    else if (t1 - t0 == 1 &&
             (hyphen_part ? span_caps(c, m->start, m->end) : all_caps(c, t0, t1, &letters)) &&
             !after_preposition(c, sv, t0) &&
             (!ni->strong || (lower_elsewhere(c, t0) && !area_or_big_city(c, m->slot, t0))))
        m->weak = 1; /* "RAINS HIT GUANGDONG" beside "rains hit": no Hit in Iraq; "US" stays */
    if (t1 - t0 == 1 && !m->weak)
        m->weak = (uint8_t)weak_word(c, sv, t0, m->slot, ni,
                                     hyphen_part || (tok(c, t0)->flags & ANNALS_TOKEN_HYPHENATED));
    /* a village known only from postal codes needs the same support as an ordinary word */
    int address = after_address(c, sv, t0);
    m->placed = (uint8_t)(dateline || address || after_preposition_the(c, sv, t0) ||
                          local_noun_after(c, sv, t0, t1));
    /* "400 S. Locust St., Lebanon", "a Lebanon woman": a town, not the country (whose
     * people would be "Lebanese") */
    if (address || (local_noun_after(c, sv, t0, t1) && own_kind(c, m->slot, AN_GAZ_COUNTRY) &&
                    !own_kind(c, m->slot, AN_GAZ_ADMIN1)))
        m->hint |= AN_PW_CITY;
    if (ni->postal_only && !m->placed) m->weak = 1;
    m->opener = (uint8_t)(t1 - t0 == 1 && !m->placed && !sv->headline && !ni->big_city &&
                          ((tok(c, t0)->flags & ANNALS_TOKEN_SENT_START) || after_dash(c, sv, t0)) &&
                          small_towns_only(c, m->slot) &&
                          t1 < sv->end && tok(c, t1)->kind == ANNALS_TOKEN_WORD && !is_cap(c, t1) &&
                          plain_gap(c, t0, t1) && !local_noun(c, t1)); /* "Preble voters can" */
    m->city_part = (uint8_t)(t1 - t0 == 2 && tok_is(c, t1 - 1, "Side") &&
                             (tok_is(c, t0, "North") || tok_is(c, t0, "South") || tok_is(c, t0, "East") ||
                              tok_is(c, t0, "West")));
}

/* "Clifford said", "said Clifford in a statement": a person, unless the name is a
 * country's, a state's or a big city's (its government), or has a type word. */
static int speaking_person(const an_place_ctx *c, const sent_view *sv, const an_mention *m) {
    if (m->t1 - m->t0 != 1 || (m->hint & (AN_PW_CITY | AN_PW_ADMIN))) return 0;
    return (speaker(c, sv, m->t1) || spoken_of(c, sv, m->t0) || person_by_role(c, sv, m->t0, m->t1)) &&
           !area_or_big_city(c, m->slot, m->t0);
}

/* A demonym ("Syrian", "Israelis") is no place: it is kept apart, for the record's
 * `demonyms`. Returns 0, or -1 when out of memory. */
static int note_demonym(an_place_ctx *c, size_t t0, size_t t1, const an_gaz_slot *s, size_t start,
                        size_t end) {
    if (c->n_dem == c->cap_dem) {
        size_t ncap = c->cap_dem ? c->cap_dem * 2 : 16;
        an_demonym_mention *v = realloc(c->dem, ncap * sizeof *v);
        if (!v) return -1;
        c->dem = v;
        c->cap_dem = ncap;
    }
    an_demonym_mention *d = &c->dem[c->n_dem++];
    d->start = start ? start : tok(c, t0)->start;
    d->end = end ? end : tok(c, t1 - 1)->end;
    d->where = c->where;
    d->slot = s;
    return 0;
}

/* "Stevens & Wilkinson", "McPherson & Jacobsen LLC": a one-word name joined by "&" to
 * another capitalised word names a firm after its founders, unless a country, a state of
 * note or a big city goes by it ("Minneapolis & St. Paul", "Trinidad & Tobago"). */
static int firm_name(const an_place_ctx *c, const sent_view *sv, size_t t0, const an_gaz_slot *s,
                     const name_info *ni) {
    int after = t0 + 2 < sv->end && tok_is(c, t0 + 1, "&") && is_cap(c, t0 + 2);
    int before = t0 >= sv->first + 2 && tok_is(c, t0 - 1, "&") && is_cap(c, t0 - 2);
    return (after || before) && !ni->big_city && !noted_area(c, s);
}

/* Decides whether tokens [t0, t1) naming slot s are a place mention worth resolving.
 * party: the name follows a party's letter ("D-Calif"). */
static int consider(an_place_ctx *c, const sent_view *sv, size_t t0, size_t t1,
                    const an_gaz_slot *s, size_t start, size_t end, int party) {
    name_info ni = postings_info(c, s);
    if (ni.demonym) return note_demonym(c, t0, t1, s, start, end);
    if (ruled_out(c, sv, t0, t1, &ni) || building_name(c, sv, t0, t1, &ni) ||
        body_field(c, sv, t0, t1, s, &ni))
        return 0;
    an_mention m = {0};
    m.t0 = t0;
    m.t1 = t1;
    m.start = start ? start : tok(c, t0)->start;
    m.end = end ? end : tok(c, t1 - 1)->end;
    m.where = c->where;
    m.slot = s;
    m.qual = -1;
    m.ref = -1;
    m.chosen = -1;
    /* "Fla." with its dot is the state, not Flå in Norway */
    m.abbr_only =
        (uint8_t)(ni.qualifier_only || (ni.has_qualifier && t1 - t0 == 1 && ends_with_dot(c, t0)));
    /* "Abu Shok", "Bab el-Oued": a word that begins place names, before a capitalised word
     * the gazetteer does not join to it, begins a place it does not know (not Abu, Japan) */
    if (t1 - t0 == 1 && !start && t1 < sv->end && is_cap(c, t1) && plain_gap(c, t0, t1) &&
        (word_class(c, t0) & AN_PW_LEAD))
        return 0;
    /* the capitalised word just before, read once: a lead or a club's word */
    unsigned before = t0 > sv->first && is_cap(c, t0 - 1) && plain_gap(c, t0 - 1, t0) ? word_class(c, t0 - 1) : 0;
    if (before & AN_PW_LEAD) return 0;
    /* "Real Madrid", "Inter Milan": the club's town is named in the club's name */
    if (!sv->headline && (before & AN_PW_CLUB)) m.in_name = 1;
    /* "the newspaper La Prensa", "the Lebanese daily An-Nahar": the name after an outlet's
     * common noun is the outlet's, which names a place at most inside it */
    if (t0 > sv->first && !is_cap(c, t0 - 1) && tok(c, t0 - 1)->kind == ANNALS_TOKEN_WORD &&
        plain_gap(c, t0 - 1, t0) && (word_class(c, t0 - 1) & AN_PW_OUTLET))
        m.in_name = 1;
    if (t1 - t0 == 1 && firm_name(c, sv, t0, s, &ni)) return 0;
    int person = m.in_name ? 0 : persons_name(c, sv, t0, t1, s, &ni);
    if (person != 0) return person < 0 ? -1 : 0;
    if (!word_after(c, sv, &m) || !landform(c, sv, &m)) return 0;
    words_before(c, sv, &m);
    office_after(c, sv, &m);
    weigh_support(c, sv, &m, &ni, start || end);
    /* "Washington-based", "New York-headquartered": the seat of a body */
    if (end && (strncmp(c->text + end, "-based", 6) == 0 ||
                strncmp(c->text + end, "-headquartered", 14) == 0))
        m.hint |= AN_HINT_SEAT;
    if (party) { /* a lawmaker's state, district or home town: supported */
        m.party = 1;
        m.weak = 0;
    }
    if ((t1 - t0 == 1 && person_word(c, t0)) || speaking_person(c, sv, &m)) return 0;
    return push_mention(c, &m);
}

/* The part before the hyphen of "al-Sukhnah", "Al-Lat", "el-Arish": an article, lower case
 * or two letters in title case, never a town of its own (Ål, Norway). "US-led" stays. */
static int glued_article(const char *p, size_t n) {
    return n && ((p[0] >= 'a' && p[0] <= 'z') || (n == 2 && p[1] >= 'a' && p[1] <= 'z'));
}

/* "Nancy Pelosi, D-Calif", "(R-Texas)", "Marty Seifert, R-Marshall": a party's letter
 * glued to the state a member of Congress stands for, or a state lawmaker's district or
 * home town. */
static int party_prefix(const an_place_ctx *c, const sent_view *sv, size_t i, const char *p, size_t n) {
    if (n != 1 || !strchr("DRI", p[0]) || i == sv->first) return 0;
    return tok_is(c, i - 1, ",") || tok_is(c, i - 1, "(") || tok_is(c, i - 1, "both");
}

/* A hyphenated token that is no name as a whole: the name before the hyphen
 * ("Pakistan-administered", "Fargo-Moorhead") and the one after it ("Egyptian-US",
 * "R-Elbow Lake", which may run on into the next tokens). *last is the last token used,
 * or -1. Returns 0, or -1 when out of memory. */
static int hyphen_parts(an_place_ctx *c, const sent_view *sv, size_t i, long *last) {
    const an_token *t = tok(c, i);
    const char *p = c->text + t->start;
    const char *h = memchr(p, '-', t->end - t->start);
    *last = -1;
    if (!h || h == p || h + 1 >= c->text + t->end) return 0;
    char key[KEY_CAP];
    size_t klen = glued_article(p, (size_t)(h - p)) ? 0 : an_gaz_fold(p, (size_t)(h - p), key, sizeof key);
    /* "Franco-German", "Greco-Roman": a combining form (or an ordinary word) is no town,
     * nor is an ordinary word after it ("Sino-US" keeps the US) */
    int combining = klen && h - p > 1 && p[1] >= 'a' && p[1] <= 'z' && /* not "US-led" */
                    (an_place_word_own(c->r, p, (size_t)(h - p)) & AN_PW_COMMON);
    if (combining) klen = 0;
    const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
    if (s && AN_GAZ_COUNT(s) > 0 && consider(c, sv, i, i + 1, s, 0, (size_t)(h - c->text), 0) != 0)
        return -1;
    if (!(h[1] >= 'A' && h[1] <= 'Z')) return 0;
    size_t from = (size_t)(h + 1 - c->text);
    long j = longest_name(c, i, from, sv->end, &s);
    if (j < 0) return 0;
    *last = j;
    /* after it only a state or a people ("Sino-US", "Franco-German"; "Wal-Mart" is no
     * town Mart) */
    if (combining && !big_area(c, s) && !postings_info(c, s).demonym) return 0;
    return consider(c, sv, i, (size_t)j + 1, s, from, 0, party_prefix(c, sv, i, p, (size_t)(h - p)));
}

/* A capitalised word follows token j closely: the name goes on past it. */
static int runs_on(const an_place_ctx *c, const sent_view *sv, size_t j) {
    return j + 1 < sv->end && is_cap(c, j + 1) && tok(c, j + 1)->kind == ANNALS_TOKEN_WORD &&
           plain_gap(c, j, j + 1) && !(word_class(c, j + 1) & AN_PW_TIME);
}

/* Token i is a town's or an area's type word before "of" ("City of X"), or "the" before one. */
static int type_word_of(const an_place_ctx *c, const sent_view *sv, size_t i) {
    if (tok_is(c, i, "the") || tok_is(c, i, "The")) i++;
    if (i + 1 >= sv->end || !is_cap(c, i) || !tok_is(c, i + 1, "of")) return 0;
    return (word_class(c, i) & (AN_PW_CITY | AN_PW_ADMIN)) != 0;
}

/* The name starting at token i + 1 ends after token j, or runs on past it. */
static int longer_after(const an_place_ctx *c, const sent_view *sv, size_t i, size_t j) {
    if (runs_on(c, sv, j)) return 1;
    const an_gaz_slot *s = NULL;
    return longest_name(c, i + 1, tok(c, i + 1)->start, sv->end, &s) > (long)j;
}

/* A name of several words whose last is cut by a hyphen ("San Jose-based", "New
 * York-area"): its last token, with the hyphen's byte in *cut, or -1. */
static long name_before_hyphen(const an_place_ctx *c, size_t i, size_t end, const an_gaz_slot **out,
                               size_t *cut) {
    char key[KEY_CAP];
    for (size_t k = i + 1; k < end && k < i + MAX_NAME_TOKENS; k++) {
        if (!joinable(c, k - 1, k) || !is_wordish(tok(c, k))) return -1;
        if (!(tok(c, k)->flags & ANNALS_TOKEN_HYPHENATED)) continue;
        const char *p = c->text + tok(c, k)->start;
        const char *h = memchr(p, '-', tok(c, k)->end - tok(c, k)->start);
        if (!h || h == p) return -1;
        size_t klen = an_gaz_fold(c->text + tok(c, i)->start, (size_t)(h - c->text) - tok(c, i)->start,
                                  key, sizeof key);
        const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
        if (!s || AN_GAZ_COUNT(s) == 0) return -1;
        *out = s;
        *cut = (size_t)(h - c->text);
        return (long)k;
    }
    return -1;
}

/* A lower-case prefix glued to a name: "inter-Palestinian", "trans-Siberian". */
static int cap_after_hyphen(const an_place_ctx *c, size_t i) {
    size_t len;
    const char *p = tok_text(c, i, &len);
    const char *h = tok(c, i)->kind == ANNALS_TOKEN_WORD ? memchr(p, '-', len) : NULL;
    return h && h + 1 < p + len && h[1] >= 'A' && h[1] <= 'Z';
}

/* A preposition or a conjunction a headline may leave in lower case ("Fire Spreads from
 * Ridge"). */
static int minor_word(const an_place_ctx *c, size_t i) {
    static const char *const minor[] = {"from", "with", "into", "over", "after", "about", "than",
                                        "that", "amid", "near", "onto", "upon", "under", "before",
                                        "against", "without", "within", "across", "during",
                                        "through", "toward", "towards", "between", "while", "when"};
    for (size_t k = 0; k < sizeof minor / sizeof minor[0]; k++)
        if (tok_is(c, i, minor[k])) return 1;
    return 0;
}

/* Every word of a headline is capitalised but the minor ones: a sentence full of names
 * still has a few long words in lower case ("Kiev saw Real Madrid beat Liverpool"). */
static int is_headline(const an_place_ctx *c, size_t first, size_t end) {
    size_t words = 0, lower = 0;
    for (size_t i = first; i < end; i++) {
        const an_token *t = tok(c, i);
        if (t->kind != ANNALS_TOKEN_WORD || t->end - t->start < 4) continue;
        words++;
        lower += !(t->flags & ANNALS_TOKEN_CAPITALIZED);
    }
    /* most sentences: half their long words in lower case, minor or not */
    if (words < 4 || lower * 2 > words) return 0; /* "They flew to Acapulco on Monday" is none */
    for (size_t i = first; i < end && lower * 10 > words; i++) {
        const an_token *t = tok(c, i);
        if (t->kind == ANNALS_TOKEN_WORD && t->end - t->start >= 4 && !(t->flags & ANNALS_TOKEN_CAPITALIZED) &&
            minor_word(c, i))
            lower--;
    }
    return lower * 10 <= words;
}

/* Some region goes by this name ("northern Syria"): a direction in lower case names a
 * part of a place, never a town of its own ("north Arlington" is not North Arlington). */
static int region_name(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++)
        if (an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(g->post[s->post + k]))->kind == AN_GAZ_REGION) return 1;
    return 0;
}

/* Words to pass over before the name found at token i (ending at j) starts: "City of
 * Richmond", "the Town of Bantam" name the place after "of", with the type word as a hint
 * ("District of Columbia" is a name of its own); "the South Charleston plant", "the Gulf
 * of Mexico" name a longer place than the one with the word before it. */
static size_t words_to_skip(const an_place_ctx *c, const sent_view *sv, size_t i, size_t j,
                            const an_gaz_slot *s) {
    if (type_word_of(c, sv, i) && !postings_info(c, s).strong) return 2;
    if (tok_is(c, i, "The") && i + 1 < sv->end) { /* "The South Ossetian side" */
        const an_gaz_slot *t = NULL;
        return longest_name(c, i + 1, tok(c, i + 1)->start, sv->end, &t) > (long)j ? 1 : 0;
    }
    if (!is_cap(c, i) && (word_class(c, i) & AN_PW_DIR) && !region_name(c, s)) return 1;
    return !is_cap(c, i) && longer_after(c, sv, i, j) ? 1 : 0;
}

/* "Hanover Town Hall", "Dublin City Council": a name the gazetteer ends with a town's word
 * that begins the name of a hall or a body is the town before it ("Hanover Town" is some
 * place's other name). Returns the last token of the name to read, and its slot. */
static long body_cut(const an_place_ctx *c, const sent_view *sv, size_t i, long j,
                     const an_gaz_slot **s) {
    if (!(word_class(c, (size_t)j) & AN_PW_CITY) || (word_class(c, (size_t)j) & AN_PW_ADMIN) ||
        !runs_on(c, sv, (size_t)j) || postings_info(c, *s).strong)
        return j;
    const an_gaz_slot *shorter = NULL;
    long k = longest_name(c, i, tok(c, i)->start, (size_t)j, &shorter);
    if (k < 0) return j;
    *s = shorter;
    return k;
}

/* Token t is a plural type word of areas ("provinces", "regions"): its singular's key, or
 * NULL. */
static const char *area_type(const an_place_ctx *c, size_t t) {
    if (tok_is(c, t, "provinces")) return " province";
    if (tok_is(c, t, "regions")) return " region";
    return NULL;
}

/* Tokens [i, k) stand in a list of areas with a plural type word after it ("Northern and
 * Eastern provinces") or before it ("the provinces of Nyanza, North Eastern and
 * Western"): the singular type word's key, or NULL. */
static const char *listed_area_type(const an_place_ctx *c, const sent_view *sv, size_t i, size_t k) {
    size_t t = k;
    while (t < sv->end && (is_cap(c, t) || tok_is(c, t, ",") || tok_is(c, t, "and"))) t++;
    int listed = t > k || (i > sv->first && (tok_is(c, i - 1, "and") || tok_is(c, i - 1, ",")));
    if (t < sv->end && listed && area_type(c, t)) return area_type(c, t);
    t = i;
    while (t > sv->first && (is_cap(c, t - 1) || tok_is(c, t - 1, ",") || tok_is(c, t - 1, "and"))) t--;
    if (t >= sv->first + 2 && tok_is(c, t - 1, "of")) return area_type(c, t - 2);
    return NULL;
}

/* "North Eastern and Western provinces": a direction names no place alone, but in a list
 * of areas of a kind it is the area of that name and kind ("Western Province"). Tokens
 * [i, *k) are read; returns 0, or -1 when out of memory. */
static int direction_area(an_place_ctx *c, const sent_view *sv, size_t i, size_t *k) {
    size_t j = i;
    while (j < sv->end && j < i + 2 && is_cap(c, j) && (word_class(c, j) & AN_PW_DIR) &&
           (j == i || plain_gap(c, j - 1, j)))
        j++;
    *k = i + 1;
    if (j == i || (j < sv->end && is_cap(c, j) && plain_gap(c, j - 1, j))) return 0;
    const char *type = listed_area_type(c, sv, i, j);
    char key[KEY_CAP];
    size_t tl = type ? strlen(type) : 0;
    size_t from = tok(c, i)->start;
    size_t klen = type ? an_gaz_fold(c->text + from, tok(c, j - 1)->end - from, key, sizeof key) : 0;
    if (!klen || klen + tl >= sizeof key) return 0;
    memcpy(key + klen, type, tl);
    const an_gaz_slot *s = an_gaz_find(&c->r->gaz, key, klen + tl);
    if (!s || AN_GAZ_COUNT(s) == 0) return 0;
    /* the key holds the type word: no hint, so that a former province (a region) weighs
     * as much as an admin1 area of the name elsewhere */
    size_t before = c->n;
    *k = j;
    if (consider(c, sv, i, j, s, 0, 0, 0) != 0) return -1;
    if (c->n > before) c->m[before].weak = 0;
    return 0;
}

/* The name can qualify a place the gazetteer lacks: a country, a state or a county by any
 * of its names or its abbreviation ("Md."), or a city of 100,000 by its own ("Greenlane,
 * Auckland"). */
static int can_qualify_unknown(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        unsigned q = AN_GAZ_POST_QUALITY(p);
        if (e->kind == AN_GAZ_COUNTRY || e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_ADMIN2) return 1;
        if (e->kind == AN_GAZ_CITY && e->population >= 100000 && (q == AN_GAZ_MAIN || q == AN_GAZ_PREFERRED))
            return 1;
    }
    return 0;
}

/* A capitalised word that may stand in the name of a place the gazetteer lacks: a word of
 * no class, a lead of place names ("Fort", "Abu") first, a place-word ("Grove") after. */
static int unknown_word(const an_place_ctx *c, size_t t, int first) {
    const an_token *k = tok(c, t);
    if (k->kind != ANNALS_TOKEN_WORD || !is_cap(c, t)) return 0;
    size_t len;
    const char *w = tok_text(c, t, &len);
    /* the endings of English nouns and adverbs ("Location", "Separately"), not of names */
    static const char *const ends[] = {"tion", "sion", "ment", "ness", "ly", "ism", "ship"};
    for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
        size_t el = strlen(ends[e]);
        if (len > el + 2 && memcmp(w + len - el, ends[e], el) == 0) return 0;
    }
    unsigned wc = word_class(c, t);
    if (wc == 0) return 1;
    if (first) return (wc & AN_PW_LEAD) && !(wc & ~(AN_PW_LEAD | AN_PW_COMMON | AN_PW_INST));
    return wc == AN_PW_STREET && an_place_word(c->r, w, len) == 0; /* not "Street", "Road" */
}

/* A lower-case word that may follow a place closing a phrase: a preposition (not "of":
 * "Queens of the Stone Age"), "where", a time ("for 18 years", "last week"). */
static int closing_word(const an_place_ctx *c, size_t t) {
    static const char *const words[] = {"for", "on", "where", "since", "until", "during", "after",
                                        "before", "last", "this", "when", "and"};
    if (word_class(c, t) & AN_PW_TIME) return 1; /* "Quezon City Wednesday evening" */
    if (is_cap(c, t)) return 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (tok_is(c, t, words[k])) return 1;
    return (word_class(c, t) & AN_PW_PREP) && !tok_is(c, t, "of");
}

/* Tokens [q, *end) name a country, a state or a county (or two: "Auckland, New Zealand")
 * that closes the phrase: no name runs on ("Texas A&M"), no list goes on ("Siaya, Kisumu,
 * Bondo"), no possessive ("Maryland's"), no result after it ("Bolt, Jamaica, 9.58"). */
static int closing_qualifier(const an_place_ctx *c, const sent_view *sv, size_t q, size_t *end,
                             int subject) {
    for (int n = 0; n < 2; n++) {
        const an_gaz_slot *s = NULL;
        if (q >= sv->end || !is_cap(c, q) || (tok(c, q)->flags & ANNALS_TOKEN_HYPHENATED)) return 0;
        long e = longest_name(c, q, tok(c, q)->start, sv->end, &s);
        if (e < 0 || postings_info(c, s).demonym || (n == 0 ? !can_qualify_unknown(c, s) : !big_area(c, s)))
            return 0;
        size_t a = (size_t)e + 1;
        *end = a;
        if (a >= sv->end) return 1;
        if (possessive_at(c, a) || tok_is(c, a, "-") ||
            (is_cap(c, a) && plain_gap(c, a - 1, a) && !(word_class(c, a) & AN_PW_TIME))) /* "Wednesday" */
            return 0;
        if ((tok_is(c, a, "and") || tok_is(c, a, "or")) && a + 1 < sv->end && is_cap(c, a + 1)) return 0;
        /* a word after it that is no preposition makes the name a modifier ("Mixon,
         * Oakland police said") or the subject ("According to Bruschke, China is") */
        if (is_wordish(tok(c, a)) && !closing_word(c, a)) return 0;
        if (!tok_is(c, a, ",") || a + 1 >= sv->end) return 1;
        if (tok(c, a + 1)->kind == ANNALS_TOKEN_NUMBER) return 0;
        /* "Jayark, New York, distributes ...": a subject opening the clause, its seat
         * between commas, is a company's or a person's name */
        if (!is_cap(c, a + 1)) return !subject || tok(c, a + 1)->kind != ANNALS_TOKEN_WORD;
        if (word_class(c, a + 1) & AN_PW_TIME) return 1; /* a dateline's "KAKUMA, Kenya, Jan. 3" */
        q = a + 1; /* "Greenlane, Auckland, New Zealand": a country may follow, and no more */
    }
    return 0;
}

/* A word naming a kind of settlement or area ("village", "district", "camp"); after a
 * name, not "community", which a people's name comes before ("the Latino community"). */
static int settlement_word(const an_place_ctx *c, size_t t) {
    return tok(c, t)->kind == ANNALS_TOKEN_WORD &&
           (word_class(c, t) & (AN_PW_CITY | AN_PW_ADMIN | AN_PW_SETTLE)) != 0;
}

static int settlement_after(const an_place_ctx *c, size_t t) {
    return settlement_word(c, t) && !tok_is(c, t, "community");
}

/* "in Fife", ", in Matara district", "located in the Akita Prefecture", "in eastern
 * Turkey", "east of Harare", "of Nairobi": where a place the text has just named lies.
 * The first token of the known place it names, or -1. */
static long located_at(const an_place_ctx *c, const sent_view *sv, size_t a) {
    int comma = a < sv->end && tok_is(c, a, ",");
    a += comma;
    if (a < sv->end && (tok_is(c, a, "located") || tok_is(c, a, "situated") || tok_is(c, a, "just"))) a++;
    if (a + 1 >= sv->end) return -1;
    if (tok_is(c, a, "in") || tok_is(c, a, "of") || tok_is(c, a, "near") || tok_is(c, a, "outside"))
        a++;
    else if (!is_cap(c, a) && (word_class(c, a) & AN_PW_DIR) && tok_is(c, a + 1, "of"))
        a += 2; /* "east of Harare" */
    else if (!comma || !is_cap(c, a)) /* "the Wedza district, Mashonaland East province" */
        return -1;
    if (a < sv->end && tok_is(c, a, "the")) a++;
    if (a < sv->end && !is_cap(c, a) && (word_class(c, a) & AN_PW_DIR)) a++; /* "eastern Turkey" */
    const an_gaz_slot *s = NULL;
    long e = a < sv->end && is_cap(c, a) ? longest_name(c, a, tok(c, a)->start, sv->end, &s) : -1;
    if (e < 0) return -1;
    /* "of Angola's capital city Luanda": the place the owner's words name */
    size_t b = (size_t)e + 1;
    if (b < sv->end && possessive_at(c, b)) {
        b += is_possessive(c, b) ? 1 : 2;
        while (b < sv->end && b < (size_t)e + 6 && !is_cap(c, b) && tok(c, b)->kind == ANNALS_TOKEN_WORD) b++;
        const an_gaz_slot *s2 = NULL;
        if (b < sv->end && b > (size_t)e + 2 && is_cap(c, b) && longest_name(c, b, tok(c, b)->start, sv->end, &s2) >= 0)
            return (long)b;
    }
    return (long)a;
}

/* Names the gazetteer lacks, placed by the words around them at a known place's point:
 * "Fort Detrick, Maryland", "Kakuma, Turkana", "Greenlane, Auckland" (a comma and a
 * state, a country, a county or a big city that closes the phrase); "the village of
 * Cellardyke in Fife", "the Wedza district, Mashonaland East province", "Dogu Beyazit, a
 * farming town in eastern Turkey" (a settlement's word before or after it, and where it
 * lies). Not a person ("Sen. Cardin, Maryland" has a title, "Usain Bolt, Jamaica" a result
 * after it), a body ("University of Foo, Texas"), a list's item ("Suba, Migori, Rongo,
 * Siaya"), nor a word opening a sentence that the story writes in lower case too.
 * Tokens [i, *k) are the name; returns 1 when it was kept, -1 when out of memory. */
static int unknown_place(an_place_ctx *c, const sent_view *sv, size_t i, size_t *k) {
    if (sv->headline) return 0;
    size_t j = i + 1;
    while (j < sv->end && j < i + 4 && tok(c, j)->kind == ANNALS_TOKEN_WORD &&
           (tok(c, j)->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) && plain_gap(c, j - 1, j))
        j++;
    if (j >= sv->end) return 0;
    /* what may stand around such a name, checked first: most capitalised words are no
     * place */
    const an_token *after = tok(c, j);
    int comma = after->kind == ANNALS_TOKEN_PUNCT && after->end == after->start + 1 && c->text[after->start] == ',';
    if (!comma && !(i >= sv->first + 2 && (tok_is(c, i - 1, "of") || tok_is(c, i - 1, "and"))) &&
        (after->kind != ANNALS_TOKEN_WORD || (after->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) ||
         (!settlement_after(c, j) && !(j + 1 < sv->end && settlement_after(c, j + 1)))))
        return 0;
    for (size_t t = i; t < j; t++) /* of no class, and no person's name the document gives */
        if (!unknown_word(c, t, t == i) || person_word(c, t) || strong_surname(c, t)) return 0;
    if (j == i + 1 && (word_class(c, i) & AN_PW_LEAD)) return 0;
    int start = i == sv->first || (tok(c, i)->flags & ANNALS_TOKEN_SENT_START);
    for (size_t t = i; t < j; t++) /* capitals: a dateline's ("KAKUMA, Kenya -"), no acronym */
        if ((tok(c, t)->flags & ANNALS_TOKEN_ALLCAPS) && !start) return 0;
    /* "the village of X", "the towns of X and Y" */
    int typed_before = i >= sv->first + 2 && (tok_is(c, i - 1, "of") || tok_is(c, i - 1, "and")) &&
                       !is_cap(c, i - 2) && settlement_word(c, i - 2);
    if (!typed_before && i >= sv->first + 4 && tok_is(c, i - 1, "and") && tok_is(c, i - 3, "of") &&
        is_cap(c, i - 2) && !is_cap(c, i - 4) && settlement_word(c, i - 4))
        typed_before = 1;
    /* "Kenya's overcrowded Dadaab camps": the owner named before it, up to two words back */
    long owner = -1;
    for (size_t p = i; p > sv->first + 1 && p + 3 > i && owner < 0; p--) {
        if (is_possessive(c, p - 1) && is_cap(c, p - 2)) owner = (long)p - 2;
        else if (p - 1 == sv->first || is_cap(c, p - 1) || tok(c, p - 1)->kind != ANNALS_TOKEN_WORD ||
                 (tok(c, p - 1)->flags & ANNALS_TOKEN_HAS_DIGIT) || tok_is(c, p - 1, "the") ||
                 tok_is(c, p - 1, "of"))
            break;
    }
    /* glued to a mark before it other than a bracket or a quote ("non-Arab",
     * "DAFNIYA/AL-QAWALISH") */
    if (i > sv->first && tok(c, i - 1)->end == tok(c, i)->start && tok(c, i - 1)->kind != ANNALS_TOKEN_WORD &&
        !tok_is(c, i - 1, "(") && !tok_is(c, i - 1, "\"") && !tok_is(c, i - 1, "\xe2\x80\x9c"))
        return 0;
    if (i > sv->first && !typed_before && owner < 0) {
        size_t p = i - 1;
        if (is_cap(c, p) || is_title_word(c, p) || is_possessive(c, p) || tok_is(c, p, "&")) return 0;
        int after_name = p > sv->first && is_cap(c, p - 1);
        if (after_name && (tok_is(c, p, "of") || tok_is(c, p, ",") || tok_is(c, p, "and") || tok_is(c, p, "or")))
            return 0;
    }
    long anchor = -1;
    int by_owner = 0;
    size_t end;
    /* no preposition or article before it: it may be a clause's subject */
    int subject = i == sv->first || tok(c, i - 1)->kind != ANNALS_TOKEN_WORD || is_cap(c, i - 1);
    if (tok_is(c, j, ",") && closing_qualifier(c, sv, j + 1, &end, subject)) {
        if (start && j == i + 1 && !typed_before && lower_elsewhere(c, i)) return 0;
    } else {
        size_t a = j;
        /* "X district", "X refugee camp": the settlement's word after the name, in lower
         * case ("3rd Congressional District", "Water District" name bodies) */
        if (!is_cap(c, a) && settlement_after(c, a)) a++;
        else if (a + 1 < sv->end && !is_cap(c, a) && tok(c, a)->kind == ANNALS_TOKEN_WORD && settlement_after(c, a + 1))
            a += 2;
        /* "X, a farming town", "X, a suburb" */
        else if (!typed_before && tok_is(c, a, ",") && a + 2 < sv->end && (tok_is(c, a + 1, "a") || tok_is(c, a + 1, "an"))) {
            size_t b = a + 2;
            while (b < sv->end && b < a + 5 && !is_cap(c, b) && tok(c, b)->kind == ANNALS_TOKEN_WORD && !settlement_word(c, b)) b++;
            if (b >= sv->end || is_cap(c, b) || !settlement_word(c, b)) return 0;
            a = b + 1;
        } else if (!typed_before)
            return 0;
        anchor = located_at(c, sv, a);
        if (anchor < 0 && a > j) anchor = owner, by_owner = 1; /* a settlement's word after it only */
        if (anchor < 0) return 0;
    }
    an_mention m = {0};
    m.t0 = i;
    m.t1 = j;
    m.start = tok(c, i)->start;
    m.end = tok(c, j - 1)->end;
    m.where = c->where;
    m.qual = m.ref = m.chosen = m.group = -1;
    m.unknown = 1;
    m.anchor = anchor;
    m.by_owner = (uint8_t)by_owner;
    *k = j;
    return push_mention(c, &m) != 0 ? -1 : 1;
}

/* "Shawnee Park in Institute", "Roanoke Park in Kansas City": a name and a landmark's
 * word (a park, a square, a bridge) before "in" and a known place is a landmark the
 * gazetteer lacks, at that place's point, not the town the name alone would be. Tokens
 * [i, j] are a known name; returns 1 when it was kept (*k past it), -1 when out of
 * memory. */
static int landmark_in(an_place_ctx *c, const sent_view *sv, size_t i, size_t j, size_t *k) {
    size_t w = j + 1;
    if (w >= sv->end || w + 1 >= sv->end || !is_cap(c, w) || !(word_class(c, w) & AN_PW_STREET) ||
        !plain_gap(c, w - 1, w) || !tok_is(c, w + 1, "in") || sv->headline)
        return 0;
    long anchor = located_at(c, sv, w + 1);
    if (anchor < 0) return 0;
    an_mention m = {0};
    m.t0 = i;
    m.t1 = w + 1;
    m.start = tok(c, i)->start;
    m.end = tok(c, w)->end;
    m.where = c->where;
    m.qual = m.ref = m.chosen = m.group = -1;
    m.unknown = 1;
    m.anchor = anchor;
    *k = w + 1;
    return push_mention(c, &m) != 0 ? -1 : 1;
}

static int read_sentence(an_place_ctx *c, const an_sentence *st) {
    sent_view sv = {st->tok_first, st->tok_first + st->tok_count, 0};
    sv.headline = is_headline(c, sv.first, sv.end);
    for (size_t i = sv.first; i < sv.end;) {
        const an_gaz_slot *s = NULL;
        long j = can_start(c, i, sv.end) ? longest_name(c, i, tok(c, i)->start, sv.end, &s) : -1;
        size_t cut = 0;
        const an_gaz_slot *hs = NULL;
        long jh = is_cap(c, i) ? name_before_hyphen(c, i, sv.end, &hs, &cut) : -1;
        if (jh > j) {
            if (consider(c, &sv, i, (size_t)jh + 1, hs, 0, cut, 0) != 0) return -1;
            i = (size_t)jh + 1;
            continue;
        }
        /* "Abu Shok refugee camp in Al-Fashir": a lead word the gazetteer knows alone
         * ("Abu", Japan) begins a name it lacks */
        if (j == (long)i && i + 1 < sv.end && is_cap(c, i + 1) && (word_class(c, i) & AN_PW_LEAD)) {
            size_t k;
            int rc = unknown_place(c, &sv, i, &k);
            if (rc < 0) return -1;
            if (rc) {
                i = k;
                continue;
            }
        }
        if (j > (long)i) j = body_cut(c, &sv, i, j, &s);
        size_t skip = j >= 0 ? words_to_skip(c, &sv, i, (size_t)j, s) : 0;
        if (skip) {
            i += skip;
            continue;
        }
        if (j < 0 && (is_cap(c, i) || cap_after_hyphen(c, i)) &&
            (tok(c, i)->flags & ANNALS_TOKEN_HYPHENATED)) {
            int rc = hyphen_parts(c, &sv, i, &j);
            if (rc < 0) return -1;
            i = j >= 0 ? (size_t)j + 1 : i + 1;
            continue;
        }
        if (j < 0 && is_cap(c, i) && (word_class(c, i) & AN_PW_DIR)) {
            size_t k;
            if (direction_area(c, &sv, i, &k) != 0) return -1;
            i = k;
            continue;
        }
        if (j < 0) {
            size_t k = i + 1;
            int rc = (tok(c, i)->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) &&
                             tok(c, i)->kind == ANNALS_TOKEN_WORD
                         ? unknown_place(c, &sv, i, &k)
                         : 0;
            if (rc < 0) return -1;
            i = rc ? k : i + 1;
            continue;
        }
        size_t k;
        int rc = landmark_in(c, &sv, i, (size_t)j, &k);
        if (rc < 0) return -1;
        if (rc) {
            i = k;
            continue;
        }
        if (consider(c, &sv, i, (size_t)j + 1, s, 0, 0, 0) != 0) return -1;
        i = (size_t)j + 1;
    }
    return 0;
}

/* Some country goes by this name as its own. */
static int country_name(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; s && k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER &&
            an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->kind == AN_GAZ_COUNTRY)
            return 1;
    }
    return 0;
}

/* Some country or admin1 area goes by this name as its own. */
static int big_area(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; s && k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        unsigned kind = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->kind;
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && (kind == AN_GAZ_COUNTRY || kind == AN_GAZ_ADMIN1))
            return 1;
    }
    return 0;
}

static int listed_together(an_place_ctx *c, const an_mention *a, const an_mention *b);

/* No town of note goes by this name as its own. */
static int area_only(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && e->kind == AN_GAZ_CITY && e->population >= 100000)
            return 0;
    }
    return 1;
}

/* Both names are admin1 areas of one country ("New Jersey and New York"). */
static int same_country_admin1(const an_place_ctx *c, const an_gaz_slot *a, const an_gaz_slot *b) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t i = 0; i < AN_GAZ_COUNT(a); i++) {
        uint32_t p = g->post[a->post + i];
        const an_gaz_entry *x = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
        if (AN_GAZ_POST_QUALITY(p) < AN_GAZ_MAIN || x->kind != AN_GAZ_ADMIN1) continue;
        for (uint32_t j = 0; j < AN_GAZ_COUNT(b); j++) {
            uint32_t q = g->post[b->post + j];
            const an_gaz_entry *y = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(q));
            if (AN_GAZ_POST_QUALITY(q) >= AN_GAZ_MAIN && y->kind == AN_GAZ_ADMIN1 &&
                memcmp(x->cc, y->cc, 2) == 0)
                return 1;
        }
    }
    return 0;
}

/* "Washington, Pennsylvania and California": states or countries in a list, where the
 * second does not qualify the first. k is the second. */
static int states_listed(an_place_ctx *c, size_t k) {
    if (k + 1 >= c->n || !big_area(c, c->m[k - 1].slot) || !big_area(c, c->m[k + 1].slot)) return 0;
    return listed_together(c, &c->m[k], &c->m[k + 1]);
}

/* "Stroud, Ontario, Canada", "in Greenwood, W. Va., on": a town's name (no ordinary word,
 * no date, no list's item) and a qualifier closing the phrase; x, y in one string. */
static int firm_qualifier(an_place_ctx *c, const an_mention *x, const an_mention *y) {
    const an_token *v = c->doc->tokens.v;
    size_t n = c->doc->tokens.n, a = y->t1;
    int where = c->where;
    c->where = x->where;
    int ok = !(word_class(c, x->t0) & (AN_PW_COMMON | AN_PW_TIME | AN_PW_PERSON | AN_PW_FIRST)) &&
             !(x->t0 > 0 && v[x->t0 - 1].where == x->where &&
               (tok_is(c, x->t0 - 1, "of") || tok_is(c, x->t0 - 1, "and") ||
                (tok_is(c, x->t0 - 1, ",") && x->t0 > 1 && is_cap(c, x->t0 - 2))));
    if (ok && a < n && v[a].where == y->where) {
        if (tok_is(c, a, ",")) {
            /* a country may follow ("Stroud, Ontario, Canada"); a list may not */
            const an_gaz_slot *s = NULL;
            ok = a + 1 >= n || v[a + 1].where != y->where ||
                 (!(v[a + 1].flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) &&
                  v[a + 1].kind != ANNALS_TOKEN_NUMBER) ||
                 (longest_name(c, a + 1, v[a + 1].start, n, &s) >= 0 && country_name(c, s));
        }
        else if (is_wordish(&v[a]))
            ok = closing_word(c, a) && !tok_is(c, a, "and");
        else
            ok = !possessive_at(c, a) && !tok_is(c, a, "-");
    }
    c->where = where;
    return ok;
}

/* "the Eastern Province of Sierra Leone", "the Adamawa region of Cameroon": an area's
 * type word ends x, "of" and a country or a state's own name follow (y). */
static int area_of_country(an_place_ctx *c, const an_mention *x, const an_mention *y) {
    if (x->unknown || y->t0 < 2 || !tok_is(c, y->t0 - 1, "of")) return 0;
    size_t type = y->t0 - 2; /* in the name's key ("Eastern Province") or after it */
    unsigned wc = type >= x->t0 ? word_class(c, type) : 0;
    int in_name = tok(c, type)->end <= x->end && (wc & AN_PW_ADMIN);
    /* "the Rice Lake area of Fulton County": a settlement's word after the name */
    int after = type == x->t1 && (wc & (AN_PW_ADMIN | AN_PW_SETTLE)) && !is_cap(c, type);
    if (!in_name && !after) return 0;
    return big_area(c, y->slot) || own_kind(c, y->slot, AN_GAZ_ADMIN2);
}

/* Some place named x lies in some state, province or country named y. */
static int held_by(const an_place_ctx *c, const an_gaz_slot *x, const an_gaz_slot *y) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t j = 0; j < AN_GAZ_COUNT(y); j++) {
        uint32_t qi = AN_GAZ_POST_ENTRY(g->post[y->post + j]);
        const an_gaz_entry *a = an_gaz_entry_at(g, qi);
        if (a->kind != AN_GAZ_COUNTRY && a->kind != AN_GAZ_ADMIN1 && a->kind != AN_GAZ_ADMIN2) continue;
        for (uint32_t i = 0; i < AN_GAZ_COUNT(x); i++) {
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(g->post[x->post + i]));
            if ((a->kind == AN_GAZ_COUNTRY && memcmp(a->cc, e->cc, 2) == 0) ||
                (a->kind == AN_GAZ_ADMIN1 && e->a1 == (int32_t)qi) || (a->kind == AN_GAZ_ADMIN2 && e->a2 == (int32_t)qi))
                return 1;
        }
    }
    return 0;
}

/* "Homs, Damascus or camps further afield": a list goes on after y ("and", "or"), and no
 * place of x's name lies in any area of y's: y is the list's next item, no qualifier. */
static int list_not_qualifier(an_place_ctx *c, const an_mention *x, const an_mention *y) {
    size_t a = y->t1;
    if (x->unknown || a >= c->doc->tokens.n || tok(c, a)->where != y->where ||
        !(tok_is(c, a, "and") || tok_is(c, a, "or")))
        return 0;
    return !held_by(c, x->slot, y->slot);
}

/* "Hamilton, the capital of Bermuda", "Nyala, the main town in South Darfur": a town's
 * name, a settlement's word and the area it lies in, as sure as "Hamilton, Bermuda". */
static int appositive_seat(an_place_ctx *c, const an_mention *x, const an_mention *y) {
    size_t t = x->t1;
    if (x->unknown || y->t0 <= t + 2 || y->t0 > t + 7 || !tok_is(c, t, ",")) return 0;
    t++;
    if (tok_is(c, t, "the") || tok_is(c, t, "a")) t++;
    int kind = 0;
    while (t < y->t0 && !kind && !is_cap(c, t) && tok(c, t)->kind == ANNALS_TOKEN_WORD)
        kind = settlement_word(c, t++);
    if (!kind || t >= y->t0 || !(tok_is(c, t, "of") || tok_is(c, t, "in"))) return 0;
    t++;
    if (t < y->t0 && tok_is(c, t, "the")) t++;
    return t == y->t0 && big_area(c, y->slot);
}

/* "X, Y" where Y is a state, province or country: Y qualifies X. */
static void link_qualifiers(an_place_ctx *c) {
    const an_gazetteer *g = &c->r->gaz;
    for (size_t k = 1; k < c->n; k++) {
        an_mention *x = &c->m[k - 1], *y = &c->m[k];
        if (x->where != y->where || y->unknown) continue;
        at_string(c, x->where);
        if ((y->t0 == x->t1 + 2 || y->t0 == x->t1 + 1) && area_of_country(c, x, y)) {
            y->is_qual = 1;
            y->hint = AN_PW_ADMIN;
            x->qual = (int)k;
            x->firm_qual = 1;
            continue;
        }
        if (appositive_seat(c, x, y)) {
            y->is_qual = 1;
            y->hint = AN_PW_ADMIN;
            x->qual = (int)k;
            x->firm_qual = 1;
            continue;
        }
        if (y->t0 != x->t1 + 1) continue;
        int comma = tok_is(c, x->t1, ",");
        int owner = is_possessive(c, x->t1) && big_area(c, x->slot) && x->qual < 0;
        if (owner && !y->is_qual) {
            /* "Syria's Idlib province", "Kenya's Dadaab camps": the first holds the second */
            y->qual = (int)k - 1;
            x->is_qual = 1;
            continue;
        }
        if (!comma || states_listed(c, k)) continue;
        /* "LONDON, March 3": a date, not a qualifier */
        if (y->t1 - y->t0 == 1 && (word_class(c, y->t0) & AN_PW_TIME)) continue;
        /* "On Thursday, Alaska Gov.", "Still, Del Beccaro said", "In March, China's": a
         * date or an opening word before the comma, a possessive after the name */
        if (x->t1 - x->t0 == 1 && !x->unknown &&
            ((word_class(c, x->t0) & AN_PW_TIME) ||
             ((word_class(c, x->t0) & AN_PW_COMMON) && (tok(c, x->t0)->flags & ANNALS_TOKEN_SENT_START))))
            continue;
        if (y->t1 < c->doc->tokens.n && tok(c, y->t1)->where == y->where && possessive_at(c, y->t1)) continue;
        if (list_not_qualifier(c, x, y)) continue;
        /* a quoted chant's ordinary word ("God, Syria, Freedom") is no town of the country */
        if (x->t1 - x->t0 == 1 && !x->unknown && (word_class(c, x->t0) & AN_PW_COMMON) &&
            in_quotes(c, x->t0))
            continue;
        /* "Indonesia, Mount Agung": an undotted abbreviation ("Mount" folds as "MT")
         * before a capitalised word begins another name */
        if (y->abbr_only && !ends_with_dot(c, y->t1 - 1) && y->t1 < c->doc->tokens.n &&
            tok(c, y->t1)->where == y->where && is_cap(c, y->t1) && plain_gap(c, y->t1 - 1, y->t1))
            continue;
        int x_country = country_name(c, x->slot);
        for (uint32_t i = 0; i < AN_GAZ_COUNT(y->slot); i++) {
            uint32_t p = g->post[y->slot->post + i];
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
            /* a county by its bare name qualifies no country: "Israel, Clinton" */
            if (AN_GAZ_POST_QUALITY(p) == AN_GAZ_ALT && x_country) continue;
            if (e->kind == AN_GAZ_ADMIN1 || e->kind == AN_GAZ_COUNTRY || e->kind == AN_GAZ_ADMIN2) {
                y->is_qual = 1;
                y->hint = AN_PW_ADMIN;
                x->qual = (int)k;
                x->firm_qual = (uint8_t)(!x->unknown && firm_qualifier(c, x, y));
                break;
            }
        }
        /* a place the gazetteer lacks may lie in a big city too ("Greenlane, Auckland") */
        if (x->unknown && x->anchor < 0 && x->qual < 0) x->qual = (int)k;
    }
    /* "the village of Cellardyke in Fife", "Kenya's Dadaab camps": the place named where
     * it lies */
    for (size_t k = 0; k < c->n; k++) {
        an_mention *x = &c->m[k];
        for (size_t j = 0; x->unknown && x->anchor >= 0 && j < c->n && x->qual < 0; j++) {
            const an_mention *y = &c->m[j];
            /* an owner is a country or a state ("Kenya's", not "Fidel Castro's") */
            if (y->where == x->where && !y->unknown && y->t0 <= (size_t)x->anchor &&
                (size_t)x->anchor < y->t1 && (!x->by_owner || big_area(c, y->slot)))
                x->qual = (int)j;
        }
    }
    for (size_t k = 0; k < c->n; k++) /* a name the gazetteer lacks is kept only so */
        if (c->m[k].unknown && c->m[k].qual < 0) c->m[k].drop = 1;
}

/* "Central and South America", "North and South Korea": a direction before "and" and a
 * name that begins with another direction shares the rest of that name ("Central
 * America"), where the gazetteer knows the name so made. Returns 0, or -1 (memory). */
static int coordinated_directions(an_place_ctx *c) {
    for (size_t k = c->n; k-- > 0;) {
        const an_mention *m = &c->m[k];
        size_t t = m->t0;
        if (m->t1 - m->t0 < 2 || t < 2 || m->unknown || tok(c, t - 2)->where != m->where) continue;
        at_string(c, m->where);
        if (!is_cap(c, t) || !(word_class(c, t) & AN_PW_DIR) || !is_cap(c, t - 2) ||
            !(word_class(c, t - 2) & AN_PW_DIR) || tok(c, t - 2)->kind != ANNALS_TOKEN_WORD ||
            !(tok_is(c, t - 1, "and") || tok_is(c, t - 1, "or") || tok_is(c, t - 1, "&")))
            continue;
        if (k > 0 && c->m[k - 1].where == m->where && c->m[k - 1].t1 > t - 2) continue;
        char name[KEY_CAP], key[KEY_CAP];
        size_t a = tok(c, t - 2)->end - tok(c, t - 2)->start;
        size_t b = tok(c, m->t1 - 1)->end - tok(c, t + 1)->start;
        if (a + 1 + b > sizeof name) continue;
        memcpy(name, c->text + tok(c, t - 2)->start, a);
        name[a] = ' ';
        memcpy(name + a + 1, c->text + tok(c, t + 1)->start, b);
        size_t klen = an_gaz_fold(name, a + 1 + b, key, sizeof key);
        const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
        if (!s || AN_GAZ_COUNT(s) == 0 || postings_info(c, s).demonym) continue;
        an_mention x = *m;
        x.t0 = t - 2;
        x.t1 = t - 1;
        x.start = tok(c, t - 2)->start;
        x.end = tok(c, t - 2)->end;
        x.slot = s;
        x.weak = x.given = x.party = x.abbr_only = 0;
        if (push_mention(c, &x) != 0) return -1;
        memmove(&c->m[k + 1], &c->m[k], (c->n - 1 - k) * sizeof *c->m);
        c->m[k] = x;
    }
    return 0;
}

/* Token t of the document (any string) holds the same text as token u. */
static int same_token(const an_place_ctx *c, size_t t, size_t u) {
    size_t ln;
    const an_token *a = tok(c, t), *b = tok(c, u);
    if (a->end - a->start != b->end - b->start) return 0;
    const char *sa = an_doc_where(c->doc, a->where, &ln), *sb = an_doc_where(c->doc, b->where, &ln);
    return memcmp(sa + a->start, sb + b->start, a->end - a->start) == 0;
}

/* Token t is a capitalised word joined to token n (n = t - 1 or t + 1) by spaces alone. */
static int cap_beside(an_place_ctx *c, size_t t, size_t n) {
    if (n >= c->doc->tokens.n || tok(c, n)->where != tok(c, t)->where) return 0;
    at_string(c, tok(c, t)->where);
    return is_cap(c, n) && plain_gap(c, t < n ? t : n, t < n ? n : t);
}

/* One sense per document: a name the gazetteer lacks, placed once by its qualifier
 * ("Fort Detrick, Maryland"), is the same place where the document names it again alone
 * ("produced at Fort Detrick"). Returns 0, or -1 when out of memory. */
static int spread_unknown(an_place_ctx *c) {
    size_t n0 = c->n, nt = c->doc->tokens.n;
    for (size_t u = 0; u < n0; u++) {
        if (!c->m[u].unknown || c->m[u].drop || c->m[u].qual < 0) continue;
        size_t w = c->m[u].t1 - c->m[u].t0;
        for (size_t t = 0; t + w <= nt; t++) {
            const an_mention *x = &c->m[u];
            int same = t != x->t0;
            for (size_t q = 0; q < w && same; q++)
                same = same_token(c, t + q, x->t0 + q) && tok(c, t + q)->where == tok(c, t)->where &&
                       (q == 0 || cap_beside(c, t + q, t + q - 1));
            if (!same || (t > 0 && cap_beside(c, t, t - 1)) || cap_beside(c, t + w - 1, t + w)) continue;
            size_t pos = 0, clash = 0;
            while (pos < c->n && c->m[pos].t1 <= t) pos++;
            for (size_t j = pos; j < c->n && !clash; j++) clash = c->m[j].t0 < t + w;
            if (clash) continue;
            an_mention m = *x;
            m.t0 = t;
            m.t1 = t + w;
            m.start = tok(c, t)->start;
            m.end = tok(c, t + w - 1)->end;
            m.where = tok(c, t)->where;
            m.anchor = -1;
            if (push_mention(c, &m) != 0) return -1; /* room at the end, then moved to pos */
            memmove(&c->m[pos + 1], &c->m[pos], (c->n - 1 - pos) * sizeof *c->m);
            c->m[pos] = m;
            for (size_t j = 0; j < c->n; j++)
                if (c->m[j].qual >= (int)pos && j != pos) c->m[j].qual++;
            if (c->m[pos].qual >= (int)pos) c->m[pos].qual++;
            if (pos <= u) u++;
            n0++;
        }
    }
    return 0;
}

/* "S.C.", "Calif.": an abbreviation with dots is a state on its own, unlike "Ga." or "IN". */
static int dotted(an_place_ctx *c, const an_mention *m) {
    size_t len;
    const char *s = an_doc_where(c->doc, m->where, &len) + m->start;
    len = m->end - m->start;
    if (len >= 4 && memchr(s, '.', len) != NULL) return 1;
    /* a short one after a comma or a preposition: "of Sulphur, La., was", "in Ky. jail"; or
     * before a lower-case word it qualifies: "Scandal-plagued Ga. pastor" */
    if (len < 3 || s[len - 1] != '.' || m->t0 == 0 || tok(c, m->t0 - 1)->where != m->where) return 0;
    at_string(c, m->where);
    /* "Co." is a company's or a county's, never a state's ("Acme Co. shares fell") */
    const an_token *n = m->t1 < c->doc->tokens.n ? tok(c, m->t1) : NULL;
    if (n && n->where == m->where && n->kind == ANNALS_TOKEN_WORD &&
        !(n->flags & (ANNALS_TOKEN_CAPITALIZED | ANNALS_TOKEN_ALLCAPS)) && !tok_is(c, m->t0, "Co.") &&
        !tok_is(c, m->t0 - 1, "&"))
        return 1;
    return tok_is(c, m->t0 - 1, ",") || (word_class(c, m->t0 - 1) & AN_PW_PREP);
}

/* The distance a unit word gives in km per unit, or 0. */
static double unit_km(const an_place_ctx *c, size_t i) {
    static const struct { const char *w; double km; } units[] = {
        {"km", 1}, {"kilometres", 1}, {"kilometers", 1}, {"kilometre", 1}, {"kilometer", 1},
        {"miles", 1.609}, {"mile", 1.609}, {"mi", 1.609}};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (tok_is(c, i, units[k].w)) return units[k].km;
    return 0;
}

/* "225 kilometres (east) of/from X": the place named before it in the sentence lies that
 * far from X. Mentions k and ref are in the same string. */
static void link_distance(an_place_ctx *c, size_t k) {
    an_mention *x = &c->m[k];
    size_t t = x->t0;
    if (t < 3) return;
    t--;
    if (tok_is(c, t, "the")) t--;
    if (!(tok_is(c, t, "of") || tok_is(c, t, "from")) || t < 2) return;
    t--;
    if (word_class(c, t) & AN_PW_DIR || tok_is(c, t, "north") || tok_is(c, t, "south") ||
        tok_is(c, t, "east") || tok_is(c, t, "west"))
        t--;
    double per = unit_km(c, t);
    if (per == 0 || t == 0 || tok(c, t - 1)->kind != ANNALS_TOKEN_NUMBER ||
        tok(c, t - 1)->where != c->where)
        return;
    const char *num = c->text + tok(c, t - 1)->start;
    double d = strtod(num, NULL);
    if (memchr(num, ',', tok(c, t - 1)->end - tok(c, t - 1)->start)) {
        char buf[32];
        size_t n = 0;
        for (size_t b = tok(c, t - 1)->start; b < tok(c, t - 1)->end && n + 1 < sizeof buf; b++)
            if (c->text[b] != ',') buf[n++] = c->text[b];
        buf[n] = '\0';
        d = strtod(buf, NULL);
    }
    if (d <= 0) return;
    /* the measured place: the nearest mention before the number, in the same sentence */
    for (size_t j = k; j-- > 0;) {
        an_mention *y = &c->m[j];
        if (y->where != x->where || y->t1 > t - 1 || y->drop) continue;
        size_t s0 = y->t0;
        int same = 1;
        for (size_t q = s0 + 1; q <= x->t0 && same; q++)
            same = !(tok(c, q)->flags & ANNALS_TOKEN_SENT_START);
        if (same) {
            y->ref = (int)k;
            y->ref_km = (float)(d * per);
        }
        break;
    }
}

static void link_distances(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        at_string(c, c->m[k].where);
        link_distance(c, k);
    }
}

/* "Dublin City Council", "London city" beside a plain "Dublin", "London": the name with
 * the type word is the same town (one sense per document), unless the bare name is a
 * country or a state ("Mexico City", "Kansas City"). */
static void merge_city_names(an_place_ctx *c) {
    const an_gazetteer *g = &c->r->gaz;
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        if (m->t1 - m->t0 < 2 || m->unknown) continue;
        at_string(c, m->where);
        if (!(word_class(c, m->t1 - 1) & AN_PW_CITY)) continue;
        char key[KEY_CAP];
        size_t from = tok(c, m->t0)->start;
        if (m->start > from) from = m->start; /* after a hyphen */
        size_t klen = an_gaz_fold(c->text + from, tok(c, m->t1 - 2)->end - from, key, sizeof key);
        const an_gaz_slot *s = klen ? an_gaz_find(g, key, klen) : NULL;
        if (!s || AN_GAZ_COUNT(s) == 0 || s == m->slot) continue;
        int big = 0, bare = 0;
        for (uint32_t i = 0; i < AN_GAZ_COUNT(s) && !big; i++) {
            uint32_t p = g->post[s->post + i];
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
            big = (e->kind == AN_GAZ_COUNTRY || e->kind == AN_GAZ_ADMIN1) &&
                  AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN;
        }
        for (size_t j = 0; j < c->n && !bare && !big; j++)
            bare = j != k && c->m[j].slot == s && !c->m[j].drop;
        if (big || !bare) continue;
        m->slot = s;
        m->hint |= AN_PW_CITY;
        m->weak = 0;
    }
}

/* Mentions a and b (a before b) stand in one list: only commas and "and" / "or" between. */
static int listed_together(an_place_ctx *c, const an_mention *a, const an_mention *b) {
    if (a->where != b->where || b->t0 <= a->t1 || b->t0 - a->t1 > 2) return 0;
    at_string(c, a->where);
    for (size_t t = a->t1; t < b->t0; t++)
        if (!tok_is(c, t, ",") && !tok_is(c, t, "and") && !tok_is(c, t, "or")) return 0;
    return 1;
}

/* A weak name listed beside a name that needs no support: "Clarke, Madison and Oconee". */
static int list_support(an_place_ctx *c, size_t k) {
    const an_mention *m = &c->m[k];
    at_string(c, m->where);
    if (word_class(c, m->t0) & (AN_PW_TIME | AN_PW_NEVER)) return 0; /* "LONDON, March 3" */
    /* a chant or a slogan quoted ("God, Syria, Freedom") capitalises its ordinary words:
     * they are no towns for standing beside a country */
    if ((word_class(c, m->t0) & AN_PW_COMMON) && in_quotes(c, m->t0)) return 0;
    /* along the list: "Harwinton, Bantam, Litchfield" holds Harwinton through Bantam */
    for (size_t j = k; j > 0 && listed_together(c, &c->m[j - 1], &c->m[j]); j--)
        if (!c->m[j - 1].weak && !c->m[j - 1].drop) return 1;
    for (size_t j = k; j + 1 < c->n && listed_together(c, &c->m[j], &c->m[j + 1]); j++)
        if (!c->m[j + 1].weak) return 1;
    return 0;
}

/* "Missouri, New York and Virginia": a name listed beside states or countries is one
 * too, not the big city inside it. */
static void area_lists(an_place_ctx *c) {
    for (size_t k = 0; k + 1 < c->n; k++) {
        an_mention *a = &c->m[k], *b = &c->m[k + 1];
        if (a->drop || b->drop || a->is_qual || b->is_qual || a->qual >= 0 || b->qual >= 0 ||
            !listed_together(c, a, b) || !big_area(c, a->slot) || !big_area(c, b->slot))
            continue;
        /* "Washington and Moscow" are the capitals: a name that is also a big city's is
         * an area only beside an area of its own country */
        if (!(area_only(c, a->slot) && area_only(c, b->slot)) &&
            !same_country_admin1(c, a->slot, b->slot))
            continue;
        /* "Homs or Damascus", "New York and Washington": two big cities' own names are the
         * cities, whatever areas share them ("New York and New Jersey" are states) */
        if (!area_only(c, a->slot) && !area_only(c, b->slot)) continue;
        a->hint |= AN_PW_ADMIN | AN_HINT_AREA_LIST;
        b->hint |= AN_PW_ADMIN | AN_HINT_AREA_LIST;
    }
}

/* Some country's capital goes by this name as its own. */
static int capital_name(const an_place_ctx *c, const an_gaz_slot *s) {
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER &&
            an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->feature == AN_FEAT_PPLC)
            return 1;
    }
    return 0;
}

/* "Beijing and Washington", "between Moscow and Washington": two capitals' names listed
 * together speak of the capitals (their governments), not of a state of the name. */
static void capital_lists(an_place_ctx *c) {
    for (size_t k = 0; k + 1 < c->n; k++) {
        an_mention *a = &c->m[k], *b = &c->m[k + 1];
        if (a->drop || b->drop || a->is_qual || b->is_qual || a->qual >= 0 || b->qual >= 0 ||
            !listed_together(c, a, b) || !capital_name(c, a->slot) || !capital_name(c, b->slot))
            continue;
        a->hint |= AN_HINT_CAPITAL;
        b->hint |= AN_HINT_CAPITAL;
    }
}

/* "Clarke, Madison and Oconee counties", "Idlib and Hama provinces": a plural type word
 * after a list of two names or more makes each an area of that kind; before "counties" or
 * "parishes" each becomes the county of its name, where there is one. */
static void typed_lists(an_place_ctx *c) {
    static const struct { const char *w, *one; } types[] = {
        {"counties", " county"}, {"parishes", " parish"}, {"provinces", NULL},
        {"states", NULL}, {"districts", NULL}, {"governorates", NULL}, {"regions", NULL}};
    for (size_t k = 0; k < c->n; k++) {
        if (k + 1 < c->n && listed_together(c, &c->m[k], &c->m[k + 1])) continue; /* not the last */
        an_mention *m = &c->m[k];
        at_string(c, m->where);
        int t = -1;
        for (int i = 0; i < (int)(sizeof types / sizeof types[0]) && t < 0; i++)
            if (m->t1 < c->doc->tokens.n && tok_is(c, m->t1, types[i].w)) t = i;
        /* one name alone is their holder: "Indiana counties", "the metro Athens counties" */
        if (t < 0 || k == 0 || !listed_together(c, &c->m[k - 1], m)) continue;
        for (size_t j = k + 1; j-- > 0;) {
            an_mention *x = &c->m[j];
            if (x->unknown) break;
            at_string(c, x->where);
            const an_gaz_slot *s = types[t].one ? with_type(c, x, types[t].one) : NULL;
            if (s) x->slot = s;
            x->hint |= AN_PW_ADMIN;
            x->weak = 0;
            if (j == 0 || !listed_together(c, &c->m[j - 1], x)) break;
        }
    }
}

/* Weak names without support and lone abbreviations are dropped. */
static void prune(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        if (m->unknown) continue;
        if (m->weak && m->qual < 0 && !m->is_qual && !list_support(c, k))
            m->drop = m->unsupported = 1;
        else if (m->abbr_only && !m->is_qual && !m->party && !dotted(c, m))
            m->drop = 1;
        else if (m->t1 - m->t0 == 1 && m->qual < 0 && !m->is_qual && c->n_people) {
            at_string(c, m->where);
            if (person_word(c, m->t0) && !postings_info(c, m->slot).strong) m->drop = 1;
            else if (strong_surname(c, m->t0) && !m->placed && !m->party &&
                     !(m->hint & (AN_PW_CITY | AN_PW_ADMIN)) && !list_support(c, k))
                m->drop = 1;
        }
    }
}

/* The mention is a place by what stands around it: a qualifier ("Clinton, Iowa"), a type
 * word ("Readington Township", "the city of X") or a dateline ("CLINTON —"). */
static int marked_place(const an_mention *m) {
    return !m->drop && !m->in_name && (m->qual >= 0 || m->is_qual || (m->hint & (AN_PW_CITY | AN_PW_ADMIN)));
}

/* One sense per document: a name that needs support and lacks it here is the place the
 * document marks as one elsewhere ("Clinton couple faces charges" under "CLINTON —"); not
 * an ordinary word or a date ("Reading the report", "in March"). */
static void supported_elsewhere(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        if (!m->unsupported) continue;
        at_string(c, m->where);
        if (word_class(c, m->t0) & (AN_PW_COMMON | AN_PW_TIME | AN_PW_STREET | AN_PW_NEVER)) continue;
        for (size_t j = 0; j < c->n && m->drop; j++)
            if (c->m[j].slot == m->slot && marked_place(&c->m[j])) m->drop = 0;
    }
}

/* One sense per document: "Paris Walmart", "Jordan Hubmen" name the place when the
 * document uses the name as one elsewhere ("Paris police", "in Paris"); else they are a
 * given name and a surname ("Paris Hilton", "Jordan Henderson"). */
static void given_names(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) {
        an_mention *m = &c->m[k];
        if (!m->given || m->drop) continue;
        int place = 0;
        for (size_t j = 0; j < c->n && !place; j++)
            place = c->m[j].slot == m->slot && !c->m[j].given && !c->m[j].drop;
        m->drop = (uint8_t)!place;
    }
}

/* "Durham Crown Court": one or two capitalised words after the name that name a body of
 * one country's law; the country, or -1. */
static int jurisdiction_after(an_place_ctx *c, const an_mention *m) {
    int code = -1;
    at_string(c, m->where);
    for (size_t n = m->t1; n < m->t1 + 2 && n < c->doc->tokens.n; n++) {
        const an_token *t = tok(c, n);
        if (t->where != m->where || !is_cap(c, n) || (t->flags & ANNALS_TOKEN_SENT_START) || !plain_gap(c, n - 1, n))
            break;
        const an_token *f = tok(c, m->t1);
        int k = an_place_jurisdiction(c->r, c->text + f->start, t->end - f->start);
        if (k >= 0) code = k;
    }
    return code;
}

/* "San Fernando City Council": a name ending in "City" before a body's word may be the
 * town's name and its council's first word; the name without "City", when a town has it. */
static const an_gaz_slot *city_body(an_place_ctx *c, const an_mention *m) {
    if (m->unknown || m->t1 - m->t0 < 2 || m->t1 >= c->doc->tokens.n) return NULL;
    at_string(c, m->where);
    if (!tok_is(c, m->t1 - 1, "City") || tok(c, m->t1)->where != m->where || !is_cap(c, m->t1) ||
        !(word_class(c, m->t1) & AN_PW_INST) || !plain_gap(c, m->t1 - 1, m->t1))
        return NULL;
    char key[KEY_CAP];
    size_t from = tok(c, m->t0)->start;
    size_t klen = an_gaz_fold(c->text + from, tok(c, m->t1 - 2)->end - from, key, sizeof key);
    const an_gaz_slot *s = klen ? an_gaz_find(&c->r->gaz, key, klen) : NULL;
    if (!s || s == m->slot) return NULL;
    const an_gazetteer *g = &c->r->gaz;
    for (uint32_t k = 0; k < AN_GAZ_COUNT(s); k++) {
        uint32_t p = g->post[s->post + k];
        if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && AN_GAZ_POST_QUALITY(p) != AN_GAZ_QUALIFIER &&
            an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p))->kind == AN_GAZ_CITY)
            return s;
    }
    return NULL;
}

/* The country a demonym ending (end = 1) or starting at token i names, as c0 * 26 + c1, or
 * -1; *edge is its token at the other end. Only a country's demonym ("Lebanese"). */
static int demonym_country_at(an_place_ctx *c, size_t i, int end, size_t *edge) {
    const an_token *t = tok(c, i);
    for (size_t k = 0; k < c->n_dem; k++) {
        const an_demonym_mention *d = &c->dem[k];
        if (d->where != t->where || (end ? d->end != t->end : d->start != t->start)) continue;
        const an_gazetteer *g = &c->r->gaz;
        for (uint32_t q = 0; q < AN_GAZ_COUNT(d->slot); q++) {
            uint32_t p = g->post[d->slot->post + q];
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
            if (AN_GAZ_POST_QUALITY(p) != AN_GAZ_PREFERRED || e->kind != AN_GAZ_DEMONYM ||
                e->a1 < 0 || (uint32_t)e->a1 >= g->n_entries)
                continue;
            const an_gaz_entry *to = an_gaz_entry_at(g, (uint32_t)e->a1);
            if (to->kind != AN_GAZ_COUNTRY || to->cc[0] < 'A' || to->cc[0] > 'Z' || to->cc[1] < 'A' ||
                to->cc[1] > 'Z')
                return -1;
            size_t x = i;
            if (end)
                while (x > 0 && tok(c, x - 1)->where == t->where && tok(c, x)->start > d->start) x--;
            else
                while (x + 1 < c->doc->tokens.n && tok(c, x + 1)->where == t->where && tok(c, x)->end < d->end) x++;
            *edge = x;
            return (to->cc[0] - 'A') * 26 + (to->cc[1] - 'A');
        }
        return -1;
    }
    return -1;
}

static int lower_word(const an_place_ctx *c, size_t i) {
    return tok(c, i)->kind == ANNALS_TOKEN_WORD && !is_cap(c, i);
}

/* A demonym in the phrase that says what kind of place the name is: "the north Lebanese
 * port of Tripoli", "the Syrian border town of X", "Tripoli, the north Lebanese port": the
 * country it names decides among the name's namesakes, as "Tripoli, Lebanon" would. The
 * country, or -1. */
static int demonym_said(an_place_ctx *c, const an_mention *m) {
    if (m->unknown) return -1;
    at_string(c, m->where);
    size_t edge;
    /* before: DEMONYM word? SETTLEMENT ["of"] NAME ("the Libyan capital Tripoli") */
    size_t kind = m->t0 >= 2 && tok_is(c, m->t0 - 1, "of") ? m->t0 - 2 : m->t0 - 1;
    if (m->t0 >= 3 && kind >= 1 && lower_word(c, kind) && settlement_word(c, kind) && plain_gap(c, kind, m->t0 - 1))
        for (size_t j = kind - 1, n = 0; n < 2 && j < m->t0; j--, n++) {
            if (tok(c, j)->where != m->where) break;
            int cc = demonym_country_at(c, j, 1, &edge);
            if (cc >= 0) return cc;
            if (!lower_word(c, j) || j == 0) break;
        }
    /* after: NAME, the|a word? DEMONYM word? SETTLEMENT */
    size_t n_tok = c->doc->tokens.n;
    if (m->t1 + 3 < n_tok && tok_is(c, m->t1, ",") &&
        (tok_is(c, m->t1 + 1, "the") || tok_is(c, m->t1 + 1, "a") || tok_is(c, m->t1 + 1, "an")))
        for (size_t j = m->t1 + 2; j < m->t1 + 4 && j < n_tok && tok(c, j)->where == m->where; j++) {
            int cc = demonym_country_at(c, j, 0, &edge);
            if (cc >= 0) {
                for (size_t w = edge + 1; w < edge + 3 && w < n_tok && tok(c, w)->where == m->where; w++) {
                    if (!lower_word(c, w)) break;
                    if (settlement_word(c, w)) return cc;
                }
                return -1;
            }
            if (!lower_word(c, j)) break;
        }
    return -1;
}

/* The country of a country's own name at token t (a mention starting there, or one word
 * of direction later: "northern Lebanon"), as c0 * 26 + c1, or -1. */
static int country_named_at(const an_place_ctx *c, size_t from, size_t t, int where) {
    const an_gazetteer *g = &c->r->gaz;
    /* the mentions are in text order: the country comes within a few after `from` */
    for (size_t k = from; k < c->n && k < from + 8; k++) {
        const an_mention *y = &c->m[k];
        if (y->where != where || y->unknown || (y->t0 != t && y->t0 != t + 1) || !y->slot) continue;
        if (y->t0 == t + 1 && !(word_class(c, t) & AN_PW_DIR)) continue;
        for (uint32_t q = 0; q < AN_GAZ_COUNT(y->slot); q++) {
            uint32_t p = g->post[y->slot->post + q];
            const an_gaz_entry *e = an_gaz_entry_at(g, AN_GAZ_POST_ENTRY(p));
            if (AN_GAZ_POST_QUALITY(p) >= AN_GAZ_MAIN && e->kind == AN_GAZ_COUNTRY && e->cc[0] >= 'A' &&
                e->cc[0] <= 'Z' && e->cc[1] >= 'A' && e->cc[1] <= 'Z')
                return (e->cc[0] - 'A') * 26 + (e->cc[1] - 'A');
        }
    }
    return -1;
}

/* "Tripoli, a city in northern Lebanon", "X, the main town in Iraq": an apposition that
 * says in which country the place lies; the country, or -1. */
static int apposition_in_country(an_place_ctx *c, size_t mk) {
    const an_mention *m = &c->m[mk];
    size_t n_tok = c->doc->tokens.n;
    if (m->unknown || m->t1 + 4 >= n_tok || !tok_is(c, m->t1, ",") ||
        !(tok_is(c, m->t1 + 1, "a") || tok_is(c, m->t1 + 1, "an") || tok_is(c, m->t1 + 1, "the")))
        return -1;
    for (size_t j = m->t1 + 2; j < m->t1 + 5 && j + 2 < n_tok && tok(c, j)->where == m->where; j++) {
        if (!lower_word(c, j)) return -1;
        if (settlement_word(c, j) && tok_is(c, j + 1, "in")) return country_named_at(c, mk + 1, j + 2, m->where);
    }
    return -1;
}

/* "Tripoli, Lebanon's second city": an apposition owned by a country; the country, or -1. */
static int apposition_owned(an_place_ctx *c, size_t mk) {
    const an_mention *m = &c->m[mk];
    size_t n_tok = c->doc->tokens.n;
    if (m->unknown || m->t1 + 3 >= n_tok || !tok_is(c, m->t1, ",")) return -1;
    for (size_t k = mk + 1; k < c->n && k < mk + 4; k++) {
        const an_mention *y = &c->m[k];
        if (y->where != m->where || y->t0 != m->t1 + 1 || y->unknown || y->t1 >= n_tok ||
            !possessive_at(c, y->t1))
            continue;
        size_t w = tok_is(c, y->t1, "'") || tok_is(c, y->t1, "\xe2\x80\x99") ? y->t1 + 2 : y->t1 + 1;
        for (size_t n = 0; n < 3 && w < n_tok && tok(c, w)->where == m->where; n++, w++) {
            if (!lower_word(c, w) && tok(c, w)->kind != ANNALS_TOKEN_NUMBER) return -1;
            if (settlement_word(c, w)) return country_named_at(c, k, y->t0, m->where);
        }
        return -1;
    }
    return -1;
}

/* Which kept mentions stand in one list with their neighbours, and which stand before a
 * body of one country's law or a city's, for the resolver. */
static void mark_lists(an_place_ctx *c) {
    for (size_t k = 0; k < c->n; k++) c->m[k].short_slot = city_body(c, &c->m[k]);
    for (size_t k = 0; k < c->n; k++) c->m[k].juris = c->m[k].unknown ? -1 : jurisdiction_after(c, &c->m[k]);
    for (size_t k = 0; k < c->n && c->n_dem; k++)
        if (c->m[k].juris < 0) c->m[k].juris = demonym_said(c, &c->m[k]);
    for (size_t k = 0; k < c->n; k++)
        if (c->m[k].juris < 0) c->m[k].juris = apposition_in_country(c, k);
    for (size_t k = 0; k < c->n; k++)
        if (c->m[k].juris < 0) c->m[k].juris = apposition_owned(c, k);
    for (size_t k = 0; k + 1 < c->n; k++)
        if (listed_together(c, &c->m[k], &c->m[k + 1])) {
            c->m[k].listed |= 2;
            c->m[k + 1].listed |= 1;
        }
}

int an_place_recognise(an_place_ctx *c) {
    annals_doc *doc = c->doc;
    c->classes = calloc(doc->tokens.n ? doc->tokens.n : 1, sizeof *c->classes); /* NULL: none kept */
    if (collect_people(c) != 0) return -1;
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *st = &doc->sentences.v[i];
        at_string(c, st->where);
        if (read_sentence(c, st) != 0) return -1;
    }
    if (coordinated_directions(c) != 0) return -1;
    link_qualifiers(c);
    if (spread_unknown(c) != 0) return -1;
    typed_lists(c);
    prune(c);
    supported_elsewhere(c);
    given_names(c);
    area_lists(c);
    capital_lists(c);
    merge_city_names(c);
    link_distances(c);
    mark_lists(c);
    return 0;
}
