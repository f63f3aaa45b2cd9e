/* doc.c - the public accessors of a document. Internally offsets are bytes; here they are
 * turned into code points, cheaply when asked for in order. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "api/engine.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/utf8.h"
#include "event/event.h"

annals_status annals_doc_new(annals_engine *engine, annals_doc **out) {
    if (!out) return ANNALS_EINVAL;
    *out = an_doc_create(engine);
    return *out ? ANNALS_OK : ANNALS_ENOMEM;
}

void annals_doc_free(annals_doc *doc) {
    if (!doc) return;
    an_arena_free(&doc->arena);
    free(doc);
}

annals_status annals_doc_set(annals_doc *doc, annals_field field, const char *value, size_t len) {
    if (!doc || (unsigned)field >= ANNALS_FIELD_COUNT_ || (!value && len)) return ANNALS_EINVAL;
    an_buf clean;
    an_buf_init(&clean);
    if (value && an_utf8_repair(&clean, value, len) < 0) return ANNALS_ENOMEM;
    int rc = an_doc_set_field(doc, field, value ? an_buf_cstr(&clean) : NULL, clean.len);
    an_buf_free(&clean);
    if (rc != 0) return ANNALS_ENOMEM;
    if (field == ANNALS_FIELD_TEXT) {
        /* mentions point into the old text: they go with it */
        doc->sentences.n = doc->tokens.n = 0;
        doc->times.n = doc->places.n = doc->actors.n = doc->events.n = doc->demonyms.n = 0;
        doc->named_in.n = 0;
        doc->stages_done = 0;
        doc->signature = NULL;
        if (an_doc_split_paragraphs(doc) != 0) return ANNALS_ENOMEM;
    }
    return ANNALS_OK;
}

const char *annals_doc_get(const annals_doc *doc, annals_field field) {
    if (!doc || (unsigned)field >= ANNALS_FIELD_COUNT_) return NULL;
    if (field == ANNALS_FIELD_ID && !doc->field[field]) an_doc_assign_id((annals_doc *)doc);
    return doc->field[field];
}

size_t annals_doc_count(const annals_doc *doc, annals_list list) {
    if (!doc) return 0;
    switch (list) {
    case ANNALS_LIST_AUTHORS: return doc->authors.n;
    case ANNALS_LIST_PARAGRAPHS: return doc->paragraphs.n;
    case ANNALS_LIST_CAPTIONS: return doc->captions.n;
    case ANNALS_LIST_LINKS: return doc->links.n;
    case ANNALS_LIST_SENTENCES: return doc->sentences.n;
    case ANNALS_LIST_TOKENS: return doc->tokens.n;
    case ANNALS_LIST_TIMES: return doc->times.n;
    case ANNALS_LIST_PLACES: return doc->places.n;
    case ANNALS_LIST_ACTORS: return doc->actors.n;
    case ANNALS_LIST_EVENTS: return doc->events.n;
    case ANNALS_LIST_DEMONYMS: return doc->demonyms.n;
    case ANNALS_LIST_COUNT_: break;
    }
    return 0;
}

/* Accessors are logically const: only the offset cache changes. */
static annals_span span_of(const annals_doc *doc, int where, size_t start, size_t end) {
    annals_doc *d = (annals_doc *)doc;
    annals_span sp;
    sp.where = where;
    sp.start = an_doc_cp(d, where, start);
    sp.end = an_doc_cp(d, where, end);
    return sp;
}

annals_status annals_doc_author(const annals_doc *doc, size_t i, const char **out) {
    if (!doc || !out || i >= doc->authors.n) return ANNALS_EINVAL;
    *out = doc->authors.v[i];
    return ANNALS_OK;
}

annals_status annals_doc_paragraph(const annals_doc *doc, size_t i, annals_span *out) {
    if (!doc || !out || i >= doc->paragraphs.n) return ANNALS_EINVAL;
    *out = span_of(doc, ANNALS_WHERE_TEXT, doc->paragraphs.v[i].start, doc->paragraphs.v[i].end);
    return ANNALS_OK;
}

annals_status annals_doc_caption(const annals_doc *doc, size_t i, annals_caption *out) {
    if (!doc || !out || i >= doc->captions.n) return ANNALS_EINVAL;
    out->text = doc->captions.v[i].text;
    out->credit = doc->captions.v[i].credit;
    return ANNALS_OK;
}

annals_status annals_doc_link(const annals_doc *doc, size_t i, annals_link *out) {
    if (!doc || !out || i >= doc->links.n) return ANNALS_EINVAL;
    const an_link *l = &doc->links.v[i];
    out->text = l->text;
    out->href = l->href;
    out->span = span_of(doc, l->where, l->start, l->end);
    return ANNALS_OK;
}

annals_status annals_doc_sentence(const annals_doc *doc, size_t i, annals_sentence *out) {
    if (!doc || !out || i >= doc->sentences.n) return ANNALS_EINVAL;
    const an_sentence *s = &doc->sentences.v[i];
    out->span = span_of(doc, s->where, s->start, s->end);
    out->first_token = s->tok_first;
    out->token_count = s->tok_count;
    return ANNALS_OK;
}

