/* doc.h - the document: the data every stage reads and adds to, owned by one arena.
 * Data flows one way: the reader fills the article fields, segmentation adds sentences and
 * tokens, later stages add their mentions. All offsets kept here are byte offsets into the
 * string named by `where` (AN_WHERE_TEXT or a caption index); code points are computed on
 * output. */
#ifndef AN_DOC_H
#define AN_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../include/annals.h"
#include "arena.h"
#include "utf8.h"

#define AN_WHERE_TEXT (-1)

typedef struct {
    size_t start, end; /* bytes into the text */
} an_paragraph;

typedef struct {
    char *text;
    size_t len;
    char *credit; /* NULL when none */
} an_caption;

typedef struct {
    char *text;
    char *href;
    int where;
    size_t start, end; /* bytes into the string named by where */
} an_link;

typedef struct {
    size_t start, end; /* bytes */
    int where;
    uint16_t kind;  /* annals_token_kind */
    uint16_t flags; /* ANNALS_TOKEN_* */
} an_token;

typedef struct {
    size_t start, end; /* bytes */
    int where;
    size_t tok_first, tok_count;
} an_sentence;

/* A temporal expression (TIMEX3). */
enum { AN_TIMEX_DATE, AN_TIMEX_TIME, AN_TIMEX_DURATION, AN_TIMEX_SET };

typedef struct {
    size_t start, end; /* bytes */
    int where;
    uint8_t type;      /* AN_TIMEX_* */
    const char *value; /* TimeML value: 2017-03-03, 2017-W09, P5Y, PAST_REF, XXXX-WXX-1 ... */
    const char *mod;   /* APPROX, MORE_THAN, START ... or NULL */
    const char *anchor; /* the date the value was resolved against, or NULL */
} an_timex;

/* A place mention, resolved to a gazetteer entry. */
enum { AN_PLACE_COUNTRY, AN_PLACE_ADMIN1, AN_PLACE_ADMIN2, AN_PLACE_CITY, AN_PLACE_REGION,
       AN_PLACE_LANDMARK };

typedef struct {
    size_t start, end; /* bytes */
    int where;
    const char *name;   /* the gazetteer's (English) name */
    uint32_t geonameid; /* 0 when not from GeoNames */
    double lat, lon;
    char country[3];    /* ISO 3166-1 alpha-2, "" when unknown */
    const char *admin1; /* admin1 name, or NULL */
    uint8_t kind;       /* AN_PLACE_* */
    double precision;   /* radius in km within which the true place lies */
} an_place;

/* A demonym ("Syrian", "South Ossetian") with the country or region it names: an
 * attribute of something else, never one of `places`. */
typedef struct {
    size_t start, end; /* bytes */
    int where;
    const char *name;   /* the named place's (English) name: "Palestine" for "Palestinian" */
    uint32_t geonameid; /* 0 when not from GeoNames (countries, admin areas, regions) */
    double lat, lon;
    char country[3];    /* ISO 3166-1 alpha-2, "" when unknown */
} an_demonym;

/* An actor mention: who. */
enum { AN_ACTOR_COUNTRY, AN_ACTOR_GOVERNMENT, AN_ACTOR_MILITARY, AN_ACTOR_POLICE,
       AN_ACTOR_ARMED_GROUP, AN_ACTOR_PARTY, AN_ACTOR_ORGANISATION, AN_ACTOR_PERSON,
       AN_ACTOR_GROUP_OF_PEOPLE, AN_ACTOR_MEDIA };

typedef struct {
    size_t start, end; /* bytes */
    int where;
    const char *name;  /* canonical name */
    uint8_t kind;      /* AN_ACTOR_* */
    char country[3];   /* ISO 3166-1 alpha-2, "" when unknown */
    const char *role;  /* title or role ("Lt. Gen.", "defence ministry"), or NULL */
    const char *affiliation; /* the body a person speaks for, or NULL */
    /* the actors stage's own: the country is only the document's, a guess an earlier
     * mention of the same person overrides */
    uint8_t country_guessed;
    /* a place standing for its state ("Moscow said"): that place's point */
    uint8_t is_place;
    uint32_t geonameid; /* 0 when not from GeoNames */
    double lat, lon;
} an_actor;

/* An event: who did what to whom, when, where, how many, and who says so (src/event/).
 * Indices point into doc->sentences, doc->actors, doc->places; -1 when none. */
enum { AN_EVR_TRIGGER, AN_EVR_ACTOR1, AN_EVR_ACTOR2, AN_EVR_PLACE, AN_EVR_TIME,
       AN_EVR_CASUALTY, AN_EVR_SOURCE };
enum { AN_CAS_KILLED, AN_CAS_INJURED, AN_CAS_KILLED_OR_WOUNDED, AN_CAS_CAPTURED,
       AN_CAS_MISSING, AN_CAS_DISPLACED };
enum { AN_MOD_ASSERTED, AN_MOD_REPORTED, AN_MOD_DENIED, AN_MOD_PLANNED, AN_MOD_THREATENED,
       AN_MOD_HYPOTHETICAL, AN_MOD_NEGATED };
