/* event.c - the events stage: loads the lexicons, and for each sentence runs the steps in
 * order (attribution, triggers, clauses, frames, casualties, arguments, modality, dates,
 * places) and appends the events found. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "event/ev.h"

int an_event_res_load(an_event_res *r) {
    static atomic_ulong loads;
    memset(r, 0, sizeof *r);
    r->serial = atomic_fetch_add(&loads, 1) + 1;
    if (an_ev_lex_load(&r->words, "event-words.txt", 0) != 0 ||
        an_ev_lex_load(&r->triggers, "event-triggers.txt", 1) != 0 ||
        an_ev_lex_load(&r->numbers, "event-numbers.txt", 0) != 0 ||
        an_ev_lex_load(&r->casualties, "event-casualties.txt", 0) != 0 ||
        an_ev_lex_load(&r->attribution, "event-attribution.txt", 0) != 0 ||
        an_ev_lex_load(&r->modality, "event-modality.txt", 0) != 0 ||
        an_ev_lex_load(&r->frames_lex, "event-frames.txt", 0) != 0 ||
        an_ev_lex_load(&r->control, "event-control.txt", 0) != 0)
        return -1;
    an_strtab_init(&r->classes);
    an_strtab_init(&r->first_words);
    if (an_ev_classes_load(&r->classes) != 0) return -1;
    an_ev_lex *indexed[] = {&r->triggers, &r->numbers, &r->casualties, &r->attribution,
                            &r->modality, &r->control};
    for (unsigned k = 0; k < sizeof indexed / sizeof *indexed; k++)
        if (an_ev_lex_index(&r->first_words, indexed[k], 1u << k) != 0) return -1;
    r->frames = calloc(r->frames_lex.n ? r->frames_lex.n : 1, sizeof *r->frames);
    if (!r->frames) return -1;
    for (size_t k = 0; k < r->frames_lex.n; k++) {
        const an_ev_entry *e = &r->frames_lex.e[k];
        if (!e->col[0]) continue;
        an_ev_frame *f = &r->frames[r->n_frames++];
        f->frame = e->words[0];
        f->root = e->col[0];
        f->plover = e->col[1];
        f->cameo = e->col[2];
    }
    return 0;
}

void an_event_res_free(an_event_res *r) {
    an_ev_lex_free(&r->words);
    an_ev_lex_free(&r->triggers);
    an_ev_lex_free(&r->numbers);
    an_ev_lex_free(&r->casualties);
    an_ev_lex_free(&r->attribution);
    an_ev_lex_free(&r->modality);
    an_ev_lex_free(&r->frames_lex);
    an_ev_lex_free(&r->control);
    free(r->frames);
    an_strtab_free(&r->classes);
    an_strtab_free(&r->first_words);
    an_event_verbs_free(r->verbs);
    memset(r, 0, sizeof *r);
}

static const char *const modalities[] = {"asserted", "reported", "denied", "planned",
                                         "threatened", "hypothetical", "negated"};

const char *an_event_modality(unsigned m) { return m < 7 ? modalities[m] : "asserted"; }

/* ---- mentions by token ------------------------------------------------------------------ */

/* Tokens are in (where, start) order: the text (-1) first, then each caption. */
static int before(const an_token *t, int where, size_t start) {
    return t->where < where || (t->where == where && t->start < start);
}

