/* record.c - the JSON article record (see the README for the fields). One line per article;
 * field names are a contract with the tools that read them. */
#include <stdio.h>

#include "core/buf.h"
#include "core/doc.h"
#include "core/json.h"

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

static void write_places(an_json *j, annals_doc *doc) {
    static const char *const kinds[] = {"country", "admin1", "admin2", "city", "region", "landmark"};
    an_json_key(j, "places");
    an_json_array(j);
    for (size_t i = 0; i < doc->places.n; i++) {
        const an_place *p = &doc->places.v[i];
        an_json_object(j);
        write_mention(j, doc, p->where, p->start, p->end);
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
        an_json_kv_string(j, "kind", kinds[p->kind < 6 ? p->kind : 3]);
        an_json_key(j, "precision");
        an_json_double(j, p->precision, 1);
        an_json_object_end(j);
    }
    an_json_array_end(j);
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
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

static void write_sentences(an_json *j, annals_doc *doc) {
    an_json_key(j, "sentences");
    an_json_array(j);
    for (size_t i = 0; i < doc->sentences.n; i++) {
        const an_sentence *s = &doc->sentences.v[i];
        an_json_object(j);
        write_span(j, doc, s->where, s->start, s->end);
        an_json_key(j, "tokens");
        an_json_array(j);
        for (size_t k = s->tok_first; k < s->tok_first + s->tok_count && k < doc->tokens.n; k++) {
            an_json_array(j);
            an_json_int(j, (int64_t)an_doc_cp(doc, s->where, doc->tokens.v[k].start));
            an_json_int(j, (int64_t)an_doc_cp(doc, s->where, doc->tokens.v[k].end));
            an_json_array_end(j);
        }
        an_json_array_end(j);
        an_json_object_end(j);
    }
    an_json_array_end(j);
}

annals_status annals_doc_write_json(const annals_doc *cdoc, unsigned flags, annals_write_fn write,
                                    void *ctx) {
    if (!cdoc || !write) return ANNALS_EINVAL;
    annals_doc *doc = (annals_doc *)cdoc; /* only the offset cache changes */
    an_doc_assign_id(doc);
    an_buf out;
    an_buf_init(&out);
    an_json j;
    an_json_init(&j, &out);
    an_json_object(&j);
    write_fields(&j, doc);
    write_body(&j, doc);
    write_links(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_TIME) write_times(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_PLACE) write_places(&j, doc);
    if (doc->stages_done & ANNALS_STAGE_ACTOR) write_actors(&j, doc);
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
