/* actor.c - the actors stage. */
#include "actor/actor.h"

#include <stdlib.h>
#include <string.h>

int an_actor_res_load(an_actor_res *r) {
    memset(r, 0, sizeof *r);
    an_strtab_init(&r->lexicon);
    an_strtab_init(&r->agents);
    an_strtab_init(&r->titles);
    return 0;
}

void an_actor_res_free(an_actor_res *r) {
    an_strtab_free(&r->lexicon);
    an_strtab_free(&r->agents);
    an_strtab_free(&r->titles);
    free(r->entries);
}

int an_actor_doc(const an_actor_res *r, const an_place_res *places, annals_doc *doc) {
    (void)r;
    (void)places;
    (void)doc;
    return 0;
}