static size_t first_token(const annals_doc *doc, int where, size_t start) {
    size_t lo = 0, hi = doc->tokens.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (before(&doc->tokens.v[mid], where, start))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void mark(const annals_doc *doc, int *map, int k, int where, size_t start, size_t end) {
    for (size_t i = first_token(doc, where, start);
         i < doc->tokens.n && doc->tokens.v[i].where == where && doc->tokens.v[i].start < end; i++)
        if (map[i] < 0) map[i] = k;
}

/* For every token, the actor, place and time mention covering it (or -1). */
static int *mention_maps(const annals_doc *doc) {
    size_t n = doc->tokens.n;
    int *m = malloc(3 * (n ? n : 1) * sizeof *m);
    if (!m) return NULL;
    for (size_t i = 0; i < 3 * n; i++) m[i] = -1;
    for (size_t k = 0; k < doc->actors.n; k++) {
        const an_actor *a = &doc->actors.v[k];
        mark(doc, m, (int)k, a->where, a->start, a->end);
    }
    for (size_t k = 0; k < doc->places.n; k++) {
        const an_place *p = &doc->places.v[k];
        mark(doc, m + n, (int)k, p->where, p->start, p->end);
    }
    for (size_t k = 0; k < doc->times.n; k++) {
        const an_timex *t = &doc->times.v[k];
        mark(doc, m + 2 * n, (int)k, t->where, t->start, t->end);
    }
    return m;
}

/* ---- one sentence ------------------------------------------------------------------------ */

static int load_sentence(an_evctx *c, size_t si, const int *maps) {
    annals_doc *doc = c->doc;
    const an_sentence *s = &doc->sentences.v[si];
    c->si = si;
    c->where = s->where;
    c->text = an_doc_where(doc, s->where, &c->text_len);
    if (s->tok_count > c->cap) {
        an_evtok *v = realloc(c->tok, s->tok_count * sizeof *v);
        if (!v) return -1;
        c->tok = v;
        c->cap = s->tok_count;
    }
    c->n = 0;
    size_t nt = doc->tokens.n;
    for (size_t k = s->tok_first; k < s->tok_first + s->tok_count && k < nt; k++) {
        const an_token *src = &doc->tokens.v[k];
        an_evtok *t = &c->tok[c->n++];
        t->start = src->start;
        t->end = src->end;
        t->kind = src->kind;
        t->flags = src->flags;
        t->actor = maps[k];
        t->place = maps[nt + k];
        t->time = maps[2 * nt + k];
        t->brk = AN_BRK_NONE;
        t->attr = 0;
        t->trig = -1;
        an_ev_forms(c->r, c->memo, t, c->text + src->start, src->end - src->start);
    }
    c->n_cand = c->n_attr = c->n_cas = 0;
    return 0;
}

/* The attribution whose content holds token i, the narrowest one. */
static int attribution_of(const an_evctx *c, size_t i) {
    int best = -1;
    for (size_t k = 0; k < c->n_attr; k++) {
        const an_evattr *a = &c->attr[k];
        if (i < a->c0 || i >= a->c1) continue;
        if (best < 0 || a->c1 - a->c0 < c->attr[best].c1 - c->attr[best].c0) best = (int)k;
    }
    return best;
}

static int is_passive_at(const an_evctx *c, const an_evcand *k);

static void clause_facts(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        e->clause_kind = an_ev_clause_of(c, e->t0, &e->c0, &e->c1);
        e->attr = attribution_of(c, e->t0);
        e->passive = (uint8_t)is_passive_at(c, e);
    }
}

/* A doer right after "by": a determiner or an actor, perhaps after words describing it
 * ("by allied militias"); not a measure ("by one hour"). */
static int doer_after_by(const an_evctx *c, size_t i) {
    if (i >= c->n || c->tok[i].kind == ANNALS_TOKEN_NUMBER) return 0;
    for (size_t j = i; j < c->n && j < i + 3; j++) {
        if (c->tok[j].actor >= 0 || an_ev_is_determiner(c, j)) return 1;
        if (!an_ev_modifier(c, j) || c->tok[j].kind == ANNALS_TOKEN_NUMBER) return 0;
    }
    return 0;
}

/* "were killed", "was reportedly seized", "have been killed", and "died" (its subject
 * suffers it too); not "is suing" (a progressive) nor "is opposed to" (an adjective). */
static int is_passive_at(const an_evctx *c, const an_evcand *k) {
    if (k->pos != AN_EV_POS_VERB) return 0;
    if (strcmp(k->e->words[0], "die") == 0) return 1; /* "policemen died in an attack by X" */
    const char *w = c->tok[k->t1 - 1].form[0];
    size_t wl = strlen(w);
    if (wl > 4 && strcmp(w + wl - 3, "ing") == 0) return 0;
    static const char *const adjectives[] = {"opposed", "committed", "prepared", "determined",
                                             "entitled", NULL};
    if (k->t1 < c->n && an_ev_is(c, k->t1, "to") && an_ev_is_any(c, k->t1 - 1, adjectives))
        return 0;
    /* "civilians killed by the group": a participle before "by" and its doer (not "cut by
     * one hour") */
    if (wl > 4 && strcmp(w + wl - 2, "ed") == 0 && k->t1 + 1 < c->n && an_ev_is(c, k->t1, "by") &&
        doer_after_by(c, k->t1 + 1))
        return 1;
    size_t i = k->t0;
    while (i > 0 && k->t0 - i < 3) {
        if (an_ev_is_be(c, i - 1)) return 1;
        const char *p = c->tok[i - 1].form[0];
        size_t m = strlen(p);
        if (!(m > 3 && strcmp(p + m - 2, "ly") == 0)) return 0;
        i--;
    }
    return 0;
}

/* ---- output -------------------------------------------------------------------------------- */

static int add_evidence(an_evctx *c, an_event *ev, size_t cap, uint8_t role, size_t start,
                        size_t end) {
    if (ev->n_ev >= cap || end <= start) return 0;
    an_evidence *x = &ev->ev[ev->n_ev++];
    x->start = start;
    x->end = end;
    x->where = c->where;
    x->role = role;
    return 0;
}

static void mention_evidence(an_evctx *c, an_event *ev, size_t cap, uint8_t role, int k,
                             int is_actor) {
    if (k < 0) return;
    if (is_actor) {
        const an_actor *a = &c->doc->actors.v[k];
        if (a->where == c->where) add_evidence(c, ev, cap, role, a->start, a->end);
    } else {
        const an_place *p = &c->doc->places.v[k];
        if (p->where == c->where) add_evidence(c, ev, cap, role, p->start, p->end);
    }
}

