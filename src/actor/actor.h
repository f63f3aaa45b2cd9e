/* actor.h - the actors stage: who acts, speaks or suffers in a document (organisations
 * and armed groups from data/actors.txt, agent nouns composed with countries, persons
 * with titles, and places that stand for governments: "Moscow said"). */
#ifndef AN_ACTOR_H
#define AN_ACTOR_H

#include "core/doc.h"
#include "core/hash.h"
#include "place/place.h"

typedef struct {
    an_strtab lexicon;  /* folded name -> entry index */
    struct an_actor_entry *entries;
    size_t n_entries, cap_entries;
    size_t max_words;   /* longest name in words */
    an_strtab agents;   /* agent noun (lower case) -> AN_ACTOR_* kind */
    an_strtab titles;   /* title (lower case) -> AN_ACTOR_* kind of its holder's body */
    size_t max_title_words;
} an_actor_res;

int an_actor_res_load(an_actor_res *r);
void an_actor_res_free(an_actor_res *r);

/* Finds the actors of a segmented document; uses the places found before and the
 * gazetteer (may be without one). Returns 0, or -1 when out of memory. */
int an_actor_doc(const an_actor_res *r, const an_place_res *places, annals_doc *doc);

#endif
