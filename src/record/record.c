/* record.c - the JSON article record (see the README for the fields). One line per article;
 * field names are a contract with the tools that read them. */
#include <stdio.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/json.h"
#include "core/utf8.h"
#include "event/event.h"

static void write_where(an_json *j, int where) {
    char tmp[32];
    an_json_key(j, "where");
    if (where == AN_WHERE_TEXT) {
        an_json_cstring(j, "text");
    } else {
        snprintf(tmp, sizeof tmp, "caption:%d", where);
        an_json_cstring(j, tmp);
    }
}

/* start, end (code points) and where of a byte span. */
static void write_span(an_json *j, annals_doc *doc, int where, size_t start, size_t end) {
    an_json_kv_int(j, "start", (int64_t)an_doc_cp(doc, where, start));
    an_json_kv_int(j, "end", (int64_t)an_doc_cp(doc, where, end));
    write_where(j, where);
}

static void write_fields(an_json *j, const annals_doc *doc) {
    static const struct {
        const char *key;
        annals_field field;
    } head[] = {{"id", ANNALS_FIELD_ID},       {"source", ANNALS_FIELD_SOURCE},
                {"url", ANNALS_FIELD_URL},     {"title", ANNALS_FIELD_TITLE}},
      tail[] = {{"outlet", ANNALS_FIELD_OUTLET},
                {"published", ANNALS_FIELD_PUBLISHED},
                {"published_from", ANNALS_FIELD_PUBLISHED_FROM},
                {"lang", ANNALS_FIELD_LANG},
                {"dateline", ANNALS_FIELD_DATELINE}};
    for (size_t i = 0; i < sizeof head / sizeof *head; i++)
        an_json_kv_string(j, head[i].key, doc->field[head[i].field]);
    an_json_key(j, "authors");
    an_json_array(j);
    for (size_t i = 0; i < doc->authors.n; i++) an_json_cstring(j, doc->authors.v[i]);
    an_json_array_end(j);
    for (size_t i = 0; i < sizeof tail / sizeof *tail; i++)
        an_json_kv_string(j, tail[i].key, doc->field[tail[i].field]);
}