static void split_acled(an_evctx *c, an_event *ev, const char *acled) {
    if (!acled) return;
    const char *bar = strchr(acled, '|');
    if (!bar) {
        ev->acled_type = acled;
        return;
    }
    ev->acled_type = an_arena_strndup(&c->doc->arena, acled, (size_t)(bar - acled));
    ev->acled_subtype = bar + 1;
}

static const char *speaker_text(an_evctx *c, const an_evattr *a) {
    static const char *const dets[] = {"a", "an", "the", NULL};
    size_t s = a->sp0, e = a->sp1;
    while (s < e && an_ev_is_any(c, s, dets)) s++;
    if (e <= s) return NULL;
    return an_arena_strndup(&c->doc->arena, c->text + c->tok[s].start,
                            c->tok[e - 1].end - c->tok[s].start);
}

static const char *const pronouns[] = {"it", "It", "they", "They", "he", "He", "she", "She",
                                       NULL};

/* "It said the fighters had executed ...": the speaker named by the latest claim before
 * this one in the document (none when no claim names one). */
static void earlier_speaker(an_evctx *c, an_event *ev) {
    ev->source_name = NULL;
    for (size_t i = c->doc->events.n; i-- > 0;) {
        const an_event *o = &c->doc->events.v[i];
        if (o == ev || (o->source < 0 && !o->source_name)) continue;
        ev->source = o->source;
        ev->source_name = o->source_name;
        return;
    }
}

static void claim(an_evctx *c, an_event *ev, size_t cap, const an_evcand *k) {
    ev->source = -1;
    if (k->attr < 0) return;
    const an_evattr *a = &c->attr[k->attr];
    size_t s = a->start < a->verb ? a->start : a->verb, e = a->end;
    while (s > 0 && c->tok[s - 1].attr && !an_ev_is(c, s - 1, ",")) s--;
    while (e < c->n && c->tok[e].attr && c->tok[e].kind != ANNALS_TOKEN_PUNCT) e++;
    ev->source = a->actor;
    if (a->actor < 0) ev->source_name = speaker_text(c, a);
    if (a->actor < 0 && a->sp1 == a->sp0 + 1 && an_ev_is_any(c, a->sp0, pronouns))
        earlier_speaker(c, ev);
    ev->claim_start = c->tok[s].start;
    ev->claim_end = c->tok[e - 1].end;
    add_evidence(c, ev, cap, AN_EVR_SOURCE, ev->claim_start, ev->claim_end);
}

static const char *party_cc(const an_evctx *c, an_evparty p) {
    if (p.actor >= 0) return c->doc->actors.v[p.actor].country;
    return p.place >= 0 ? c->doc->places.v[p.place].country : "";
}

/* An unnamed actor ("rebels", "students", "the opposition") without a country of its own
 * takes the other side's, as coders read "the Sudanese government accused rebels", else
 * that of the place named for the event (first, for the use of force). Named bodies
 * without a country are international (al-Qaeda, the UN) and keep none. */
static int unnamed(const an_actor *a) {
    if (!a->name || a->kind == AN_ACTOR_ORGANISATION || a->kind == AN_ACTOR_MEDIA ||
        a->kind == AN_ACTOR_PERSON)
        return 0;
    for (const char *p = a->name + 1; *p; p++) /* "Rebels" opening a sentence is unnamed */
        if (*p >= 'A' && *p <= 'Z') return 0;
    return 1;
}

static void infer_country(const an_evctx *c, const an_evcand *k, an_evparty p,
                          an_evparty other, char cc[3]) {
    cc[0] = '\0';
    if (p.actor < 0) return;
    const an_actor *a = &c->doc->actors.v[p.actor];
    if (a->country[0] || !unnamed(a)) return;
    const char *o = party_cc(c, other), *at = "";
    if (k->place >= 0 && k->place_prec == AN_PPREC_SENTENCE)
        at = c->doc->places.v[k->place].country; /* "killed 15 people in Baghdad" */
    /* force is used, and protest made, where it happens: "gunmen kidnapped German
     * engineers in Nigeria", "people blocked streets in Hong Kong in defiance of Chinese
     * authorities" */
    int local = k->plover &&
                (strcmp(k->plover, "ASSAULT") == 0 || strcmp(k->plover, "COERCE") == 0 ||
                 strcmp(k->plover, "PROTEST") == 0);
    if (at[0] && (local || !o[0])) o = at;
    /* the weakest default: the story's country, of the town it names most (not a
     * reporter's dateline abroad, "BEIRUT" for Syria), else of the event's place */
    int story = c->main_place >= 0 ? c->main_place : k->place;
    if (!o[0] && story >= 0) o = c->doc->places.v[story].country;
    if (o[0]) memcpy(cc, o, 3);
}

