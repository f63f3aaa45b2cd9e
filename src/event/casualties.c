/* casualties.c - how many: counts next to casualty words (data/event-casualties.txt),
 * with their qualifiers and vague numbers (data/event-numbers.txt). "At least 1,000 ISIS
 * militants were killed or wounded" gives killed_or_wounded, low 1000, who "ISIS
 * militants"; "killing about 20 people" best 20; "up to 40" high 40; "dozens" 12. */
#include <stdlib.h>
#include <string.h>

#include "event/ev.h"

typedef struct {
    int64_t value;
    char qual;   /* 'l' low, 'h' high, 'a' approx, 0 exact */
    int vague;
    size_t start, end; /* tokens */
} count;

static const char *const kinds[] = {"killed", "injured", "killed_or_wounded", "captured",
                                    "missing", "displaced"};

const char *an_event_casualty_kind(unsigned kind) { return kind < 6 ? kinds[kind] : "killed"; }

static int kind_of(const char *s) {
    for (int k = 0; k < 6; k++)
        if (strcmp(kinds[k], s) == 0) return k;
    return 0;
}

static const an_ev_entry *number_word(const an_evctx *c, size_t i, size_t *n, const char *cls) {
    const an_ev_entry *e = an_ev_match(&c->r->numbers, c, i, c->n, 0, n);
    return e && e->col[0] && strcmp(e->col[0], cls) == 0 ? e : NULL;
}

/* Digits with thousands separators ("1,000") or a decimal part ("1.5"). */
static int digits(const char *s, int64_t *out) {
    double v = 0, scale = 0;
    int any = 0;
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') {
            if (scale > 0) {
                v += (*s - '0') * scale;
                scale /= 10;
            } else {
                v = v * 10 + (*s - '0');
            }
            any = 1;
        } else if (*s == '.' && scale == 0) {
            scale = 0.1;
        } else if (*s != ',') {
            return 0;
        }
    }
    if (!any || !(v < 1e12)) return 0; /* check before converting: huge values overflow */
    *out = (int64_t)v;
    return 1;
}

/* "twenty-five" */
static int hyphen_number(const an_evctx *c, size_t i, int64_t *out) {
    const char *w = c->tok[i].form[0];
    const char *dash = strchr(w, '-');
    if (!dash) return 0;
    int64_t total = 0;
    char part[AN_EV_WORD];
    const char *p = w;
    while (p) {
        const char *q = strchr(p, '-');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len == 0 || len >= sizeof part) return 0;
        memcpy(part, p, len);
        part[len] = '\0';
        int k;
        if (!an_strtab_get(&c->r->numbers.first, part, len, &k) || !c->r->numbers.e[k].col[1])
            return 0;
        total += atoll(c->r->numbers.e[k].col[1]);
        p = q ? q + 1 : NULL;
    }
    *out = total;
    return 1;
}

/* A number (no qualifier) at i. */
static int number_at(const an_evctx *c, size_t i, count *k) {
    size_t n = 1;
    const an_ev_entry *e;
    k->vague = 0;
    if (i >= c->n) return 0;
    if (c->tok[i].kind == ANNALS_TOKEN_NUMBER) {
        if (!digits(c->tok[i].form[0], &k->value)) return 0;
    } else if ((e = number_word(c, i, &n, "vague")) != NULL) {
        k->value = atoll(e->col[1]);
        k->vague = 1;
        k->end = i + n;
        if (an_ev_is(c, k->end, "of")) k->end++;
        return 1;
    } else if ((e = number_word(c, i, &n, "number")) != NULL) {
        k->value = atoll(e->col[1]);
    } else if (!hyphen_number(c, i, &k->value)) {
        return 0;
    }
    k->end = i + n;
    if ((e = number_word(c, k->end, &n, "multiplier")) != NULL) {
        k->value *= atoll(e->col[1]);
        k->end += n;
    }
    return 1;
}