static void write_body(an_json *j, const annals_doc *doc) {
    const char *text = doc->field[ANNALS_FIELD_TEXT] ? doc->field[ANNALS_FIELD_TEXT] : "";
    an_json_key(j, "text");
    an_json_string(j, text, doc->text_len);
    an_json_key(j, "paragraphs");
    an_json_array(j);
    for (size_t i = 0; i < doc->paragraphs.n; i++)
        an_json_string(j, text + doc->paragraphs.v[i].start,
                       doc->paragraphs.v[i].end - doc->paragraphs.v[i].start);
    an_json_array_end(j);
    an_json_key(j, "captions");
    an_json_array(j);
    for (size_t i = 0; i < doc->captions.n; i++) {
        an_json_object(j);
        an_json_key(j, "text");
        an_json_string(j, doc->captions.v[i].text, doc->captions.v[i].len);
        an_json_kv_string(j, "credit", doc->captions.v[i].credit);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

static void write_links(an_json *j, annals_doc *doc) {
    an_json_key(j, "links");
    an_json_array(j);
    for (size_t i = 0; i < doc->links.n; i++) {
        const an_link *l = &doc->links.v[i];
        an_json_object(j);
        an_json_kv_string(j, "text", l->text);
        an_json_kv_string(j, "href", l->href);
        write_span(j, doc, l->where, l->start, l->end);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

/* start, end, text and where of a mention. */
static void write_mention(an_json *j, annals_doc *doc, int where, size_t start, size_t end) {
    size_t len;
    const char *s = an_doc_where(doc, where, &len);
    write_span(j, doc, where, start, end);
    an_json_key(j, "text");
    an_json_string(j, s + start, end - start);
}

static void write_times(an_json *j, annals_doc *doc) {
    static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};
    an_json_key(j, "times");
    an_json_array(j);
    for (size_t i = 0; i < doc->times.n; i++) {
        const an_timex *t = &doc->times.v[i];
        an_json_object(j);
        write_mention(j, doc, t->where, t->start, t->end);
        an_json_kv_string(j, "type", types[t->type & 3]);
        an_json_kv_string(j, "value", t->value);
        an_json_kv_string(j, "mod", t->mod);
        an_json_kv_string(j, "anchor", t->anchor);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

/* What a place is, as the places list and the events' place both write it. */
static void write_place_fields(an_json *j, const an_place *p) {
    an_json_kv_string(j, "name", p->name);
    an_json_key(j, "geonameid");
    if (p->geonameid)
        an_json_int(j, p->geonameid);
    else
        an_json_null(j);
    an_json_key(j, "lat");
    an_json_double(j, p->lat, 5);
    an_json_key(j, "lon");
    an_json_double(j, p->lon, 5);
    an_json_kv_string(j, "country", p->country[0] ? p->country : NULL);
    an_json_kv_string(j, "admin1", p->admin1);
}

static void write_places(an_json *j, annals_doc *doc, const char *key, const an_place *v, size_t n) {
    static const char *const kinds[] = {"country", "admin1", "admin2", "city", "region", "landmark"};
    an_json_key(j, key);
    an_json_array(j);
    for (size_t i = 0; i < n; i++) {
        const an_place *p = &v[i];
        an_json_object(j);
        write_mention(j, doc, p->where, p->start, p->end);
        write_place_fields(j, p);
        an_json_kv_string(j, "kind", kinds[p->kind < 6 ? p->kind : 3]);
        an_json_key(j, "precision");
        an_json_double(j, p->precision, 1);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

static void write_demonyms(an_json *j, annals_doc *doc) {
    an_json_key(j, "demonyms");
    an_json_array(j);
    for (size_t i = 0; i < doc->demonyms.n; i++) {
        const an_demonym *d = &doc->demonyms.v[i];
        an_json_object(j);
        write_mention(j, doc, d->where, d->start, d->end);
        an_json_kv_string(j, "country", d->country[0] ? d->country : NULL);
        an_json_key(j, "geonameid");
        if (d->geonameid)
            an_json_int(j, d->geonameid);
        else
            an_json_null(j);
        an_json_key(j, "lat");
        an_json_double(j, d->lat, 5);
        an_json_key(j, "lon");
        an_json_double(j, d->lon, 5);
        an_json_kv_string(j, "name", d->name);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

/* An actor that is a place standing for its state ("Moscow said") has that place's
 * point; other actors have no such keys. */
static void write_actor_place(an_json *j, const an_actor *a) {
    if (!a->is_place) return;
    an_json_key(j, "geonameid");
    if (a->geonameid)
        an_json_int(j, a->geonameid);
    else
        an_json_null(j);
    an_json_key(j, "lat");
    an_json_double(j, a->lat, 5);
    an_json_key(j, "lon");
    an_json_double(j, a->lon, 5);
}

static void write_actors(an_json *j, annals_doc *doc) {
    static const char *const kinds[] = {"country", "government", "military", "police",
                                        "armed_group", "party", "organisation", "person",
                                        "group_of_people", "media"};
    an_json_key(j, "actors");
    an_json_array(j);
    for (size_t i = 0; i < doc->actors.n; i++) {
        const an_actor *a = &doc->actors.v[i];
        an_json_object(j);
        write_mention(j, doc, a->where, a->start, a->end);
        an_json_kv_string(j, "name", a->name);
        an_json_kv_string(j, "kind", kinds[a->kind < 10 ? a->kind : 6]);
        an_json_kv_string(j, "country", a->country[0] ? a->country : NULL);
        an_json_kv_string(j, "role", a->role);
        an_json_kv_string(j, "affiliation", a->affiliation);
        write_actor_place(j, a);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

static void write_sentences(an_json *j, annals_doc *doc) {
    an_json_key(j, "sentences");
    an_json_array(j);
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *s = &doc->sentences.v[i];
        size_t len;
        const char *str = an_doc_where(doc, s->where, &len);
        size_t start = s->start < len ? s->start : len;
        size_t cp0 = an_doc_cp(doc, s->where, start);
        an_json_object(j);
        an_json_kv_int(j, "start", (int64_t)cp0);
        an_json_kv_int(j, "end", (int64_t)an_doc_cp(doc, s->where, s->end));
        write_where(j, s->where);
        an_json_key(j, "tokens");
        an_json_array(j);
        /* the tokens go forwards from the sentence's start: a cursor of their own, so that
         * the document's does not count back from the sentence's end */
        an_cpcursor c = {str, start, cp0};
        for (size_t k = s->tok_first; k < s->tok_first + s->tok_count && k < doc->tokens.n; k++) {
            const an_token *t = &doc->tokens.v[k];
            int64_t a = (int64_t)an_cpcursor_to(&c, t->start < len ? t->start : len);
            an_json_int_pair(j, a, (int64_t)an_cpcursor_to(&c, t->end < len ? t->end : len));
        }
        an_json_array_end(j);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

/* ---- events (src/event/) ---------------------------------------------------------- */

static void write_count(an_json *j, const char *key, int64_t v) {
    an_json_key(j, key);
    if (v == AN_COUNT_NONE)
        an_json_null(j);
    else
        an_json_int(j, v);
}

static const char *event_actor_kind(unsigned kind) {
    static const char *const kinds[] = {"country", "government", "military", "police",
                                        "armed_group", "party", "organisation", "person",
                                        "group_of_people", "media"};
    return kinds[kind < 10 ? kind : 6];
}

static void write_event_actor(an_json *j, const annals_doc *doc, const char *key, int k,
                              int place, const char *inferred_cc) {
    an_json_key(j, key);
    if ((k < 0 || (size_t)k >= doc->actors.n) && place >= 0 && (size_t)place < doc->places.n) {
        /* a country standing for its state, or the place an act is aimed at */
        const an_place *p = &doc->places.v[place];
        an_json_object(j);
        an_json_kv_string(j, "name", p->name);
        an_json_kv_string(j, "kind", p->kind == AN_PLACE_COUNTRY ? "country" : "place");
        an_json_kv_string(j, "country", p->country[0] ? p->country : NULL);
        an_json_object_end(j);
        return;
    }
    if (k < 0 || (size_t)k >= doc->actors.n) {
        an_json_null(j);
        return;
    }
    const an_actor *a = &doc->actors.v[k];
    an_json_object(j);
    an_json_kv_string(j, "name", a->name);
    an_json_kv_string(j, "kind", event_actor_kind(a->kind));
    const char *cc = a->country[0] ? a->country : inferred_cc;
    an_json_kv_string(j, "country", cc[0] ? cc : NULL);
    an_json_object_end(j);
}

static void write_event_place(an_json *j, const annals_doc *doc, int k) {
    an_json_key(j, "place");
    if (k < 0 || (size_t)k >= doc->places.n) {
        an_json_null(j);
        return;
    }
    const an_place *p = &doc->places.v[k];
    an_json_object(j);
    write_place_fields(j, p);
    an_json_object_end(j);
}

static void write_casualties(an_json *j, annals_doc *doc, const an_event *e, int where) {
    size_t len;
    const char *s = an_doc_where(doc, where, &len);
    an_json_key(j, "casualties");
    an_json_array(j);
    for (size_t k = 0; k < e->n_cas; k++) {
        const an_casualty *c = &e->cas[k];
        an_json_object(j);
        an_json_kv_string(j, "kind", an_event_casualty_kind(c->kind));
        write_count(j, "low", c->low);
        write_count(j, "best", c->best);
        write_count(j, "high", c->high);
        an_json_kv_string(j, "who", c->who);
        an_json_key(j, "text");
        an_json_string(j, s + c->start, c->end - c->start);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

static void write_claim(an_json *j, annals_doc *doc, const an_event *e, int where) {
    an_json_key(j, "claimed_by");
    if (e->claim_end <= e->claim_start) {
        an_json_null(j);
        return;
    }
    size_t len;
    const char *s = an_doc_where(doc, where, &len);
    const an_actor *a = e->source >= 0 ? &doc->actors.v[e->source] : NULL;
    an_json_object(j);
    an_json_kv_string(j, "name", a ? a->name : e->source_name);
    an_json_kv_string(j, "kind", a ? event_actor_kind(a->kind) : NULL);
    an_json_kv_string(j, "country", a && a->country[0] ? a->country : NULL);
    an_json_kv_string(j, "affiliation", a ? a->affiliation : NULL);
    an_json_key(j, "text");
    an_json_string(j, s + e->claim_start, e->claim_end - e->claim_start);
    an_json_object_end(j);
}

/* "ID:eN" as "%.40s:e%zu" would write it: some 20 events an article. */
static void event_id(char out[64], const char *doc_id, size_t n) {
    size_t len = 0;
    for (; doc_id && doc_id[len] && len < 40; len++) out[len] = doc_id[len];
    out[len++] = ':', out[len++] = 'e';
    char digits[24];
    size_t k = 0;
    do digits[k++] = (char)('0' + n % 10); while ((n /= 10) != 0);
    while (k) out[len++] = digits[--k];
    out[len] = '\0';
}

static void write_event(an_json *j, annals_doc *doc, size_t i) {
    static const char *const roles[] = {"trigger", "actor1", "actor2", "place", "time",
                                        "casualty", "source"};
    const an_event *e = &doc->events.v[i];
    const an_sentence *s = &doc->sentences.v[e->sentence];
    char id[64];
    event_id(id, doc->field[ANNALS_FIELD_ID], i + 1);
    an_json_object(j);
    an_json_kv_string(j, "id", id);
    an_json_kv_string(j, "plover", e->plover);
    an_json_kv_string(j, "mode", e->mode);
    an_json_kv_string(j, "cameo", e->cameo);
    an_json_kv_string(j, "acled_type", e->acled_type);
    an_json_kv_string(j, "acled_subtype", e->acled_subtype);
    write_event_actor(j, doc, "actor1", e->actor1, e->actor1_place, e->actor1_cc);
    write_event_actor(j, doc, "actor2", e->actor2, e->actor2_place, e->actor2_cc);
    an_json_kv_string(j, "date", e->date);
    an_json_kv_string(j, "date_precision", an_event_date_precision(e->date_precision));
    an_json_kv_string(j, "reported", doc->field[ANNALS_FIELD_PUBLISHED]);
    write_event_place(j, doc, e->place);
    an_json_kv_string(j, "place_precision", an_event_place_precision(e->place_precision));
    write_casualties(j, doc, e, s->where);
    write_claim(j, doc, e, s->where);
    an_json_kv_string(j, "modality", an_event_modality(e->modality));
    /* spans inside the sentence are counted from its start, so that the document's
     * offset cursor only moves forward from event to event */
    size_t len;
    const char *str = an_doc_where(doc, s->where, &len);
    size_t cp0 = an_doc_cp(doc, s->where, s->start);
    an_json_key(j, "sentence");
    an_json_object(j);
    an_json_kv_int(j, "start", (int64_t)cp0);
    an_json_kv_int(j, "end", (int64_t)(cp0 + an_utf8_count(str + s->start, s->end - s->start)));
    write_where(j, s->where);
    an_json_object_end(j);
    an_json_key(j, "evidence");
    an_json_array(j);
    for (size_t k = 0; k < e->n_ev; k++) {
        const an_evidence *x = &e->ev[k];
        an_json_object(j);
        if (x->where == s->where && x->start >= s->start && x->end <= len) {
            size_t a = cp0 + an_utf8_count(str + s->start, x->start - s->start);
            an_json_kv_int(j, "start", (int64_t)a);
            an_json_kv_int(j, "end", (int64_t)(a + an_utf8_count(str + x->start, x->end - x->start)));
            write_where(j, x->where);
        } else {
            write_span(j, doc, x->where, x->start, x->end);
        }
        an_json_kv_string(j, "role", roles[x->role < 7 ? x->role : 0]);
        an_json_object_end(j);
    }
    an_json_array_end(j);
    an_json_object_end(j);
}

static void write_events(an_json *j, annals_doc *doc) {
    an_json_key(j, "events");
    an_json_array(j);
    for (size_t i = 0; i < doc->events.n; i++) write_event(j, doc, i);
    an_json_array_end(j);
}

annals_status annals_doc_write_json(const annals_doc *cdoc, unsigned flags, annals_write_fn write,
                                    void *ctx) {
    if (!cdoc || !write) return ANNALS_EINVAL;
    annals_doc *doc = (annals_doc *)cdoc; /* only the offset cache changes */
    an_doc_assign_id(doc);
    an_buf out;
    an_buf_init(&out);
    /* about the record's size at once (ten times the text with sentences), not a dozen
     * reallocations; capped, as a huge article still grows the buffer by doubling */
    size_t guess = 4096 + doc->text_len * ((flags & ANNALS_JSON_SENTENCES) ? 10 : 5);
    an_buf_reserve(&out, guess < ((size_t)1 << 20) ? guess : ((size_t)1 << 20));
    an_json j;
    an_json_init(&j, &out);
    an_json_object(&j);
    write_fields(&j, doc);
    write_body(&j, doc);
    write_links(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_TIME) write_times(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_PLACE) {
        write_places(&j, doc, "places", doc->places.v, doc->places.n);
        write_demonyms(&j, doc);
        /* only when there are any: most articles name no paper or team */
        if (doc->named_in.n) write_places(&j, doc, "named_in", doc->named_in.v, doc->named_in.n);
    }
    if (doc->stages_done & ANNALS_STAGE_ACTOR) write_actors(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_EVENT) write_events(&j, doc);
    if (flags & ANNALS_JSON_SENTENCES) write_sentences(&j, doc);
    an_json_object_end(&j);
    an_buf_putc(&out, '\n');
    annals_status st = ANNALS_OK;
    if (out.failed)
        st = ANNALS_ENOMEM;
    else if (write(ctx, out.data, out.len) != 0)
        st = ANNALS_EIO;
    an_buf_free(&out);
    return st;
}