/* "formed this month to support the uprising", "arrived in London to cover the ceremony",
 * "To allow him to assume power, parliament met", "in order to", "aimed at crushing": an
 * infinitive of purpose after a time, a place or opening the sentence tells what someone
 * meant to do, not what was done. After a verb ("continued to send", "tried to hack") or
 * its object ("summoned the ambassador to complain") it is the act itself. */
static int purpose(const an_evctx *c, const an_evcand *k) {
    if (k->pos != AN_EV_POS_VERB || k->t0 == 0 || k->frame_done ||
        (k->modality != AN_MOD_ASSERTED && k->modality != AN_MOD_REPORTED))
        return 0;
    /* "an assault aimed at crushing protests" */
    static const char *const aims[] = {"aim", "aimed", "aims", "aiming", NULL};
    if (k->t0 >= 2 && an_ev_is(c, k->t0 - 1, "at") && an_ev_is_any(c, k->t0 - 2, aims)) return 1;
    if (!an_ev_is(c, k->t0 - 1, "to")) return 0;
    size_t to = k->t0 - 1;
    if (to == 0 || (to >= 2 && an_ev_is(c, to - 1, "order") && an_ev_is(c, to - 2, "in")))
        return 1;
    const an_evtok *p = &c->tok[to - 1];
    return p->time >= 0 || (p->place >= 0 && p->actor < 0);
}

/* "The U.N. force, supported by the French military, had targeted", "the town, backed by
 * tanks": a participle with its doer after "by", set off by a comma after a noun,
 * describes that noun; the sentence's act is told elsewhere. */
static int described(const an_evctx *c, const an_evcand *k) {
    return k->pos == AN_EV_POS_VERB && k->t1 == k->t0 + 1 && k->t0 >= 2 &&
           an_ev_is(c, k->t0 - 1, ",") && c->tok[k->t0 - 2].kind == ANNALS_TOKEN_WORD &&
           c->tok[k->t0 - 2].trig < 0 && k->t1 < c->n && an_ev_is(c, k->t1, "by");
}

/* "equipment seized last year from the peacekeepers", "a tanker attacked in July by
 * pirates", "migrants ordered out of the country": a past participle right after a noun
 * that an earlier verb of its clause took, with no object of its own, describes that
 * noun; what it tells is background, not the act the sentence reports. */
static int reduced_relative(const an_evctx *c, const an_evcand *k) {
    static const char *const subjects[] = {"they", "we", "he", "she", "it", "i", "you",
                                           "who", "which", "that", "and", "or", "but",
                                           "had", "has", "have", "having", NULL};
    static const char *const after[] = {"by", "from", "in", "on", "at", "during", "last",
                                        "out", "into", "over", "since", "earlier", "ago",
                                        ",", ".", NULL};
    if (k->pos != AN_EV_POS_VERB || k->t0 < 2 || k->t0 <= k->c0 + 1 || k->t1 >= c->n)
        return 0;
    const an_evtok *v = &c->tok[k->t0], *p = &c->tok[k->t0 - 1];
    /* an_ev_ends, not form_len[0]: a token with no forms (a 150-digit number) has none */
    if (!an_ev_ends(v, "ed", 2, 2)) return 0;
    if (p->kind != ANNALS_TOKEN_WORD || p->trig >= 0 || p->attr || p->time >= 0 ||
        an_ev_is_be(c, k->t0 - 1) || an_ev_is_determiner(c, k->t0 - 1) ||
        an_ev_is_any(c, k->t0 - 1, subjects) || an_ev_ends(p, "ly", 2, 1))
        return 0;
    if (c->tok[k->t1].time < 0 && !an_ev_is_any(c, k->t1, after)) return 0;
    /* "9,000 have been killed and 14,000 others detained" shares the earlier passive */
    int earlier = 0;
    for (size_t j = 0; j < c->n_cand; j++) {
        const an_evcand *o = &c->cand[j];
        if (o != k && o->absorbed_by < 0 && o->pos == AN_EV_POS_VERB && o->t0 >= k->c0 &&
            o->t1 < k->t0) {
            if (o->passive) return 0;
            earlier = 1;
        }
    }
    return earlier;
}

/* "a suspect in three sniper attacks", "a prison long associated with the torture of
 * detainees", "a militia known for kidnapping": what someone is known, suspected or
 * remembered for characterises them; it is not the event the sentence reports. */
static int characterised_by(const an_evctx *c, const an_evcand *k) {
    static const char *const pairs[][2] = {
        {"suspect", "in"},     {"suspects", "in"},   {"suspected", "in"},
        {"suspected", "of"},   {"known", "for"},     {"associated", "with"},
        {"notorious", "for"},  {"famous", "for"},    {"infamous", "for"},
        {"remembered", "for"}, {"synonymous", "with"}};
    for (size_t i = k->t0, n = 0; i >= 2 && n < 6; i--, n++) {
        const an_evtok *p = &c->tok[i - 1];
        for (size_t j = 0; j < sizeof pairs / sizeof *pairs; j++)
            if (an_ev_is(c, i - 1, pairs[j][1]) && an_ev_is(c, i - 2, pairs[j][0])) return 1;
        if (p->kind != ANNALS_TOKEN_WORD || p->trig >= 0 || p->attr || an_ev_is_be(c, i - 1))
            return 0;
    }
    return 0;
}