/* A count at i: an optional qualifier, then a number. */
static int count_at(const an_evctx *c, size_t i, count *k) {
    if (i >= c->n) return 0;
    size_t n;
    const an_ev_entry *q = number_word(c, i, &n, "qualifier");
    k->start = i;
    k->qual = 0;
    if (q && i + n < c->n && number_at(c, i + n, k)) {
        k->qual = q->col[1][0];
        return 1;
    }
    return number_at(c, i, k);
}

static const char *const aux[] = {"were", "was", "have", "has", "been", "had", "are", "is",
                                  "reportedly", "also", "later", "being", "all", "reported",
                                  "believed", "feared", "be", "to", "either", "now", NULL};

/* The words of a victims' phrase: words, not verbs, prepositions or punctuation. */
static int np_word(const an_evctx *c, size_t i) {
    const an_evtok *t = &c->tok[i];
    if (t->kind != ANNALS_TOKEN_WORD && t->kind != ANNALS_TOKEN_ABBREV) return 0;
    if (t->trig >= 0 && !(t->actor >= 0)) return 0;
    static const char *const stops[] = {"in", "on", "at", "by", "from", "with", "and", "or",
                                        "near", "during", "after", "before", "when", "as",
                                        "since", "including", "while", "who", "which", "that",
                                        "the", NULL};
    return !an_ev_is_any(c, i, stops) || t->actor >= 0;
}

static void set_bounds(an_casualty *cas, const count *k) {
    cas->low = cas->best = cas->high = AN_COUNT_NONE;
    if (k->qual == 'l' || k->vague) {
        cas->low = cas->best = k->value;
    } else if (k->qual == 'h') {
        cas->high = k->value;
    } else if (k->qual == 'a') {
        cas->best = k->value;
    } else {
        cas->low = cas->best = cas->high = k->value;
    }
}

static const char *who_text(an_evctx *c, size_t a, size_t b) {
    if (a >= b) return NULL;
    size_t s = c->tok[a].start, e = c->tok[b - 1].end;
    return an_arena_strndup(&c->doc->arena, c->text + s, e - s);
}

static void add(an_evctx *c, int kind, const count *k, size_t w0, size_t w1, size_t who0,
                size_t who1) {
    if (c->n_cas >= AN_EV_MAXCAS) return;
    an_evcas *x = &c->cas[c->n_cas++];
    memset(x, 0, sizeof *x);
    x->c.kind = (uint8_t)kind;
    set_bounds(&x->c, k);
    x->c.who = who_text(c, who0, who1);
    x->t0 = k->start < w0 ? k->start : w0;
    x->t1 = who1 > w1 ? who1 : w1;
    x->word = w0;
    x->c.where = c->where;
    x->c.start = c->tok[x->t0].start;
    x->c.end = c->tok[x->t1 - 1].end;
}

/* "1,000 ISIS militants were killed": the count stands before. */
static int left_count(an_evctx *c, int kind, size_t w0, size_t w1) {
    size_t k = w0;
    while (k > 0 && an_ev_is_any(c, k - 1, aux)) k--;
    size_t np = k;
    while (np > 0 && k - np < 6 && np_word(c, np - 1)) {
        count n;
        if (count_at(c, np - 1, &n) && n.end <= k) break;
        np--;
    }
    if (np == 0) return 0;
    count n;
    size_t p = np - 1;
    if (!count_at(c, p, &n) || n.end > k) return 0;
    /* the longest count that ends there: "at least 1,000", "tens of thousands" (whose last
     * word alone is a count too) */
    for (size_t q = p >= 3 ? p - 3 : 0; q < p; q++) {
        count m;
        if (count_at(c, q, &m) && m.end == n.end) {
            n = m;
            break;
        }
    }
    add(c, kind, &n, w0, w1, n.end, k);
    return 1;
}

/* "killing at least 20 people", "killed the deputy chief", "the bodies of 42 people": the
 * count follows. */
