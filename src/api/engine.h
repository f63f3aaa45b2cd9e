/* engine.h - what an engine holds: the options and each stage's shared resources, loaded
 * once by annals_open and only read afterwards (so one engine serves many threads). */
#ifndef AN_ENGINE_H
#define AN_ENGINE_H

#include "annals.h"
#include "read/lang.h"
#include "read/plaintext.h"
#include "text/segment.h"
#include "time/time.h"
#include "place/place.h"
#include "actor/actor.h"
#include "event/event.h"

struct annals_engine {
    annals_options opts;
    an_read_res read;
    an_lang_res lang;
    an_text_res text;
    an_time_res *time;
    an_place_res place; /* place.have_gaz is 0 when the gazetteer is missing */
    an_actor_res actor;
    an_event_res event;
};

#endif