/* Whether one of words stands before event noun k, over its modifiers. */
static int noun_led_by(const an_evctx *c, const an_evcand *k, const char *const *words) {
    if (k->pos != AN_EV_POS_NOUN) return 0;
    for (size_t i = k->t0, n = 0; i-- > 0 && n < 4; n++) {
        if (an_ev_is_any(c, i, words)) return 1;
        const an_evtok *p = &c->tok[i];
        if (p->kind != ANNALS_TOKEN_WORD || p->trig >= 0 || p->attr ||
            !(an_ev_modifier(c, i) || p->actor >= 0 || p->place >= 0))
            return 0;
    }
    return 0;
}

/* "held such rallies almost daily", "making any Western military intervention
 * implausible": an event noun after "such" or "any" names a kind of event; after
 * "imminent", "possible", "planned" ("betting on an imminent clash") one still to come.
 * Neither took place. */
static int kind_of_event(const an_evctx *c, const an_evcand *k) {
    static const char *const kinds[] = {"such",     "any",       "imminent",    "possible",
                                        "potential", "planned",  "proposed",    "expected",
                                        "likely",   "future",    "prospective", "looming",
                                        NULL};
    return noun_led_by(c, k, kinds);
}

/* "footage of troops firing on protesters", "a video showing soldiers beating
 * prisoners": what pictures show is told by whoever posted them, not seen by the report;
 * it is no event the report can vouch for. */
static int depicted(const an_evctx *c, const an_evcand *k) {
    static const char *const media[] = {"footage", "video", "videos", "pictures", "images",
                                        "photographs", "photos", "film", NULL};
    static const char *const shows[] = {"of", "showing", "shows", "show", "appearing", NULL};
    for (size_t i = k->t0, n = 0; i-- > 1 && n < 7; n++) {
        const an_evtok *p = &c->tok[i];
        if (p->trig >= 0 || p->attr || p->kind == ANNALS_TOKEN_PUNCT) return 0;
        if (an_ev_is_any(c, i, shows) && an_ev_is_any(c, i - 1, media)) return 1;
    }
    return 0;
}

/* "delivering a hard blow to Assad", "a resolution condemning the violence", "troops
 * went from house to house demanding": a present participle after a comma or a noun, with
 * no "be", verb or preposition before it, hangs on what precedes it; the sentence's act is
 * its finite verb, which CAMEO codes. */
static int participle_adjunct(const an_evctx *c, const an_evcand *k) {
    if (k->pos != AN_EV_POS_VERB || k->t0 < 2 || k->frame_done) return 0;
    const an_evtok *v = &c->tok[k->t0], *p = &c->tok[k->t0 - 1];
    if (!an_ev_ends(v, "ing", 3, 2)) return 0;
    if (an_ev_is(c, k->t0 - 1, ",")) return 1;
    /* words after which an -ing form is the verb of the clause or its complement */
    static const char *const heads[] = {
        "and", "or", "but", "to", "of", "by", "for", "after", "before", "while", "without",
        "from", "about", "on", "in", "at", "into", "against", "with", "upon", "since", "when",
        "not", "also", "still", "then", "who", "which", "that", "they", "he", "she", "it",
        "we", "i", "you", "been", "keep", "keeps", "kept", "continue", "continued", "continues",
        "start", "started", "began", "stop", "stopped", "resume", "resumes", "resumed", "avoid", "avoided",
        "considering", "consider", "considered", "just", "already", "were", "was", NULL};
    /* "issued a declaration demanding": what a statement says is its issuer's act */
    static const char *const texts[] = {"statement", "statements", "declaration", "communique",
                                        "letter", "message", NULL};
    if (p->kind != ANNALS_TOKEN_WORD || p->trig >= 0 || p->attr || p->time >= 0 ||
        an_ev_is_be(c, k->t0 - 1) || an_ev_is_any(c, k->t0 - 1, heads) ||
        an_ev_is_any(c, k->t0 - 1, texts))
        return 0;
    /* "their first meeting", "the latest shelling": after a determiner or an ordinal the
     * -ing form is an event noun, the head of its own phrase */
    static const char *const ordinals[] = {"first", "second", "third", "last", "latest", "next",
                                           "new", "recent", "previous", "further", NULL};
    if (an_ev_is_determiner(c, k->t0 - 1) || an_ev_is_any(c, k->t0 - 1, ordinals)) return 0;
    return !an_ev_ends(p, "ly", 2, 1);
}

