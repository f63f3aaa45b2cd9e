/* attribution.c - who says so. A reporting verb (data/event-attribution.txt) with its
 * speaker before it ("officials said"), after it (", said Lt. Gen. Sergei Rudskoy") or
 * after "according to"; the attribution scopes over the rest of the sentence. Its words
 * are marked so that the speaker is not taken for an actor of the event and "said Friday"
 * is not taken for the event's date. */
#include <stdint.h>
#include <string.h>

#include "event/ev.h"

static const char *const auxiliaries[] = {"has", "have", "had", "was", "is", "were", "are",
                                          "also", "later", "reportedly", "had", "again",
                                          "previously", "earlier", "publicly", "officially",
                                          "separately", "told", "did", "would", NULL};

static int stop_word(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    if (t->kind == ANNALS_TOKEN_PUNCT && !an_ev_is(c, i, ".") && !an_ev_is(c, i, "-")) return 1;
    static const char *const stops[] = {"that", "and", "but", "as", "while", "when", "which",
                                        "who", "after", "because", "if", NULL};
    return an_ev_is_any(c, i, stops);
}

static int pronoun(const an_evctx *c, size_t i) {
    static const char *const p[] = {"he", "she", "it", "they", "we", "i", NULL};
    return an_ev_is_any(c, i, p);
}

/* The actor in tokens [a, b) that speaks: a person first, then anyone. */
static int speaker_actor(const an_evctx *c, size_t a, size_t b) {
    int any = -1;
    for (size_t i = a; i < b; i++) {
        int k = c->tok[i].actor;
        if (k < 0) continue;
        if (c->doc->actors.v[k].kind == AN_ACTOR_PERSON) return k;
        if (any < 0) any = k;
    }
    return any;
}

/* Words after the verb that still belong to the attribution: "Friday", "on Tuesday",
 * "in a statement", "reporters". Returns the first token after them. */
static size_t verb_tail(const an_evctx *c, size_t i, size_t lim) {
    static const char *const fillers[] = {"on", "in", "a", "an", "the", "its", "his", "her",
                                          "their", "statement", "interview", "today",
                                          "yesterday", "tonight", "reporters", "journalists",
                                          "afp", "reuters", "cnn", "briefing", "news",
                                          "conference", "late", "earlier", "here", "there",
                                          "by", "phone", "telephone", NULL};
    while (i < lim && (c->tok[i].time >= 0 || an_ev_is_any(c, i, fillers))) i++;
    if (i < lim && an_ev_is(c, i, "that")) i++;
    return i;
}

static void mark(an_evctx *c, size_t a, size_t b) {
    for (size_t i = a; i < b && i < c->n; i++) c->tok[i].attr = 1;
}

/* The first actor in [a, b) outside any attribution, or -1. */
static int first_actor(const an_evctx *c, size_t a, size_t b) {
    for (size_t i = a; i < b && i < c->n; i++)
        if (c->tok[i].actor >= 0 && !c->tok[i].attr) return c->tok[i].actor;
    return -1;
}

/* "according to images they posted online", "a video released by X", "a statement": the
 * images, footage or statement only carry the words; who issued them speaks. The speaker's
 * tokens [*s0, *s1) narrow to the issuer named after "by" or "from"; a pronoun poster
 * ("images they posted") closing a sentence is its subject, whose actor is returned; with
 * no issuer named no one speaks (*s0 == *s1). Returns -2 when the speaker is no medium. */