annals_status annals_doc_token(const annals_doc *doc, size_t i, annals_token *out) {
    if (!doc || !out || i >= doc->tokens.n) return ANNALS_EINVAL;
    const an_token *t = &doc->tokens.v[i];
    size_t len;
    const char *s = an_doc_where(doc, t->where, &len);
    out->span = span_of(doc, t->where, t->start, t->end);
    out->kind = (annals_token_kind)t->kind;
    out->flags = t->flags;
    out->text = an_arena_strndup(&((annals_doc *)doc)->arena, s + t->start, t->end - t->start);
    return out->text ? ANNALS_OK : ANNALS_ENOMEM;
}

annals_status annals_doc_time(const annals_doc *doc, size_t i, annals_timex *out) {
    if (!doc || !out || i >= doc->times.n) return ANNALS_EINVAL;
    const an_timex *t = &doc->times.v[i];
    out->span = span_of(doc, t->where, t->start, t->end);
    out->type = (annals_timex_type)t->type;
    out->value = t->value;
    out->mod = t->mod;
    out->anchor = t->anchor;
    return ANNALS_OK;
}

annals_status annals_doc_place(const annals_doc *doc, size_t i, annals_place *out) {
    if (!doc || !out || i >= doc->places.n) return ANNALS_EINVAL;
    const an_place *p = &doc->places.v[i];
    out->span = span_of(doc, p->where, p->start, p->end);
    out->name = p->name;
    out->geonameid = p->geonameid;
    out->lat = p->lat;
    out->lon = p->lon;
    out->country = p->country;
    out->admin1 = p->admin1;
    out->kind = (annals_place_kind)p->kind;
    out->precision = p->precision;
    return ANNALS_OK;
}

annals_status annals_doc_actor(const annals_doc *doc, size_t i, annals_actor *out) {
    if (!doc || !out || i >= doc->actors.n) return ANNALS_EINVAL;
    const an_actor *a = &doc->actors.v[i];
    out->span = span_of(doc, a->where, a->start, a->end);
    out->name = a->name;
    out->kind = (annals_actor_kind)a->kind;
    out->country = a->country;
    out->role = a->role;
    out->affiliation = a->affiliation;
    out->is_place = a->is_place;
    out->geonameid = a->geonameid;
    out->lat = a->is_place ? a->lat : NAN;
    out->lon = a->is_place ? a->lon : NAN;
    return ANNALS_OK;
}

annals_status annals_doc_demonym(const annals_doc *doc, size_t i, annals_demonym *out) {
    if (!doc || !out || i >= doc->demonyms.n) return ANNALS_EINVAL;
    const an_demonym *d = &doc->demonyms.v[i];
    out->span = span_of(doc, d->where, d->start, d->end);
    out->name = d->name;
    out->geonameid = d->geonameid;
    out->lat = d->lat;
    out->lon = d->lon;
    out->country = d->country;
    return ANNALS_OK;
}

/* ---- events ------------------------------------------------------------------------ */

annals_status annals_doc_event(const annals_doc *doc, size_t i, annals_event *out) {
    if (!doc || !out || i >= doc->events.n) return ANNALS_EINVAL;
    const an_event *e = &doc->events.v[i];
    const an_sentence *s = &doc->sentences.v[e->sentence];
    memset(out, 0, sizeof *out);
    out->sentence = span_of(doc, s->where, s->start, s->end);
    if (e->n_ev) out->trigger = span_of(doc, e->ev[0].where, e->ev[0].start, e->ev[0].end);
    out->plover = e->plover;
    out->mode = e->mode;
    out->cameo = e->cameo;
    out->acled_type = e->acled_type;
    out->acled_subtype = e->acled_subtype;
    out->actor1 = e->actor1;
    out->actor2 = e->actor2;
    out->date = e->date;
    out->date_precision = an_event_date_precision(e->date_precision);
    out->place = e->place;
    out->place_precision = an_event_place_precision(e->place_precision);
    out->modality = an_event_modality(e->modality);
    out->claimed_by = e->claim_end > e->claim_start ? e->source : -1;
    out->claimed_by_name = e->source_name;
    out->casualty_count = e->n_cas;
    out->actor1_place = e->actor1_place;
    out->actor2_place = e->actor2_place;
    return ANNALS_OK;
}

annals_status annals_doc_event_casualty(const annals_doc *doc, size_t i, size_t k,
                                        annals_casualty *out) {
    if (!doc || !out || i >= doc->events.n || k >= doc->events.v[i].n_cas) return ANNALS_EINVAL;
    const an_casualty *c = &doc->events.v[i].cas[k];
    out->kind = an_event_casualty_kind(c->kind);
    out->low = c->low;
    out->best = c->best;
    out->high = c->high;
    out->who = c->who;
    out->span = span_of(doc, c->where, c->start, c->end);
    return ANNALS_OK;
}