static int right_count(an_evctx *c, int kind, size_t w0, size_t w1) {
    count n;
    size_t i = w1;
    if (i + 1 < c->n && an_ev_is(c, i, "of") && count_at(c, i + 1, &n)) i++;
    if (i < c->n && an_ev_is(c, i, "the") && kind == AN_CAS_KILLED) {
        size_t e = i + 1;
        while (e < c->n && e - i < 5 && np_word(c, e)) e++;
        const char *head = e > i + 1 ? c->tok[e - 1].form[0] : "s";
        size_t hn = strlen(head);
        if (hn == 0 || head[hn - 1] == 's') return 0;
        n.value = 1;
        n.qual = 0;
        n.vague = 0;
        n.start = i;
        n.end = i + 1;
        add(c, kind, &n, w0, w1, i + 1, e);
        return 1;
    }
    if (!count_at(c, i, &n)) return 0;
    size_t e = n.end;
    while (e < c->n && e - n.end < 6 && np_word(c, e)) e++;
    add(c, kind, &n, w0, w1, n.end, e);
    return 1;
}

/* "the death toll rose to more than 200", "the toll from the blast in Kabul reached 45",
 * "put the toll at 400": the first count in the clause that is no date ("the toll from
 * the 2015 attack"), right after the toll or after a word that gives it a value. */
static int toll_count(an_evctx *c, int kind, size_t w0, size_t w1) {
    static const char *const gives[] = {"to", "at", "reached", "hit", "topped", "passed",
                                        "exceeded", "was", "is", "stood", "of", NULL};
    for (size_t i = w1; i < c->n && i < w1 + 14; i++) {
        count n;
        if (c->tok[i].kind == ANNALS_TOKEN_PUNCT) break;
        if (c->tok[i].time >= 0 || (i > w1 && !an_ev_is_any(c, i - 1, gives) &&
                                    number_word(c, i - 1, &(size_t){0}, "qualifier") == NULL))
            continue;
        if (count_at(c, i, &n)) {
            add(c, kind, &n, w0, w1, n.end, n.end);
            return 1;
        }
    }
    return 0;
}

static int is_toll(const an_ev_entry *e) { return e->col[1] && strcmp(e->col[1], "toll") == 0; }

void an_ev_casualties(an_evctx *c) {
    c->n_cas = 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t n;
        const an_ev_entry *e = an_ev_match(&c->r->casualties, c, i, c->n, 0, &n);
        if (!e || !e->col[0] || c->tok[i].attr) continue;
        int kind = kind_of(e->col[0]);
        /* "were killed", "have been killed"; not "had killed" */
        int passive = i > 0 && (an_ev_is_be(c, i - 1) || an_ev_is(c, i - 1, "reportedly"));
        if (is_toll(e)) {
            toll_count(c, kind, i, i + n);
        } else if (passive || !right_count(c, kind, i, i + n)) {
            left_count(c, kind, i, i + n);
        }
        i += n - 1;
    }
}

/* Each figure goes to the event its word belongs to, else the one its clause reports. */
void an_ev_assign_casualties(an_evctx *c) {
    for (size_t x = 0; x < c->n_cas; x++) {
        size_t w = c->cas[x].word;
        int best = c->tok[w].trig;
        if (best >= 0 && c->cand[best].absorbed_by >= 0) best = c->cand[best].absorbed_by;
        for (size_t k = 0; best < 0 && k < c->n_cand; k++) {
            const an_evcand *e = &c->cand[k];
            if (e->absorbed_by < 0 && w >= e->c0 && w < e->c1) best = (int)k;
        }
        for (size_t k = 0; best < 0 && k < c->n_cand; k++)
            if (c->cand[k].absorbed_by < 0) best = (int)k;
        if (best < 0) continue;
        an_evcand *e = &c->cand[best];
        if (e->n_cas < AN_EV_MAXCAS) e->cas[e->n_cas++] = (int)x;
    }
}