/* CAMEO codes who did what to whom, and what was done. No code for an event with no
 * doer that names no one but people it befell ("a child had died", "five people were shot
 * dead": coders leave them uncoded, having no actor to code), nor for one that did not or
 * would only happen ("did not attack", "if he can crush"); a refusal the negation makes
 * ("failed to reach agreement") is coded. With no doer, a target that is only a generic
 * agent of no known country ("soldiers were killed") gives no side to code either. The
 * event keeps its other types. */
/* Whether party p carries a country CAMEO can code: a place, or an actor with one. */
static int has_country(const an_evctx *c, an_evparty p) {
    return p.place >= 0 || (p.actor >= 0 && c->doc->actors.v[p.actor].country[0]);
}

static int cameo_codable(const an_evctx *c, const an_evcand *k, an_evparty a, an_evparty b) {
    if ((k->modality == AN_MOD_NEGATED && !k->refusal) || k->modality == AN_MOD_HYPOTHETICAL)
        return 0;
    if (purpose(c, k) || k->setting || described(c, k) || reduced_relative(c, k) ||
        characterised_by(c, k) || kind_of_event(c, k) || depicted(c, k) ||
        participle_adjunct(c, k))
        return 0;
    /* an event noun names no doer of its own: with no country on either side ("the
     * rebels' talks", "IMF loans") it is background, not a codable act */
    if (k->pos == AN_EV_POS_NOUN && !has_country(c, a) && !has_country(c, b)) return 0;
    if (a.actor >= 0 || a.place >= 0) return 1;
    return b.place >= 0 || k->addressee ||
           (b.actor >= 0 && c->doc->actors.v[b.actor].kind != AN_ACTOR_GROUP_OF_PEOPLE &&
            (c->doc->actors.v[b.actor].kind == AN_ACTOR_PERSON ||
             c->doc->actors.v[b.actor].country[0]));
}

/* One event of candidate k between parties a (actor1) and b (actor2); the casualties go
 * with the first event of the candidate only, so that a toll is never counted twice. */
static int emit(an_evctx *c, const an_evcand *k, an_evparty a, an_evparty b, int first) {
    an_event *ev = AN_PUSH(c->doc, events);
    if (!ev) return -1;
    size_t n_cas = first ? k->n_cas : 0;
    size_t cap = 9 + n_cas;
    ev->ev = an_arena_calloc(&c->doc->arena, cap, sizeof *ev->ev);
    ev->cas = n_cas ? an_arena_calloc(&c->doc->arena, n_cas, sizeof *ev->cas) : NULL;
    if (!ev->ev || (n_cas && !ev->cas)) return -1;
    ev->sentence = c->si;
    /* a CAMEO public statement has no PLOVER type (data/event-triggers.txt) */
    ev->plover = strcmp(k->plover, "STATEMENT") == 0 ? NULL : k->plover;
    ev->mode = k->mode;
    ev->cameo = cameo_codable(c, k, a, b) ? k->cameo : NULL;
    split_acled(c, ev, k->acled);
    ev->actor1 = a.actor;
    ev->actor2 = b.actor;
    ev->actor1_place = a.actor < 0 ? a.place : -1;
    ev->actor2_place = b.actor < 0 ? b.place : -1;
    infer_country(c, k, a, b, ev->actor1_cc);
    infer_country(c, k, b, a, ev->actor2_cc);
    ev->date = k->date;
    ev->date_precision = k->date_prec;
    ev->place = k->place;
    ev->place_precision = k->place_prec;
    ev->modality = k->modality;
    add_evidence(c, ev, cap, AN_EVR_TRIGGER, c->tok[k->t0].start, c->tok[k->t1 - 1].end);
    if (k->x1 > k->x0) /* the particle of "drove X out" */
        add_evidence(c, ev, cap, AN_EVR_TRIGGER, c->tok[k->x0].start, c->tok[k->x1 - 1].end);
    mention_evidence(c, ev, cap, AN_EVR_ACTOR1, ev->actor1, 1);
    mention_evidence(c, ev, cap, AN_EVR_ACTOR2, ev->actor2, 1);
    mention_evidence(c, ev, cap, AN_EVR_ACTOR1, ev->actor1_place, 0);
    mention_evidence(c, ev, cap, AN_EVR_ACTOR2, ev->actor2_place, 0);
    if (k->place_prec == AN_PPREC_SENTENCE) mention_evidence(c, ev, cap, AN_EVR_PLACE, k->place, 0);
    if (k->time >= 0 && c->doc->times.v[k->time].where == c->where)
        add_evidence(c, ev, cap, AN_EVR_TIME, c->doc->times.v[k->time].start,
                     c->doc->times.v[k->time].end);
    for (size_t x = 0; x < n_cas; x++) {
        const an_evcas *cs = &c->cas[k->cas[x]];
        ev->cas[ev->n_cas++] = cs->c;
        add_evidence(c, ev, cap, AN_EVR_CASUALTY, cs->c.start, cs->c.end);
    }
    claim(c, ev, cap, k);
    return 0;
}

