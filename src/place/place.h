/* place.h - the places stage (geoparser): finds place names in the segmented text and
 * resolves each to a gazetteer entry, using the whole document as context. */
#ifndef AN_PLACE_H
#define AN_PLACE_H

#include <stddef.h>

#include "core/doc.h"
#include "core/hash.h"
#include "place/gazetteer.h"

/* Classes of data/nonplaces.txt, as bits (a word may have several). */
enum {
    AN_PW_COMMON = 1 << 0,
    AN_PW_ORG = 1 << 1,
    AN_PW_STREET = 1 << 2,
    AN_PW_ADMIN = 1 << 3,
    AN_PW_CITY = 1 << 4,
    AN_PW_INST = 1 << 5,
    AN_PW_TIME = 1 << 6,
    AN_PW_DIR = 1 << 7,
    AN_PW_PREP = 1 << 8,
    AN_PW_FIRST = 1 << 9, /* a first name that is also a place: "Georgia Smith" */
    AN_PW_CLUB = 1 << 10, /* before a place, makes a club: "Real Madrid" */
    AN_PW_PERSON = 1 << 11, /* a name that is a person's before it is a town's ("Obama") */
    AN_PW_BUILDING = 1 << 12, /* before "of", names a building: "the Temple of Bel" */
    AN_PW_LEAD = 1 << 13, /* begins place names ("Abu", "Deir"): with an unknown word, a name */
    AN_PW_BODY = 1 << 14, /* before "of", a body's field: "of" gives the name after it no
                             support ("the Department of Labor") */
    AN_PW_SETTLE = 1 << 15, /* a kind of settlement or area ("camp", "suburb", "slums"): around
                              a name the gazetteer lacks, makes it a place */
    AN_PW_NEVER = 1 << 16, /* a legislature or a deity named like a small town ("Congress",
                             "God"): a place only with a qualifier */
    AN_PW_ILL = 1 << 17, /* after a name, a disease or its agent named after the place ("West
                           Nile virus"): the place is named inside that name */
    AN_PW_WEEKDAY = 1 << 18, /* a weekday's short form ("Mon"): before a date it is the day */
    AN_PW_FEATURE = 1 << 19, /* a landform's or a water's word ("River", "Mountains", "Lake"):
                               with it, a place's name names the feature, not the place */
    AN_PW_OUTLET = 1 << 20 /* a common noun of news outlets ("newspaper", "daily"): a name
                             right after it is the outlet's ("the daily La Prensa") */
};

/* A line of data/country-splits.txt: before `date` (YYYY-MM-DD), `now` was part of `was`. */
typedef struct {
    char now[3], was[3], date[11];
} an_place_split;

#define AN_PLACE_MAX_SPLITS 64

typedef struct {
    an_gazetteer gaz;
    int have_gaz;
    char error[400];   /* why there is no gazetteer */
    an_strtab words;   /* data/nonplaces.txt, lower-cased: word -> AN_PW_* bits */
    an_strtab titles;  /* data/titles.txt, lower-cased: title -> 1 */
    an_strtab outlets; /* media of data/actors.txt, folded: name -> country (c0 * 26 + c1) */
    an_strtab own;     /* words and data/place-words.txt together: this stage's own view */
    an_strtab juris;   /* data/jurisdictions.txt, folded: body -> country (c0 * 26 + c1) */
    an_place_split splits[AN_PLACE_MAX_SPLITS]; /* data/country-splits.txt */
    int n_splits;
} an_place_res;

/* Rewrites cc (ISO alpha-2) to the country the place was part of at the date `published`
 * (ISO 8601, as precise as known) by data/country-splits.txt: SS in 2005 is SD. A date not
 * precise enough to tell ("2011" for a split on 2011-07-09) leaves cc as it is. */
void an_place_country_at(const an_place_res *r, const char *published, char cc[3]);

/* The country whose kind of body the words s[0..len) name ("Crown Court": GB), as
 * c0 * 26 + c1, or -1. */
int an_place_jurisdiction(const an_place_res *r, const char *s, size_t len);

/* The home country of the document's outlet (from data/actors.txt media), or "". */
void an_place_outlet_country(const an_place_res *r, const annals_doc *doc, char cc[3]);

/* Loads the word lists and maps the gazetteer at path (NULL: $ANNALS_GAZETTEER, then the
 * built-in default). A missing gazetteer is not an error here: have_gaz is 0 and error
 * says why. Returns -1 only when out of memory. */
int an_place_res_load(an_place_res *r, const char *path);
void an_place_res_free(an_place_res *r);
/* The default gazetteer path compiled in. */
const char *an_place_default_path(void);

/* Word class bits of s[0..len) (ASCII case ignored). */
unsigned an_place_word(const an_place_res *r, const char *s, size_t len);
int an_place_is_title(const an_place_res *r, const char *s, size_t len);
/* Word class bits of s[0..len) for this stage: an_place_word's and those of
 * data/place-words.txt, which other stages do not see ("Linda" is a given name here). */
unsigned an_place_word_own(const an_place_res *r, const char *s, size_t len);

/* Finds and resolves the places of a segmented document. Returns 0, or -1 when out of
 * memory. */
int an_place_doc(const an_place_res *r, annals_doc *doc);

#endif
