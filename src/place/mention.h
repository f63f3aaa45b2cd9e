/* mention.h - the places stage inside: the name mentions found in one document and the
 * context they are resolved in (recognise.c finds them, resolve.c places them). */
#ifndef AN_PLACE_MENTION_H
#define AN_PLACE_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "place/place.h"

#define AN_PLACE_MAXC 48 /* candidates weighed per name */
/* Listed beside states or countries: a state or country itself (beyond the AN_PW_* bits). */
#define AN_HINT_AREA_LIST (1u << 24)
/* Before "-based" ("Washington-based"): a body's seat, a big city before a state. */
#define AN_HINT_SEAT (1u << 25)
/* Listed with another name of a country's capital ("Beijing and Washington"). */
#define AN_HINT_CAPITAL (1u << 26)
/* After the word of a first-level area ("state", "province"): no town of the name. */
#define AN_HINT_STATE (1u << 27)

typedef struct {
    size_t t0, t1;         /* name tokens [t0, t1) */
    size_t start, end;     /* bytes of the span written out (type word included) */
    int where;
    const an_gaz_slot *slot;
    int qual;              /* the mention qualifying this one ("X, Syria"), or -1 */
    uint8_t is_qual;       /* this one qualifies the mention before it */
    uint8_t weak;          /* an ordinary word: kept only with a qualifier or a preposition */
    uint8_t abbr_only;     /* only a qualifier ("N.Y."): kept only as one */
    uint8_t drop;
    uint8_t unsupported;   /* dropped as a weak name without support here */
    uint8_t party;         /* after a party's letter ("D-Calif"): a lawmaker's state or town */
    uint8_t given;         /* a given name before a surname-like word ("Paris Walmart"):
                              kept only when the document uses the name as a place elsewhere */
    uint8_t placed;        /* a preposition, a local noun or a dateline says it is a place here */
    uint8_t in_name;       /* inside a newspaper's or a team's name ("Washington Post"): written
                              apart, and no context for the others */
    uint8_t unknown;       /* a name the gazetteer lacks, before a qualifier ("Fort Detrick,
                              Maryland"): slot is NULL, and it is put at its qualifier's point */
    uint8_t by_owner;      /* its anchor is an owner before it ("Kenya's Dadaab camps") */
    uint8_t typed;         /* its type word ends the name ("Washington state"), not runs on
                              into another's ("Bowling Green State University") */
    uint8_t landform;      /* names a landform or a water ("the Atlas Mountains", "Lake
                              Vermont"): a place of the name is meant only near the story's;
                              2: a name ending in such a word ("Twin Lakes"), a town's as often */
    uint8_t opener;        /* a small town's one-word name opening a sentence before a
                              lower-case word ("Sales rose"): capitalised by its place, so
                              kept only where the story is (its state) */
    uint8_t city_part;     /* "the North Side": a city's part by its compass side, meant
                              only where the story is (no Cayman district in Pittsburgh) */
    uint8_t firm_qual;     /* its qualifier closes the phrase ("Stroud, Ontario, Canada"): no
                              town of the name outside it is meant */
    const an_gaz_slot *short_slot; /* "San Fernando City Council": the name without "City",
                              whose towns are weighed too (the council may be the town's) */
    int juris;             /* "Durham Crown Court": the country of the body after it, or -1 */
    uint8_t listed;        /* in one list with the mention before (1) or after (2) it */
    long anchor;           /* for such a name, the first token of the place it is said to lie in
                              ("the village of Cellardyke in Fife"), or -1: the qualifier after it */
    unsigned hint;         /* AN_PW_ADMIN or AN_PW_CITY from the words around, AN_HINT_* */
    int group;             /* first mention with the same key (one sense per document) */
    int chosen;            /* entry index, or -1 */
    int ref;               /* "225 km from X": the mention X this one is measured from, or -1 */
    float ref_km;
} an_mention;

/* A demonym found where a name was looked for ("Syrian", "South Ossetians"). */
typedef struct {
    size_t start, end; /* bytes */
    int where;
    const an_gaz_slot *slot;
} an_demonym_mention;

typedef struct {
    const an_place_res *r;
    annals_doc *doc;
    const char *text; /* the string of the sentence being read */
    size_t text_len;
    int where;
    an_mention *m;
    size_t n, cap;
    an_demonym_mention *dem;
    size_t n_dem, cap_dem;
    /* words of persons' names; strong: also a town's own name ("Jordan Henderson"), a
     * person only where nothing marks a place */
    struct { const char *s; size_t len; int strong; } *people;
    size_t n_people, cap_people;
    uint64_t *lower_set;  /* hashes of the document's lower-case words, or NULL */
    size_t lower_mask;
    uint32_t *classes;    /* each token's word classes once looked up (bit 31: known), or NULL */
} an_place_ctx;

/* Finds the name mentions of every sentence (recognise.c). Returns 0 or -1 (memory). */
int an_place_recognise(an_place_ctx *c);
/* Chooses an entry for every kept mention and appends the places to the document. */
int an_place_resolve(an_place_ctx *c);

#endif