static int medium(const an_evctx *c, size_t *s0, size_t *s1, size_t c0, size_t c1) {
    static const char *const media[] = {"image", "images", "photo", "photos", "photograph",
                                        "photographs", "picture", "pictures", "footage",
                                        "video", "videos", "clip", "clips", "recording",
                                        "recordings", "statement", "statements", "report",
                                        "reports", "communique", "document", "documents",
                                        "message", "post", "posting", "tweet", NULL};
    /* how the images were taken, not who issued them: "satellite images" */
    static const char *const means[] = {"satellite", "amateur", "drone", "phone", "mobile",
                                        "surveillance", "online", "new", "latest", "recent",
                                        "undated", "graphic", NULL};
    size_t f = *s0, m;
    while (f < *s1 && an_ev_is_determiner(c, f)) f++;
    int issued = 0; /* words before the medium naming its issuer: "a coalition statement" */
    for (m = f; m < *s1 && m < f + 3 && !an_ev_is_any(c, m, media); m++) {
        if (c->tok[m].kind != ANNALS_TOKEN_WORD) return -2;
        if (c->tok[m].actor >= 0 || c->tok[m].place >= 0 ||
            !(an_ev_is_any(c, m, means) || (c->tok[m].cls & AN_CL_ADJ) ||
              (an_ev_modifier(c, m) && !(c->tok[m].flags & ANNALS_TOKEN_CAPITALIZED))))
            issued = 1;
    }
    if (m >= *s1 || !an_ev_is_any(c, m, media) || c->tok[m].actor >= 0) return -2;
    /* the medium heads the phrase: not "the report's author", "a video journalist" */
    static const char *const after[] = {"by", "from", "in", "on", "of", "that", "which",
                                        "issued", "posted", "released", "published", "shared",
                                        "obtained", "seen", "broadcast", "aired", "carried",
                                        "circulated", "uploaded", "put", NULL};
    if (m + 1 < *s1 && !pronoun(c, m + 1) && !an_ev_is_any(c, m + 1, after)) return -2;
    if (issued) {
        *s0 = f;
        *s1 = m > f + 1 && (an_ev_is(c, m - 1, "'s") || an_ev_is(c, m - 1, "\xe2\x80\x99s"))
                  ? m - 1
                  : m;
        return -1;
    }
    for (size_t k = m + 1; k < *s1; k++) {
        if (an_ev_is(c, k, "by") || an_ev_is(c, k, "from")) {
            *s0 = k + 1;
            return -1;
        }
        /* "a report in The Guardian": a paper, not a place or a date */
        size_t w = k + 1 < *s1 && an_ev_is(c, k + 1, "the") ? k + 2 : k + 1;
        if (an_ev_is(c, k, "in") && w < *s1 && c->tok[w].place < 0 && c->tok[w].time < 0 &&
            (c->tok[w].actor >= 0 || (c->tok[w].flags & ANNALS_TOKEN_CAPITALIZED))) {
            *s0 = k + 1;
            return -1;
        }
    }
    if (m + 1 < *s1 && pronoun(c, m + 1) && c1 <= *s0) {
        *s0 = *s1;
        return first_actor(c, c0, c1);
    }
    *s0 = *s1;
    return -1;
}

/* "Our correspondent in Cairo said": a journalist or an analyst writes from the place
 * named after him, which is no speaker; his words end before it. */
static size_t observer_end(const an_evctx *c, size_t s0, size_t s1) {
    static const char *const who[] = {"correspondent", "correspondents", "reporter",
                                      "reporters", "journalist", "journalists", "analyst",
                                      "analysts", "commentator", "commentators", NULL};
    static const char *const at[] = {"in", "at", "from", "based", NULL};
    for (size_t i = s0; i + 1 < s1; i++)
        if (an_ev_is_any(c, i, who) && an_ev_is_any(c, i + 1, at)) return i + 1;
    return s1;
}

/* The speaker found, whose words end before token head (SIZE_MAX: no words of its own):
 * kept for "It said" and, by its kind and its last word, for "the monitor said". */
static void said(an_evctx *c, int actor, size_t head) {
    if (actor < 0) return;
    c->last_speaker = actor;
    const size_t cap = sizeof c->said / sizeof *c->said;
    if (c->n_said == cap) memmove(c->said, c->said + 1, --c->n_said * sizeof *c->said);
    c->said[c->n_said].actor = actor;
    c->said[c->n_said].head[0] = '\0';
    if (head < c->n && c->tok[head].kind == ANNALS_TOKEN_WORD)
        memcpy(c->said[c->n_said].head, c->tok[head].form[0], sizeof c->said[c->n_said].head);
    c->n_said++;
}

/* "The British-based monitor said", "the ministry said": a definite description of no
 * actor of its own refers back to the latest speaker of the document the noun fits (a
 * monitor is a body, a ministry a government's or an army's); "a monitoring group said"
 * introduces someone new and stays as it is. Returns the speaker, or -1. */
