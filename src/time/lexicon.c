/* lexicon.c - loads data/time-*.txt into one keyword table. Each word or phrase has one
 * an_tword that gathers all its meanings, so the recognizer classifies a token with one
 * look-up on its lower-cased text. */
#include "time/lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "core/data.h"
#include "time/time.h"

const char *const an_time_mod_names[M_MODS_] = {
    NULL, "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
    "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE"};

static const char *const files[] = {"time-calendar.txt", "time-numbers.txt", "time-units.txt",
                                    "time-words.txt"};

#define KEY_MAX 48

static int is(const char *s, size_t n, const char *w) {
    return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* The index of s[0..n) in a NULL-terminated list, plus one; 0 when absent. */
static int lookup(const char *const *names, const char *s, size_t n) {
    for (int k = 0; names[k]; k++)
        if (is(s, n, names[k])) return k + 1;
    return 0;
}

static int parse_int(const char *s, size_t n, int *out) {
    int v = 0, neg = 0;
    size_t k = 0;
    if (n && s[0] == '-') neg = 1, k = 1;
    if (k == n) return -1;
    for (; k < n; k++) {
        if (s[k] < '0' || s[k] > '9') return -1;
        v = v * 10 + (s[k] - '0');
        if (v > 30000) return -1;
    }
    *out = neg ? -v : v;
    return 0;
}

static int parse_unit(const char *s, size_t n) {
    static const char *const units[] = {"S", "MIN", "H", "D", "W", "FN", "M", "Q", "HALF",
                                        "Y", "DE", "CE", "ML", "WE", NULL};
    return lookup(units, s, n); /* U_SECOND is 1, in the same order */
}

/* MM-DD, MM-N-W with N a digit or L, or EASTER+N / EASTER-N (days). */
static int parse_holiday(an_tword *e, const char *s, size_t n) {
    if (n > 7 && memcmp(s, "EASTER", 6) == 0 && (s[6] == '+' || s[6] == '-')) {
        int off;
        if (parse_int(s + 7, n - 7, &off) || off > 70) return -1;
        e->holiday_month = AN_EASTER, e->holiday_day = (int8_t)(s[6] == '-' ? -off : off);
        return 0;
    }
    if (n == 5 && s[2] == '-') {
        int m, d;
        if (parse_int(s, 2, &m) || parse_int(s + 3, 2, &d)) return -1;
        e->holiday_month = (int8_t)m, e->holiday_day = (int8_t)d;
        return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? 0 : -1;
    }
    if (n == 6 && s[2] == '-' && s[4] == '-') {
        int m, w;
        if (parse_int(s, 2, &m) || parse_int(s + 5, 1, &w)) return -1;
        int nth = s[3] == 'L' ? 5 : s[3] - '0';
        if (nth < 1 || nth > 5 || w < 1 || w > 7) return -1;
        e->holiday_month = (int8_t)m, e->holiday_day = (int8_t)-nth;
        e->holiday_weekday = (int8_t)w;
        return 0;
    }
    return -1;
}

static int set_field(an_tword *e, const char *cls, size_t cn, const char *v, size_t vn) {
    static const char *const seasons[] = {"SP", "SU", "FA", "WI", NULL};
    static const char *const pods[] = {"MO", "AF", "EV", "NI", "DT", "NOON", "MIDNIGHT", NULL};
    static const char *const deictics[] = {"TODAY", "YESTERDAY", "TOMORROW", "TONIGHT",
                                           "PRESENT", "PAST", "FUTURE", NULL};
    static const char *const rels[] = {"LAST", "NEXT", "THIS", "PREVIOUS", "FOLLOWING",
                                       "SAME", "PAST", "COMING", NULL};
    static const char *const tenses[] = {"PAST", "FUTURE", "REPORT", "PRESENT", "PERFECT", NULL};
    static const char *const afters[] = {"AGO", "EARLIER", "LATER", "HENCE", "BEFORE", "AFTER",
                                         NULL};
    int x = 0;
    if (is(cls, cn, "number")) {
        if (parse_int(v, vn, &x) || x <= 0) return -1;
        e->number = (int16_t)x;
    } else if (is(cls, cn, "ordinal")) {
        if (parse_int(v, vn, &x) || x == 0 || x > 31) return -1;
        e->ordinal = (int8_t)x;
    } else if (is(cls, cn, "month")) {
        if (parse_int(v, vn, &x) || x < 1 || x > 12) return -1;
        e->month = (int8_t)x;
    } else if (is(cls, cn, "weekday")) {
        if (parse_int(v, vn, &x) || x < 1 || x > 7) return -1;
        e->weekday = (int8_t)x;
    } else if (is(cls, cn, "season")) {
        if (!(x = lookup(seasons, v, vn))) return -1;
        e->season = (int8_t)x;
    } else if (is(cls, cn, "pod")) {
        if (!(x = lookup(pods, v, vn))) return -1;
        e->pod = (int8_t)x;
    } else if (is(cls, cn, "unit") || is(cls, cn, "units")) {
        if (!(x = parse_unit(v, vn))) return -1;
        e->unit = (int8_t)x;
        e->plural = (int8_t)(cn == 5);
    } else if (is(cls, cn, "set")) {
        if (!(x = parse_unit(v, vn))) return -1;
        e->set = (int8_t)x;
    } else if (is(cls, cn, "deictic")) {
        if (!(x = lookup(deictics, v, vn))) return -1;
        e->deictic = (int8_t)x;
    } else if (is(cls, cn, "rel")) {
        if (!(x = lookup(rels, v, vn))) return -1;
        e->rel = (int8_t)x;
    } else if (is(cls, cn, "mod")) {
        for (x = 1; x < M_MODS_ && !is(v, vn, an_time_mod_names[x]); x++) {}
        if (x == M_MODS_) return -1;
        e->mod = (int8_t)x;
    } else if (is(cls, cn, "fuzzy")) {
        e->fuzzy = 1;
    } else if (is(cls, cn, "tense")) {
        if (!(x = lookup(tenses, v, vn))) return -1;
        e->tense = (int8_t)x;
    } else if (is(cls, cn, "after")) {
        if (!(x = lookup(afters, v, vn))) return -1;
        e->after = (int8_t)x;
    } else if (is(cls, cn, "decade")) {
        if (parse_int(v, vn, &x) || x < 1 || x > 9) return -1;
        e->decade = (int8_t)x;
    } else if (is(cls, cn, "lead")) {
        e->lead = 1;
    } else if (is(cls, cn, "zone")) {
        e->zone = 1;
    } else if (is(cls, cn, "ampm")) {
        e->ampm = (int8_t)(is(v, vn, "PM") ? 2 : 1);
    } else if (is(cls, cn, "holiday")) {
        return parse_holiday(e, v, vn);
    } else {
        return -1;
    }
    return 0;
}

static an_tword *entry_for(an_time_res *r, const char *key, size_t n) {
    int idx;
    if (an_strtab_get(&r->words, key, n, &idx)) return &r->entries[idx];
    if (r->n_entries == r->cap_entries) {
        int cap = r->cap_entries ? r->cap_entries * 2 : 256;
        an_tword *v = realloc(r->entries, (size_t)cap * sizeof *v);
        if (!v) return NULL;
        r->entries = v, r->cap_entries = cap;
    }
    idx = r->n_entries++;
    memset(&r->entries[idx], 0, sizeof r->entries[idx]);
    if (an_strtab_put(&r->words, key, n, idx) != 0) return NULL;
    if (n >= 1 && n <= 8 && !memchr(key, 0, n)) {
        /* the table holds a few hundred keys in 2048 slots: never full */
        if (r->n_short >= AN_TLEX_SHORT / 2 || idx > INT16_MAX) return NULL;
        uint64_t k = an_tlex_pack(key, n);
        size_t s = an_tlex_slot(r, k);
        while (s < AN_TLEX_SLOTS && r->short_key[s]) s++;
        if (s == AN_TLEX_SLOTS) return NULL; /* never so many keys at the end */
        r->short_key[s] = k, r->short_idx[s] = (int16_t)idx;
        r->n_short++;
        if (s - an_tlex_slot(r, k) > r->short_reach) r->short_reach = (unsigned)(s - an_tlex_slot(r, k));
    }
    return &r->entries[idx];
}

/* A short key without an entry, whose token the rules read by the props given (a word
 * that is a key already keeps its entry's). */
static int short_add_bare(an_time_res *r, const char *w, unsigned props) {
    size_t n = strlen(w);
    if (an_strtab_get(&r->words, w, n, NULL)) return 0;
    if (r->n_short >= AN_TLEX_SHORT / 2 || r->n_bare >= AN_TLEX_BARE) return -1;
    uint64_t k = an_tlex_pack(w, n);
    size_t s = an_tlex_slot(r, k);
    while (s < AN_TLEX_SLOTS && r->short_key[s]) s++;
    if (s == AN_TLEX_SLOTS) return -1;
    r->bare_props[r->n_bare] = (uint16_t)props;
    r->short_key[s] = k, r->short_idx[s] = (int16_t)(-1 - r->n_bare++);
    r->n_short++;
    return 0;
}

/* Tokens of a phrase: words split at spaces, a clitic ('s) counted as its own token. */
static int phrase_tokens(const char *s, size_t n, size_t *first_len) {
    int tokens = 1;
    *first_len = n;
    for (size_t k = 1; k < n; k++) {
        if (s[k] == ' ' || (s[k] == '\'' && s[k - 1] != ' ')) {
            if (*first_len == n) *first_len = k;
            tokens++;
        }
    }
    return tokens;
}

static size_t filter_slot2(unsigned char a, unsigned char b, size_t n, unsigned *bit) {
    *bit = (a ^ (unsigned)(b << 1) ^ (unsigned)(b >> 5)) & 63u;
    return (n < 32 ? n : 32) * 64 + (b & 63u);
}

static size_t filter_slot(const char *s, size_t n, unsigned *bit) {
    return filter_slot2((unsigned char)s[0], n > 1 ? (unsigned char)s[1] : 0, n, bit);
}



static void filter_add(an_time_res *r, const char *s, size_t n) {
    unsigned bit;
    size_t slot = filter_slot(s, n, &bit);
    r->filter[slot] |= 1ull << bit;
    unsigned char a = (unsigned char)s[0], z = (unsigned char)s[n - 1];
    bit = (a ^ (unsigned)(z >> 3) ^ (unsigned)(z << 3)) & 63u;
    r->filter_end[(n < 32 ? n : 32) * 64 + (z & 63u)] |= 1ull << bit;
}

static int starts_alone(const an_tword *e) {
    return e->number || e->ordinal || e->month || e->weekday || e->season || e->pod ||
           e->unit || e->deictic || e->rel || e->mod || e->fuzzy || e->set || e->decade ||
           e->holiday_month || e->lead;
}

static int starts_expression(const an_tword *e) { return starts_alone(e) || e->starts_phrase > 1; }

/* A longer word is never looked up (time.c's KEY_MAX): it can match no token. */
static int time_word_add(an_time_res *r, const char *w, size_t n) {
    if (n == 0 || n > AN_TLEX_TIME_WORD_MAX) return 0;
    unsigned char padded[AN_TLEX_TIME_WORD_MAX + 1] = {0}; /* a byte after a word of one */
    memcpy(padded, w, n);
    unsigned bit = an_tlex_time_word_bit(padded, n);
    r->time_words[bit >> 6] |= 1ull << (bit & 63);
    return an_strtab_get(&r->time_word_set, w, n, NULL) ? 0 : an_strtab_put(&r->time_word_set, w, n, 1);
}

/* The filter of time words (time.c skips a sentence without one or a digit): every rule
 * needs, within its reach, a word with one of these meanings (the P_* bits but for those
 * of a phrase's first word), and a phrase of a deictic or a holiday needs its last word.
 * Plural weekdays ("Mondays") have no entry but make sets; "a.m." and "o'clock" make a
 * small number a time. */
static int note_time_word(an_time_res *r, const char *key, size_t kn, const char *cls, size_t cn,
                          const char *val, size_t vn) {
    static const char *const classes[] = {"month", "weekday", "season", "pod", "deictic", "holiday",
                                          "unit", "units", "decade", "set", "ampm", NULL};
    const char *space = memchr(key, ' ', kn);
    int x = 0;
    int needed = lookup(classes, cls, cn) || (is(cls, cn, "number") && !parse_int(val, vn, &x) &&
                                              (x == 19 || x == 20));
    if (!needed) return 0;
    if (space) {
        if (!is(cls, cn, "deictic") && !is(cls, cn, "holiday")) return 0;
        const char *last = key + kn;
        while (last[-1] != ' ') last--;
        return time_word_add(r, last, (size_t)(key + kn - last));
    }
    if (time_word_add(r, key, kn) != 0) return -1;
    if (!is(cls, cn, "weekday")) return 0;
    char plural[KEY_MAX + 1];
    memcpy(plural, key, kn);
    plural[kn] = 's';
    return time_word_add(r, plural, kn + 1);
}

static int add_line(an_time_res *r, const char *line, size_t len) {
    const char *key, *cls, *val;
    size_t kn = an_field_next(&line, &len, &key);
    size_t cn = an_field_next(&line, &len, &cls);
    size_t vn = an_field_next(&line, &len, &val);
    if (kn == 0 || kn > KEY_MAX || cn == 0 || len != 0) return -1;
    an_tword *e = entry_for(r, key, kn);
    if (!e || set_field(e, cls, cn, val, vn) != 0) return -1;
    filter_add(r, key, kn);
    if (note_time_word(r, key, kn, cls, cn, val, vn) != 0) return -1;
    size_t first;
    int tokens = phrase_tokens(key, kn, &first);
    if (tokens > 1 && key[0] != '\'') {
        e->phrase_len = (int8_t)tokens;
        an_tword *head = entry_for(r, key, first);
        if (!head) return -1;
        if (head->starts_phrase < tokens) head->starts_phrase = (int8_t)tokens;
        head->starts = 1;
        head->heads_deictic |= (int8_t)is(cls, cn, "deictic");
        head->heads_holiday |= (int8_t)is(cls, cn, "holiday");
        filter_add(r, key, first);
        size_t s2 = first + (key[first] == ' '), n2 = s2;
        while (n2 < kn && key[n2] != ' ' && (key[n2] != '\'' || n2 == s2)) n2++;
        an_tword *next = entry_for(r, key + s2, n2 - s2);
        if (!next) return -1;
        next->second = 1;
        filter_add(r, key + s2, n2 - s2);
    } else {
        e->phrase_len = 1;
    }
    e->starts = (int8_t)starts_expression(e);
    e->starts_alone = (int8_t)starts_alone(e);
    return 0;
}

/* The P_* bits of an entry's meanings. */
static uint16_t props_of(const an_tword *e) {
    unsigned p = 0;
    if (e->month) p |= P_MONTH;
    if (e->weekday) p |= P_WEEKDAY;
    if (e->season) p |= P_SEASON;
    if (e->pod) p |= P_POD;
    if (e->deictic || e->heads_deictic) p |= P_DEICTIC;
    if (e->holiday_month || e->heads_holiday) p |= P_HOLIDAY;
    if (e->unit) p |= P_UNIT;
    if (e->unit == U_QUARTER || e->unit == U_HALF) p |= P_PART;
    if (e->decade || e->number == 19 || e->number == 20) p |= P_YEARWORD;
    if (e->set) p |= P_SET;
    if (e->tense) p |= P_TENSE;
    return (uint16_t)p;
}

/* Places the short keys with multiplier m into key/idx; returns the reach. */
static unsigned short_place(const an_time_res *r, uint64_t m, uint64_t *key, int16_t *idx) {
    memset(key, 0, AN_TLEX_SLOTS * sizeof *key);
    unsigned reach = 0;
    for (size_t k = 0; k < AN_TLEX_SLOTS; k++) {
        if (!r->short_key[k]) continue;
        size_t home = (size_t)((r->short_key[k] * m) >> 53) & (AN_TLEX_SHORT - 1), s = home;
        while (s < AN_TLEX_SLOTS && key[s]) s++;
        if (s == AN_TLEX_SLOTS) return AN_TLEX_PROBE; /* past the last slot: too far */
        key[s] = r->short_key[k], idx[s] = r->short_idx[k];
        unsigned d = (unsigned)(s - home);
        if (d > reach) reach = d;
    }
    return reach;
}

/* The table of short keys again, with the multiplier (of a few tried) that leaves every
 * key nearest its own slot: a look-up reads short_reach + 1 slots. */
static int short_rehash(an_time_res *r) {
    uint64_t *key = malloc(AN_TLEX_SLOTS * sizeof *key);
    int16_t *idx = malloc(AN_TLEX_SLOTS * sizeof *idx);
    if (!key || !idx) return free(key), free(idx), -1;
    uint64_t best = r->short_mult;
    unsigned best_reach = r->short_reach;
    for (uint64_t k = 1; k <= 64 && best_reach > 0; k++) {
        uint64_t m = 0x9E3779B97F4A7C15ull + 2 * k;
        unsigned reach = short_place(r, m, key, idx);
        if (reach < best_reach) best = m, best_reach = reach;
    }
    short_place(r, best, key, idx);
    memcpy(r->short_key, key, sizeof r->short_key);
    memcpy(r->short_idx, idx, sizeof r->short_idx);
    r->short_mult = best, r->short_reach = best_reach;
    free(key);
    free(idx);
    return 0;
}

int an_time_res_load(an_time_res **out) {
    an_time_res *r = calloc(1, sizeof *r);
    if (!r) return -1;
    an_strtab_init(&r->words);
    an_strtab_init(&r->time_word_set);
    r->short_mult = 0x9E3779B97F4A7C15ull;
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        size_t len;
        const char *data = an_data(files[f], &len);
        if (!data) goto fail;
        an_lines it;
        an_lines_init(&it, data, len);
        const char *line;
        size_t n;
        while (an_lines_next(&it, &line, &n))
            if (add_line(r, line, n) != 0) goto fail;
    }
    /* no entries, but the rules read them */
    if (time_word_add(r, "period", 6) != 0 || time_word_add(r, "o'clock", 7) != 0) goto fail;
    /* words without an entry whose props the rules read ("the latest period", "Q3"): short
     * keys of their own, so that a token's one probe finds them too */
    static const char *const bare[] = {"period", "q1", "q2", "q3", "q4"};
    for (size_t k = 0; k < sizeof bare / sizeof bare[0]; k++)
        if (short_add_bare(r, bare[k], k ? P_QN : P_PERIOD) != 0) goto fail;
    if (short_rehash(r) != 0 || r->short_reach >= AN_TLEX_PROBE) goto fail;
    for (int k = 0; k < r->n_entries; k++) {
        an_tword *e = &r->entries[k];
        e->props = props_of(e);
        e->alone = (int8_t)(e->month || e->weekday || e->season || e->pod || e->unit || e->deictic || e->set ||
                            e->decade || e->holiday_month || e->ordinal);
        e->goes_on = (int8_t)(e->starts || e->second || e->after);
    }
    for (size_t s = 0; s < AN_TLEX_SLOTS; s++) {
        if (!r->short_key[s]) continue;
        if (r->short_idx[s] < 0) { /* a bare key: props, no entry */
            r->short_props[s] = r->bare_props[-1 - r->short_idx[s]];
            continue;
        }
        r->short_starts[s] = r->entries[r->short_idx[s]].starts;
        r->short_props[s] = r->entries[r->short_idx[s]].props;
        r->short_entry[s] = &r->entries[r->short_idx[s]];
    }
    *out = r;
    return 0;
fail:
    an_time_res_free(r);
    *out = NULL;
    return -1;
}

void an_time_res_free(an_time_res *r) {
    if (!r) return;
    an_strtab_free(&r->words);
    an_strtab_free(&r->time_word_set);
    free(r->entries);
    free(r);
}

const an_tword *an_tlex_get(const an_time_res *r, const char *s, size_t len) {
    int idx;
    if (len >= 1 && len <= 8 && !memchr(s, 0, len)) return an_tlex_get_short(r, an_tlex_pack(s, len));
    if (!an_tlex_maybe(r, (unsigned char)s[0], len > 1 ? (unsigned char)s[1] : 0, len) ||
        !an_tlex_maybe_end(r, (unsigned char)s[0], (unsigned char)s[len - 1], len) ||
        !an_strtab_get(&r->words, s, len, &idx))
        return NULL;
    return &r->entries[idx];
}

int an_tlex_is_time_word(const an_time_res *r, const char *w, size_t len) {
    char low[AN_TLEX_TIME_WORD_MAX];
    if (len == 0 || len > AN_TLEX_TIME_WORD_MAX) return 0;
    for (size_t k = 0; k < len; k++) low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    return an_strtab_get(&r->time_word_set, low, len, NULL);
}
