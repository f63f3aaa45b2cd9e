/* lang.c - language identification, cheap enough to run on every article: letters of a
 * distinctive script decide at once; Latin-script text goes by function words. */
#include "read/lang.h"

#include <string.h>

#include "core/data.h"
#include "core/utf8.h"

#define SAMPLE_BYTES 8192
#define MIN_HITS 3

/* The sketch bit of a lower-case word of n bytes (n >= 1). */
static unsigned sketch_bit(const char *w, size_t n) {
    unsigned c1 = n > 1 ? (unsigned char)w[1] : 0;
    return ((unsigned)(n & 31) << 11 ^ (unsigned char)w[0] << 5 ^ c1 * 0x9e5u) & 0xffffu;
}

static int in_sketch(const an_lang_res *r, const char *w, size_t n) {
    unsigned b = sketch_bit(w, n);
    return (r->sketch[b >> 6] >> (b & 63)) & 1;
}

/* Latin letters and any non-ASCII byte (accented letters) make up words. */
static int is_word_byte(unsigned char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

int an_lang_res_load(an_lang_res *r) {
    memset(r, 0, sizeof *r);
    for (int c = 1; c < 256; c++)
        r->fold[c] = is_word_byte((unsigned char)c) ? (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c) : 0;
    size_t len;
    const char *data = an_data("langwords.txt", &len);
    an_lines it;
    an_lines_init(&it, data, len);
    const char *line, *f;
    size_t n;
    while (an_lines_next(&it, &line, &n) && r->n < AN_LANG_MAX) {
        size_t flen = an_field_next(&line, &n, &f);
        if (flen == 0 || flen > 3) continue;
        memcpy(r->codes[r->n], f, flen);
        int bit = 1 << r->n++;
        for (size_t i = 0; i < n;) { /* the words, separated by spaces */
            while (i < n && line[i] == ' ') i++;
            size_t start = i;
            while (i < n && line[i] != ' ') i++;
            if (i == start) continue;
            int have = 0;
            unsigned b = sketch_bit(line + start, i - start);
            r->sketch[b >> 6] |= 1ull << (b & 63);
            an_strtab_get(&r->words, line + start, i - start, &have);
            if (an_strtab_put(&r->words, line + start, i - start, have | bit) != 0) return -1;
        }
    }
    return 0;
}

void an_lang_res_free(an_lang_res *r) { an_strtab_free(&r->words); }

/* The language of a script, for scripts used by one main language in news. */
static const char *script_lang(int32_t cp) {
    if (cp >= 0x0600 && cp <= 0x06FF) return "ar";
    if (cp >= 0x0400 && cp <= 0x04FF) return "ru";
    if (cp >= 0x0590 && cp <= 0x05FF) return "he";
    if (cp >= 0x0370 && cp <= 0x03FF) return "el";
    if (cp >= 0x0900 && cp <= 0x097F) return "hi";
    if (cp >= 0x3040 && cp <= 0x30FF) return "ja";
    if (cp >= 0xAC00 && cp <= 0xD7AF) return "ko";
    if (cp >= 0x4E00 && cp <= 0x9FFF) return "zh";
    if (cp >= 0x0E00 && cp <= 0x0E7F) return "th";
    return NULL;
}

static size_t latin_letters(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        n += b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    }
    return n;
}

/* Counts letters per script; Ukrainian is told from Russian by its own letters. Latin
 * letters are counted only when some other script has letters to weigh against them. */
static const char *by_script(const char *s, size_t len) {
    size_t counts[10] = {0}, ukr = 0, kana = 0;
    static const char *const langs[] = {"ar", "ru", "he", "el", "hi", "ja", "ko", "zh", "th"};
    for (size_t i = 0; i < len;) {
        for (uint64_t w; i + 8 <= len; i += 8) { /* ASCII runs, eight bytes a step */
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
        }
        if (i >= len) break;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t adv;
        int32_t cp = an_utf8_decode((const unsigned char *)s + i, len - i, &adv);
        i += adv;
        if (cp < 0x80) continue; /* not valid UTF-8 */
        const char *l = script_lang(cp);
        if (!l) continue;
        for (size_t k = 0; k < 9; k++)
            if (langs[k] == l) counts[k]++;
        if (cp == 0x0457 || cp == 0x0454 || cp == 0x0456 || cp == 0x0491) ukr++;
        if (cp >= 0x3040 && cp <= 0x30FF) kana++;
    }
    size_t best = 0;
    for (size_t k = 1; k < 9; k++)
        if (counts[k] > counts[best]) best = k;
    if (counts[best] == 0 || counts[best] < latin_letters(s, len)) return NULL;
    if (langs[best] == langs[1] && ukr * 50 > counts[1]) return "uk";
    if (langs[best] == langs[7] && kana) return "ja";
    return langs[best];
}


const char *an_lang_detect(const an_lang_res *r, const char *s, size_t len) {
    if (len > SAMPLE_BYTES) len = SAMPLE_BYTES;
    const char *l = by_script(s, len);
    if (l) return l;
    int hits[AN_LANG_MAX] = {0};
    char word[24];
    for (size_t i = 0; i < len;) {
        while (i < len && !r->fold[(unsigned char)s[i]]) i++;
        size_t n = 0;
        for (unsigned char c; i < len && (c = r->fold[(unsigned char)s[i]]) != 0; i++, n++)
            if (n < sizeof word) word[n] = (char)c;
        int bits;
        if (n && n <= sizeof word && in_sketch(r, word, n) &&
            an_strtab_get(&r->words, word, n, &bits))
            for (int k = 0; k < r->n; k++) hits[k] += (bits >> k) & 1;
    }
    int best = 0;
    for (int k = 1; k < r->n; k++)
        if (hits[k] > hits[best]) best = k;
    return r->n && hits[best] >= MIN_HITS ? r->codes[best] : NULL;
}