static int described_speaker(const an_evctx *c, size_t s0, size_t s1) {
    static const struct {
        const char *noun;
        uint8_t kinds[3];
        size_t n;
    } fits[] = {
        {"monitor", {AN_ACTOR_ORGANISATION}, 1},
        {"observatory", {AN_ACTOR_ORGANISATION}, 1},
        {"watchdog", {AN_ACTOR_ORGANISATION}, 1},
        {"group", {AN_ACTOR_ORGANISATION}, 1},
        {"organisation", {AN_ACTOR_ORGANISATION}, 1},
        {"organization", {AN_ACTOR_ORGANISATION}, 1},
        {"ministry", {AN_ACTOR_GOVERNMENT, AN_ACTOR_MILITARY}, 2},
        {"agency", {AN_ACTOR_GOVERNMENT, AN_ACTOR_ORGANISATION, AN_ACTOR_MEDIA}, 3},
    };
    if (s1 < s0 + 2 || s1 > s0 + 5 || !an_ev_is(c, s0, "the")) return -1;
    for (size_t i = s0; i < s1; i++)
        if (c->tok[i].actor >= 0 || c->tok[i].kind != ANNALS_TOKEN_WORD) return -1;
    /* "a military source said ... The source said": the same word names the same one */
    for (size_t j = c->n_said; j-- > 0;)
        if (c->said[j].head[0] && an_ev_is(c, s1 - 1, c->said[j].head)) return c->said[j].actor;
    for (size_t f = 0; f < sizeof fits / sizeof *fits; f++) {
        if (!an_ev_is(c, s1 - 1, fits[f].noun)) continue;
        for (size_t j = c->n_said; j-- > 0;)
            for (size_t k = 0; k < fits[f].n; k++)
                if (c->doc->actors.v[c->said[j].actor].kind == fits[f].kinds[k])
                    return c->said[j].actor;
        return -1;
    }
    return -1;
}

static int add(an_evctx *c, size_t s0, size_t s1, size_t v, size_t c0, size_t c1, int deny) {
    if (c->n_attr >= sizeof c->attr / sizeof *c->attr || c1 <= c0) return 0;
    an_evattr *a = &c->attr[c->n_attr++];
    a->start = s0 < v ? s0 : v;
    a->end = s1 > v ? s1 : v + 1;
    a->verb = v;
    a->sp0 = s0;
    a->sp1 = s1;
    a->c0 = c0;
    a->c1 = c1;
    a->deny = (uint8_t)deny;
    a->sp1 = observer_end(c, s0, s1);
    int issuer = medium(c, &a->sp0, &a->sp1, c0, c1);
    if (issuer != -2) {
        a->actor = issuer >= 0 ? issuer : speaker_actor(c, a->sp0, a->sp1);
        said(c, a->actor, SIZE_MAX);
        return 1;
    }
    a->actor = speaker_actor(c, a->sp0, a->sp1);
    /* "It said", "He added": the last speaker named */
    if (a->actor < 0 && s1 == s0 + 1 && pronoun(c, s0)) a->actor = c->last_speaker;
    if (a->actor < 0) a->actor = described_speaker(c, a->sp0, a->sp1);
    said(c, a->actor, a->sp1 > a->sp0 ? a->sp1 - 1 : SIZE_MAX);
    return 1;
}

/* Token i - 1 ends an actor's or a place's name. */
static int named_before(const an_evctx *c, size_t i) {
    return i > 0 && (c->tok[i - 1].actor >= 0 || c->tok[i - 1].place >= 0);
}

/* "UNESCO condemned the blast and said ...": the verb shares the subject of the clause
 * before "and" (its first actor), and what follows is that speaker's. */
static void shared_subject(an_evctx *c, size_t a, size_t v, size_t tail, size_t end, int deny) {
    int who = -1;
    for (size_t i = 0; i + 1 < a && who < 0; i++)
        if (c->tok[i].actor >= 0 && !c->tok[i].attr) who = c->tok[i].actor;
    if (who < 0 || !add(c, a, a, v, tail, end, deny)) return;
    c->attr[c->n_attr - 1].actor = who;
    said(c, who, SIZE_MAX);
    mark(c, v, tail);
}

/* A participle in -ing opening a phrase ("citing", "speaking"). */
static int ing_at(const an_evctx *c, size_t i) {
    return c->tok[i].kind == ANNALS_TOKEN_WORD && c->tok[i].actor < 0 &&
           an_ev_ends(&c->tok[i], "ing", 3, 1);
}

/* "Ariel Sharon, who is under pressure from his partners, said", "Russia, citing NATO's
 * bombing of Tripoli, said", "the Observatory, a Britain-based group, said", "Russia,
 * Syria's closest ally, said": the speaker stands before a relative clause, a participle
 * phrase or an apposition set off by commas; returns where the speaker ends. */