/* CAMEO's paired codes: a telephone call is made by both sides (041), as coders read it; a
 * visit is the visitor's only (the PLOVER gold records code it one way). NULL when the code
 * has no pair. */
static const char *paired_code(const char *cameo) {
    static const char *const pairs[][2] = {{"041", "041"}};
    for (size_t i = 0; cameo && i < sizeof pairs / sizeof *pairs; i++)
        if (strcmp(cameo, pairs[i][0]) == 0) return pairs[i][1];
    return NULL;
}

/* "Calderon telephoned Obama": Obama spoke with him too; not when the other side is only a
 * place. */
static int emit_pair(an_evctx *c, const an_evcand *k, an_evparty a, an_evparty b) {
    const char *code = paired_code(k->cameo);
    if (!code || (b.actor < 0 && (b.place < 0 || k->place2_locus)) ||
        (a.actor < 0 && a.place < 0))
        return 0;
    an_evcand back = *k;
    back.cameo = code;
    back.n_cas = 0;
    return emit(c, &back, b, a, 0);
}

/* The events of candidate k: one for each pair of parties, as CAMEO codes compounds;
 * two subjects without an object act on each other ("Jordan and Britain agreed"). */
static int emit_all(an_evctx *c, const an_evcand *k) {
    an_evparty s[1 + AN_EV_MAXCO], t[1 + AN_EV_MAXCO];
    s[0] = (an_evparty){k->actor1, k->actor1 < 0 ? k->place1 : -1};
    t[0] = (an_evparty){k->actor2, k->actor2 < 0 ? k->place2 : -1};
    memcpy(s + 1, k->co1, k->n_co1 * sizeof *s);
    memcpy(t + 1, k->co2, k->n_co2 * sizeof *t);
    size_t ns = 1u + k->n_co1, nt = 1u + k->n_co2;
    /* "Jordan and Britain agreed" act on each other; "Russian and Syrian jets pounded
     * their positions" use force together on an object */
    int force = k->plover && strcmp(k->plover, "ASSAULT") == 0;
    int object = force && k->pos == AN_EV_POS_VERB && k->t1 < c->n &&
                 an_ev_is_determiner(c, k->t1);
    int each_other = ns > 1 && nt == 1 && t[0].actor < 0 && t[0].place < 0 && !object &&
                     !k->allied;
    int first = 1;
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < (each_other ? ns : nt); j++) {
            if (each_other && i == j) continue;
            if (emit(c, k, s[i], each_other ? s[j] : t[j], first) != 0) return -1;
            if (!each_other && emit_pair(c, k, s[i], t[j]) != 0) return -1;
            first = 0;
        }
    return 0;
}

/* "Syria's parliament met hastily to amend", "the cabinet met Sunday and decided": a body
 * that meets, with no one named to meet and nothing after the verb that could be someone,
 * convenes a session of its own; a consultation takes two. */
static int lone_meeting(const an_evctx *c, const an_evcand *k) {
    static const char *const verbs[] = {"meet", "convene", NULL};
    static const char *const after[] = {",", ".", ";", "on", "in", "at", "to", "for", "and",
                                        "again", "today", "yesterday", "briefly", "until",
                                        "behind", "overnight", "late", "early", "after",
                                        "before", "hastily", NULL};
    if (k->pos != AN_EV_POS_VERB || !k->e || k->e->n_words != 1 ||
        strcmp(k->plover, "CONSULT") != 0)
        return 0;
    int is_meet = 0;
    for (int j = 0; verbs[j]; j++) is_meet |= strcmp(k->e->words[0], verbs[j]) == 0;
    if (!is_meet || k->actor2 >= 0 || k->place2 >= 0 || k->n_co1 || k->n_co2 || k->addressee)
        return 0;
    /* "the two sides met", "leaders met": a plural subject may meet each other */
    if (k->actor1 < 0 || c->doc->actors.v[k->actor1].kind == AN_ACTOR_GROUP_OF_PEOPLE)
        return 0;
    return k->t1 >= c->n || c->tok[k->t1].time >= 0 || an_ev_is_any(c, k->t1, after);
}

/* "peacekeeping troops arrived in Bosnia", "Russian soldiers have arrived in the town":
 * forces that arrive are moved there, they pay no visit (CAMEO 042 is a visit of a leader
 * or an envoy). */
static int forces_arrive(const an_evctx *c, const an_evcand *k) {
    static const char *const forces[] = {"troops", "soldiers", "peacekeepers", "forces",
                                         "units", "reinforcements", "marines", "paratroopers",
                                         "contingent", "battalion", "brigade", NULL};
    static const char *const aux[] = {"have", "has", "had", "were", "was", NULL};
    if (k->pos != AN_EV_POS_VERB || !k->cameo || strcmp(k->cameo, "042") != 0 || k->t0 == 0)
        return 0;
    size_t s = k->t0 - 1;
    if (s > 0 && an_ev_is_any(c, s, aux)) s--;
    return an_ev_is_any(c, s, forces);
}

