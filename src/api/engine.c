/* engine.c - opening and closing the engine, versions and error strings. */
#include <stdlib.h>

#include "api/engine.h"

#define AN_DEFAULT_MAX_ARTICLE (64u << 20)

const char *annals_version(void) { return ANNALS_VERSION; }

const char *annals_strerror(annals_status status) {
    switch (status) {
    case ANNALS_OK: return "ok";
    case ANNALS_DONE: return "no more articles";
    case ANNALS_ENOMEM: return "out of memory";
    case ANNALS_EIO: return "cannot read the input";
    case ANNALS_EFORMAT: return "not in a form annals reads";
    case ANNALS_ETOOBIG: return "too large";
    case ANNALS_ETRUNC: return "truncated input";
    case ANNALS_EINVAL: return "invalid argument";
    case ANNALS_EUNSUPPORTED: return "input kind not supported by this build";
    }
    return "unknown status";
}

void annals_options_init(annals_options *opts) {
    opts->max_article_bytes = AN_DEFAULT_MAX_ARTICLE;
    opts->flags = 0;
    opts->gazetteer = NULL;
    opts->actor_dictionaries = NULL;
    opts->verb_dictionaries = NULL;
}

/* Why the last annals_open of this thread failed, when a file was the cause. */
static _Thread_local char open_error[512];

const char *annals_open_error(void) { return open_error[0] ? open_error : NULL; }

static annals_status load_dictionaries(annals_engine *e) {
    for (const char *const *p = e->opts.actor_dictionaries; p && *p; p++)
        if (an_actor_dict_load(&e->actor, &e->place, *p, open_error, sizeof open_error) != 0)
            return ANNALS_EIO;
    for (const char *const *p = e->opts.verb_dictionaries; p && *p; p++) {
        int rc = an_event_verbs_load(&e->event, *p, open_error, sizeof open_error);
        if (rc != 0) return rc == -2 ? ANNALS_EFORMAT : ANNALS_EIO;
    }
    return ANNALS_OK;
}

annals_status annals_open(annals_engine **out, const annals_options *opts) {
    if (!out) return ANNALS_EINVAL;
    *out = NULL;
    open_error[0] = 0;
    annals_engine *e = calloc(1, sizeof *e);
    if (!e) return ANNALS_ENOMEM;
    if (opts)
        e->opts = *opts;
    else
        annals_options_init(&e->opts);
    if (e->opts.max_article_bytes == 0) e->opts.max_article_bytes = AN_DEFAULT_MAX_ARTICLE;
    if (an_read_res_load(&e->read) != 0 || an_lang_res_load(&e->lang) != 0 ||
        an_text_res_load(&e->text) != 0 || an_time_res_load(&e->time) != 0 ||
        an_place_res_load(&e->place, e->opts.gazetteer) != 0 || an_actor_res_load(&e->actor, &e->place) != 0 ||
        an_event_res_load(&e->event) != 0) {
        annals_close(e);
        return ANNALS_ENOMEM;
    }
    annals_status st = load_dictionaries(e);
    if (st != ANNALS_OK) {
        annals_close(e);
        return st;
    }
    /* the caller's lists need not outlive the call */
    e->opts.actor_dictionaries = NULL;
    e->opts.verb_dictionaries = NULL;
    *out = e;
    return ANNALS_OK;
}

const char *annals_engine_warning(const annals_engine *e) {
    /* without a gazetteer the other stages still work; the caller says why places are missing */
    if (e && !e->place.have_gaz) return e->place.error;
    return NULL;
}

void annals_close(annals_engine *e) {
    if (!e) return;
    an_read_res_free(&e->read);
    an_lang_res_free(&e->lang);
    an_text_res_free(&e->text);
    an_time_res_free(e->time);
    an_place_res_free(&e->place);
    an_actor_res_free(&e->actor);
    an_event_res_free(&e->event);
    free(e);
}

annals_status annals_annotate(annals_engine *engine, annals_doc *doc, unsigned stages) {
    if (!engine || !doc) return ANNALS_EINVAL;
    if ((stages & ANNALS_STAGE_SEGMENT) && !(doc->stages_done & ANNALS_STAGE_SEGMENT)) {
        if (an_segment_doc(&engine->text, doc) != 0) return ANNALS_ENOMEM;
        doc->stages_done |= ANNALS_STAGE_SEGMENT;
    }
    if ((stages & ANNALS_STAGE_TIME) && !(doc->stages_done & ANNALS_STAGE_TIME) &&
        (doc->stages_done & ANNALS_STAGE_SEGMENT)) {
        if (an_time_doc(engine->time, doc) != 0) return ANNALS_ENOMEM;
        doc->stages_done |= ANNALS_STAGE_TIME;
    }
    if ((stages & ANNALS_STAGE_PLACE) && !(doc->stages_done & ANNALS_STAGE_PLACE) &&
        (doc->stages_done & ANNALS_STAGE_SEGMENT)) {
        /* asked for by name without a gazetteer: an error; as part of ALL: left out */
        if (!engine->place.have_gaz && stages != ANNALS_STAGE_ALL) return ANNALS_EUNSUPPORTED;
        if (engine->place.have_gaz) {
            if (an_place_doc(&engine->place, doc) != 0) return ANNALS_ENOMEM;
            doc->stages_done |= ANNALS_STAGE_PLACE;
        }
    }
    if ((stages & ANNALS_STAGE_ACTOR) && !(doc->stages_done & ANNALS_STAGE_ACTOR) &&
        (doc->stages_done & ANNALS_STAGE_SEGMENT)) {
        if (an_actor_doc(&engine->actor, &engine->place, doc) != 0) return ANNALS_ENOMEM;
        doc->stages_done |= ANNALS_STAGE_ACTOR;
    }
    /* events read what the stages before found; they run after them */
    if ((stages & ANNALS_STAGE_EVENT) && !(doc->stages_done & ANNALS_STAGE_EVENT) &&
        (doc->stages_done & ANNALS_STAGE_SEGMENT)) {
        if (an_event_doc(&engine->event, doc) != 0) return ANNALS_ENOMEM;
        doc->stages_done |= ANNALS_STAGE_EVENT;
    }
    return ANNALS_OK;
}