static size_t before_relative(const an_evctx *c, size_t s1) {
    if (s1 < 3 || !an_ev_is(c, s1 - 1, ",")) return s1;
    for (size_t k = s1 - 1; k-- > 0 && s1 - k < 25;) {
        if (c->tok[k].kind == ANNALS_TOKEN_PUNCT && !an_ev_is(c, k, ",") && !an_ev_is(c, k, "-"))
            return s1;
        /* also an apposition: "the Observatory, a Britain-based group, said" */
        if (an_ev_is(c, k, ",") &&
            (an_ev_is(c, k + 1, "who") || an_ev_is(c, k + 1, "which") || ing_at(c, k + 1) ||
             an_ev_is(c, k + 1, "a") || an_ev_is(c, k + 1, "an") || an_ev_is(c, k + 1, "the") ||
             an_ev_titled_apposition(c, k, s1 - 1)))
            return k;
    }
    return s1;
}

/* The attribution of "X, who ..., said (that) ...": the speaker and the verb are marked,
 * the relative clause between them keeps its own events. Returns 1 when it was one. */
static int speaker_before_relative(an_evctx *c, size_t s1, size_t v, size_t n, size_t end,
                                   int deny, int closing_only) {
    size_t r = before_relative(c, s1), a = r;
    if (r == s1 || closing_only) return 0;
    while (a > 0 && !stop_word(c, a - 1) && r - a < 12) a--;
    size_t tail = verb_tail(c, v + n, end);
    if (a == r || (a > 0 && !stop_word(c, a - 1)) || tail >= end) return 0;
    if (!add(c, a, r, v, tail, end, deny)) return 0;
    /* "Nabil Elaraby, the head of the Arab League, said": a name of no known actor speaks
     * for the body its apposition names */
    an_evattr *at = &c->attr[c->n_attr - 1];
    if (at->actor < 0 && r + 1 < s1 && an_ev_is_determiner(c, r + 1)) {
        at->actor = speaker_actor(c, r + 1, s1);
        said(c, at->actor, SIZE_MAX);
    }
    mark(c, a, r);
    mark(c, s1, tail);
    return 1;
}

/* "..., officials said Friday." / "Officials said (that) ..." / "..., said X." */
static void reporting_verb(an_evctx *c, size_t v, size_t n, int deny, int closing_only) {
    size_t end = c->n;
    if (end > 0 && c->tok[end - 1].kind == ANNALS_TOKEN_PUNCT) end--;
    size_t s1 = v;
    while (s1 > 0 && an_ev_is_any(c, s1 - 1, auxiliaries)) s1--;
    if (speaker_before_relative(c, s1, v, n, end, deny, closing_only)) return;
    size_t a = s1;
    while (a > 0 && !stop_word(c, a - 1) && s1 - a < 12) a--;
    /* "Russia and the Syrian army said": two speakers */
    if (a > 1 && a < s1 && an_ev_is(c, a - 1, "and") && named_before(c, a - 1)) {
        a -= 2;
        while (a > 0 && c->tok[a - 1].actor >= 0 && c->tok[a - 1].actor == c->tok[a].actor) a--;
        while (a > 0 && c->tok[a - 1].place >= 0 && c->tok[a - 1].place == c->tok[a].place) a--;
    }
    if (a > 0 && !stop_word(c, a - 1)) return; /* too long for a speaker */
    /* ", a charge Islamabad denies": the speaker answers a charge, not the whole sentence */
    static const char *const charges[] = {"charge", "charges", "accusation", "accusations",
                                          "claim", "claims", "allegation", "allegations", NULL};
    if (a + 1 < s1 && an_ev_is_determiner(c, a) && an_ev_is_any(c, a + 1, charges)) return;
    size_t tail = verb_tail(c, v + n, end);
    if (a < s1 && tail >= end && a > 1) { /* closing: the content is before */
        if (add(c, a, s1, v, 0, a - 1, deny)) mark(c, a, end);
    } else if (a < s1 && a > 1 && an_ev_is(c, a - 1, ",") && tail < end &&
               an_ev_is(c, tail, ",")) { /* between commas: it scopes over both sides */
        if (add(c, a, s1, v, 0, end, deny)) mark(c, a, tail + 1);
    } else if (a == s1 && a > 1 && an_ev_is(c, a - 1, "and") && !closing_only && tail < end) {
        shared_subject(c, a, v, tail, end, deny); /* "X called ... and said ..." */
    } else if (a < s1 && !closing_only) { /* opening: the content follows */
        if (add(c, a, s1, v, tail, end, deny)) mark(c, a, tail);
    } else if (a == s1 && a > 0 && an_ev_is(c, a - 1, ",") && v + n < end &&
               (c->tok[v + n].actor >= 0 || an_ev_is_determiner(c, v + n) ||
                (c->tok[v + n].flags & ANNALS_TOKEN_CAPITALIZED))) { /* inverted */
        /* ", warning Saddam Hussein that ...": a participle with its object and clause
         * is the subject's act, not a speaker named after the verb */
        int clause = 0;
        size_t s2 = v + n;
        /* "..., said troops killed 10 people": a verb there makes it the content */
        for (; s2 < end && !an_ev_is(c, s2, ","); s2++) {
            size_t tn;
            clause |= an_ev_is(c, s2, "that") ||
                      (c->tok[s2].actor < 0 && !(c->tok[s2].flags & ANNALS_TOKEN_CAPITALIZED) &&
                       an_ev_match(&c->r->triggers, c, s2, end, AN_EV_POS_VERB, &tn));
        }
        size_t vl = c->tok[v].end - c->tok[v].start;
        int participle = vl > 4 && memcmp(c->text + c->tok[v].end - 3, "ing", 3) == 0;
        if (s2 == end && !clause && !participle && add(c, v + n, s2, v, 0, a - 1, deny))
            mark(c, a, end);
    }
}