/* "pressure groups", "aid agencies", "attack helicopters", "protest movement": an event
 * noun before a noun of people, bodies or things names a kind of them, not an event. */
static int compound_modifier(const an_evctx *c, const an_evcand *k) {
    static const char *const heads[] = {
        "group",        "groups",        "agency",       "agencies",      "worker",
        "workers",      "organisation",  "organisations", "organization", "organizations",
        "official",     "officials",     "activist",     "activists",     "helicopter",
        "helicopters",  "rifle",         "rifles",       "aircraft",      "jet",
        "jets",         "plane",         "planes",       "vehicle",       "vehicles",
        "movement",     "movements",     "leader",       "leaders",       "chief",
        "spokesman",    "spokeswoman",   "ministry",     "minister",      "committee",
        "squad",        "squads",        "unit",         "units",         NULL};
    if (k->pos != AN_EV_POS_NOUN || !k->e || k->e->n_words != 1 || k->x1 > k->x0 ||
        k->t1 >= c->n || c->tok[k->t1].trig >= 0)
        return 0;
    return an_ev_is_any(c, k->t1, heads);
}

/* A verb only a verb dictionary knows is coded, as PETRARCH codes it, between a source and
 * a target: without both, its sense is too open to call ("launched", "joined"). */
static int lone_dictionary_verb(const an_evcand *k) {
    if (!k->vdict) return 0;
    return (k->actor1 < 0 && k->place1 < 0) || (k->actor2 < 0 && k->place2 < 0);
}

/* "[:110]" codes the target's act on the source: the parties change sides. */
static void reverse_dictionary_dyads(an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++) {
        an_evcand *e = &c->cand[k];
        if (!e->vreverse) continue;
        int a = e->actor1, p = e->place1;
        e->actor1 = e->actor2, e->place1 = e->place2;
        e->actor2 = a, e->place2 = p;
        e->place2_locus = 0;
        an_evparty co[AN_EV_MAXCO];
        uint8_t n = e->n_co1;
        memcpy(co, e->co1, sizeof co);
        memcpy(e->co1, e->co2, sizeof co);
        memcpy(e->co2, co, sizeof co);
        e->n_co1 = e->n_co2;
        e->n_co2 = n;
    }
}

static int sentence_events(an_evctx *c) {
    an_ev_attribution(c);
    an_ev_triggers(c);
    int quiet = c->n_cand == 0 && c->n_attr == 0;
    if (quiet && !(c->r->verbs && an_ev_has_dictionary_verb(c))) {
        an_ev_note_places(c);
        return 0;
    }
    an_ev_clauses(c);
    clause_facts(c);
    an_ev_frames(c);
    if (c->r->verbs && an_ev_dictionary_verbs(c)) {
        clause_facts(c);
    } else if (quiet) { /* as above: the dictionary found no event either */
        an_ev_note_places(c);
        return 0;
    }
    an_ev_casualties(c);
    an_ev_assign_casualties(c);
    an_ev_arguments(c);
    if (c->r->verbs) reverse_dictionary_dyads(c);
    an_ev_acled(c);
    an_ev_statement(c);
    an_ev_modality(c);
    an_ev_dates(c);
    an_ev_places(c);
    for (size_t k = 0; k < c->n_cand; k++)
        if (c->cand[k].absorbed_by < 0 && c->cand[k].plover && !lone_meeting(c, &c->cand[k]) &&
            !forces_arrive(c, &c->cand[k]) && !compound_modifier(c, &c->cand[k]) &&
            !lone_dictionary_verb(&c->cand[k]) &&
            emit_all(c, &c->cand[k]) != 0)
            return -1;
    an_ev_note_places(c);
    return 0;
}

int an_event_doc(const an_event_res *r, annals_doc *doc) {
    doc->events.n = 0;
    if (doc->sentences.n == 0) return 0;
    int *maps = mention_maps(doc);
    if (!maps) return -1;
    an_evctx *c = calloc(1, sizeof *c);
    if (!c) {
        free(maps);
        return -1;
    }
    c->memo = an_ev_thread_memo(r); /* only faster: may be NULL */
    c->r = r;
    c->doc = doc;
    c->last_place = c->last_actor1 = c->last_speaker = c->last_event_town = -1;
    c->report_day = an_ev_published_day(doc);
    int rc = an_ev_fallback_place(c);
    for (size_t si = 0; si < doc->sentences.n && rc == 0; si++) {
        /* no reporter's sentence runs to thousands of words: such a run is a list or a
         * dump, and reading it would take some 200 bytes a token at once */
        if (doc->sentences.v[si].tok_count > AN_EV_MAX_TOKENS) continue;
        rc = load_sentence(c, si, maps);
        if (rc == 0) rc = sentence_events(c);
    }
    free(c->tok);
    free(c);
    free(maps);
    return rc;
}