enum { AN_DPREC_NONE, AN_DPREC_DAY, AN_DPREC_WEEK, AN_DPREC_MONTH, AN_DPREC_YEAR };
enum { AN_PPREC_NONE, AN_PPREC_SENTENCE, AN_PPREC_COREFERENCE, AN_PPREC_DATELINE,
       AN_PPREC_ARTICLE };

typedef struct {
    size_t start, end; /* bytes */
    int where;
    uint8_t role;      /* AN_EVR_* */
} an_evidence;

#define AN_COUNT_NONE (-1) /* a casualty bound not given */

typedef struct {
    uint8_t kind;             /* AN_CAS_* */
    int64_t low, best, high;  /* AN_COUNT_NONE when not given */
    const char *who;          /* the victims ("ISIS militants"), or NULL */
    size_t start, end;        /* bytes of the whole phrase */
    int where;
} an_casualty;

typedef struct {
    size_t sentence;          /* index into doc->sentences */
    const char *plover, *mode, *cameo, *acled_type, *acled_subtype; /* NULL when none */
    int actor1, actor2;       /* into doc->actors, or -1 */
    int actor1_place, actor2_place; /* a country named as the actor ("Denmark accepted"),
                                       or for actor2 the place an act is aimed at ("lifted
                                       the curfew in Montenegro"), into doc->places, when
                                       actor1/actor2 is -1 */
    char actor1_cc[3], actor2_cc[3]; /* a country inferred for an actor without one (the
                                        other side's: "the Sudanese government accused
                                        rebels"), else "" */
    int source;               /* claimed_by: into doc->actors, or -1 */
    const char *source_name;  /* claimed_by when no actor was found ("officials"), or NULL */
    size_t claim_start, claim_end; /* the attribution text (bytes), empty when none */
    const char *date;         /* TimeML value, or NULL */
    uint8_t date_precision;   /* AN_DPREC_* */
    int place;                /* into doc->places, or -1 */
    uint8_t place_precision;  /* AN_PPREC_* */
    uint8_t modality;         /* AN_MOD_* */
    an_casualty *cas;
    size_t n_cas;
    an_evidence *ev;
    size_t n_ev;
} an_event;

#define AN_VEC(T) \
    struct {      \
        T *v;     \
        size_t n, cap; \
    }

struct annals_doc {
    annals_engine *engine;
    an_arena arena;
    char *field[ANNALS_FIELD_COUNT_]; /* NUL-terminated, or NULL */
    size_t text_len;
    AN_VEC(char *) authors;
    AN_VEC(an_paragraph) paragraphs;
    AN_VEC(an_caption) captions;
    AN_VEC(an_link) links;
    AN_VEC(an_sentence) sentences;
    AN_VEC(an_token) tokens;
    AN_VEC(an_timex) times;
    AN_VEC(an_place) places;
    AN_VEC(an_place) named_in; /* places named inside another name ("Washington Post") */
    AN_VEC(an_demonym) demonyms;
    AN_VEC(an_actor) actors;
    AN_VEC(an_event) events;
    unsigned stages_done;
    uint16_t *signature; /* the text's MinHash for the store's near-duplicates (store/dedup.c),
                            once computed: annals_store_prepare, on the annotating thread */
    /* byte -> code point conversion, cached per string for in-order look-ups */
    an_cpcursor cp_cursor;
    int cp_where;
};

/* Appends a zeroed element to one of the vectors above; NULL when out of memory. Inline
 * when there is room (a token per push in segmentation), so the size is a constant. */
void *an_vec_push_grow_(an_arena *a, void **v, size_t *n, size_t *cap, size_t size);
static inline void *an_vec_push_(an_arena *a, void **v, size_t *n, size_t *cap, size_t size) {
    if (*n >= *cap) return an_vec_push_grow_(a, v, n, cap, size);
    void *p = (char *)*v + *n * size;
    memset(p, 0, size);
    (*n)++;
    return p;
}
#define AN_PUSH(doc, vec) \
    an_vec_push_(&(doc)->arena, (void **)&(doc)->vec.v, &(doc)->vec.n, &(doc)->vec.cap, sizeof *(doc)->vec.v)

annals_doc *an_doc_create(annals_engine *engine);
/* Sets a field to a copy of s[0..len); returns 0 or -1. */
int an_doc_set_field(annals_doc *doc, annals_field f, const char *s, size_t len);
/* Sets the text from paragraphs: each is copied, they are joined by "\n\n" and their spans
 * recorded. */
int an_doc_set_paragraphs(annals_doc *doc, const char *const *paras, const size_t *lens, size_t n);
int an_doc_add_author(annals_doc *doc, const char *s, size_t len);
/* Records the paragraphs of the current text as its runs of non-blank lines, leaving the
 * text as it is (so offsets into a given text stay offsets into the user's text). */
int an_doc_split_paragraphs(annals_doc *doc);
/* Sets the id to a hash of the title and text unless an id was given. */
int an_doc_assign_id(annals_doc *doc);
/* The code point offset of byte offset `byte` in the string `where` names. */
size_t an_doc_cp(annals_doc *doc, int where, size_t byte);
/* The string a `where` names, with its length. */
const char *an_doc_where(const annals_doc *doc, int where, size_t *len);

#endif