/* "according to the ministry" at either end of the sentence. */
static void according_to(an_evctx *c, size_t i, size_t n) {
    size_t s0 = i + n, s1 = s0;
    size_t end = c->n;
    if (end > 0 && c->tok[end - 1].kind == ANNALS_TOKEN_PUNCT) end--;
    while (s1 < end && !an_ev_is(c, s1, ",")) s1++;
    if (s1 == end) {
        if (i > 0 && add(c, s0, s1, i, 0, i, 0)) mark(c, i, end);
    } else if (i == 0 && add(c, s0, s1, i, s1 + 1, end, 0)) {
        mark(c, i, s1 + 1);
    }
}

/* A reporting verb: not a name, not "it", not an adjective ("the alleged violations",
 * "hand over alleged bombers"). */
static int reports(const an_evctx *c, size_t i) {
    static const char *const preps[] = {"over", "of", "for", "with", "against", "on", "to",
                                        "from", "by", "about", NULL};
    /* "a new state of emergency", "a 30-day state of emergency": a noun after its modifier */
    if (i > 0 && an_ev_is(c, i, "state") && c->tok[i - 1].actor < 0 &&
        c->tok[i - 1].place < 0 && !(c->tok[i - 1].flags & ANNALS_TOKEN_CAPITALIZED) &&
        (an_ev_modifier(c, i - 1) || c->tok[i - 1].time >= 0))
        return 0;
    return c->tok[i].actor < 0 && !pronoun(c, i) &&
           !(i > 0 && (an_ev_is_determiner(c, i - 1) || an_ev_is_any(c, i - 1, preps)));
}

void an_ev_attribution(an_evctx *c) {
    c->n_attr = 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t n;
        const an_ev_entry *e = an_ev_match(&c->r->attribution, c, i, c->n, 0, &n);
        if (!e || c->tok[i].attr || c->tok[i].place >= 0) continue;
        if (!e->col[0] || strcmp(e->col[0], "-") == 0) {
            /* a look-alike ("claimed the lives of"), all its words ("member states") */
            i += n - 1;
            continue;
        }
        if ((c->tok[i].flags & ANNALS_TOKEN_CAPITALIZED) && i > 0) continue;
        if (strcmp(e->col[0], "prep") == 0)
            according_to(c, i, n);
        else if (reports(c, i))
            reporting_verb(c, i, n, strcmp(e->col[0], "deny") == 0,
                           strcmp(e->col[0], "closing") == 0);
        i += n - 1;
    }
}

/* ---- a statement of its own --------------------------------------------------------- */

/* A place standing for a state at token i (a country or a capital), or -1. */
static int state_place(const an_evctx *c, size_t i) {
    int p = c->tok[i].place;
    if (p < 0 || c->tok[i].actor >= 0) return -1;
    const an_place *pl = &c->doc->places.v[p];
    int ok = pl->kind == AN_PLACE_COUNTRY || (pl->kind == AN_PLACE_CITY && pl->precision >= 15);
    return ok ? p : -1;
}

static const char *party_cc(const an_evctx *c, int actor, int place) {
    if (actor >= 0) return c->doc->actors.v[actor].country;
    return place >= 0 ? c->doc->places.v[place].country : "";
}

/* Whether the speaker's words name it ("Iran's foreign minister", "Mohammad Khatami"), not
 * only an anonymous "senior official" the document's country is lent to. */
static int named_speaker(const an_evctx *c, const an_evattr *a) {
    for (size_t i = a->sp0; i < a->sp1; i++)
        if (c->tok[i].place >= 0 || ((c->tok[i].flags & ANNALS_TOKEN_CAPITALIZED) &&
                                     !(c->tok[i].flags & ANNALS_TOKEN_SENT_START)))
            return 1;
    return 0;
}

/* Whether a live event was found in the sentence. */
static int has_event(const an_evctx *c) {
    for (size_t k = 0; k < c->n_cand; k++)
        if (c->cand[k].absorbed_by < 0 && c->cand[k].plover) return 1;
    return 0;
}

/* The first party of another state in [from, to): an actor with a country other than cc
 * (or an international body), or a country or capital standing for one. */
static void other_party(const an_evctx *c, size_t from, size_t to, const char *cc, int *actor,
                        int *place) {
    for (size_t i = from; i < to; i++) {
        if (c->tok[i].attr) continue;
        int a = c->tok[i].actor, p = a < 0 ? state_place(c, i) : -1;
        /* people of a country ("2,800 Syrians") are not the state a statement is about */
        if ((a < 0 && p < 0) || (a >= 0 && c->doc->actors.v[a].kind == AN_ACTOR_GROUP_OF_PEOPLE))
            continue;
        const char *o = party_cc(c, a, p);
        int body = a >= 0 && !o[0] && (c->doc->actors.v[a].kind == AN_ACTOR_ORGANISATION);
        if ((o[0] && strcmp(o, cc) != 0) || body) {
            *actor = a;
            *place = p;
            return;
        }
    }
}

/* "The BBC's Jim Muir in Beirut says", "our correspondent said", "analysts say": a
 * journalist or an analyst describes the news, no party to it makes a statement. */
static int observer(const an_evctx *c, const an_evattr *a) {
    static const char *const who[] = {"correspondent", "correspondents", "reporter",
                                      "reporters", "journalist", "journalists", "analyst",
                                      "analysts", "commentator", "commentators", "columnist",
                                      "editor", "editors", NULL};
    for (size_t i = a->sp0; i < a->sp1 && i < c->n; i++) {
        if (an_ev_is_any(c, i, who)) return 1;
        int m = c->tok[i].actor;
        if (m >= 0 && c->doc->actors.v[m].kind == AN_ACTOR_MEDIA && an_ev_is(c, i + 1, "'s"))
            return 1;
    }
    return 0;
}

/* "Japan's foreign minister said Tuesday North Korea had ...": a sentence that reports no
 * event of its own is the speaker's public statement (CAMEO 010) about the other state it
 * names, as coders read what is said and is no more specific act. */
void an_ev_statement(an_evctx *c) {
    static const char *const verbs[] = {"say", "says", "said", "saying", "tell", "tells", "told",
                                        "stated", "announced", "declared", "added", "noted",
                                        "asserted", "explained", "reiterated", "stressed",
                                        "emphasized", "emphasised", NULL};
    if (has_event(c) || c->n_cand >= AN_EV_MAXC) return;
    const an_ev_entry *entry = an_ev_entry_for(&c->r->triggers, "make a statement");
    for (size_t k = 0; entry && k < c->n_attr; k++) {
        const an_evattr *a = &c->attr[k];
        if (a->deny || !an_ev_is_any(c, a->verb, verbs) || !named_speaker(c, a) ||
            observer(c, a))
            continue;
        int place = -1;
        for (size_t i = a->sp0; i < a->sp1 && a->actor < 0 && place < 0; i++)
            place = state_place(c, i);
        const char *cc = party_cc(c, a->actor, place);
        if (!cc[0]) continue;
        int a2 = -1, p2 = -1;
        other_party(c, a->c0 < a->verb ? a->c0 : a->verb + 1, a->c1, cc, &a2, &p2);
        if (a2 < 0 && p2 < 0) continue;
        an_evcand *e = &c->cand[c->n_cand++];
        memset(e, 0, sizeof *e);
        e->t0 = a->verb;
        e->t1 = e->x0 = e->x1 = a->verb + 1;
        e->e = entry;
        e->pos = AN_EV_POS_VERB;
        e->plover = entry->col[0];
        e->cameo = entry->col[2];
        e->absorbed_by = -1;
        e->clause_kind = an_ev_clause_of(c, e->t0, &e->c0, &e->c1);
        e->actor1 = a->actor, e->place1 = place;
        e->actor2 = a2, e->place2 = p2;
        e->place = e->time = -1;
        e->attr = (int)k;
        return;
    }
}
