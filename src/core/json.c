/* json.c - streaming JSON writer. */
#include "json.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

void an_json_init(an_json *j, an_buf *out) {
    memset(j, 0, sizeof *j);
    j->out = out;
}

/* Writes the comma that separates items, unless a key was just written. */
static inline __attribute__((always_inline)) void json_item(an_json *j) {
    if (j->after_key) {
        j->after_key = 0;
        return;
    }
    if (j->depth && j->has_items[j->depth - 1]) an_buf_putc(j->out, ',');
    if (j->depth) j->has_items[j->depth - 1] = 1;
}

static void json_open(an_json *j, char c) {
    json_item(j);
    an_buf_putc(j->out, c);
    if (j->depth < AN_JSON_MAX_DEPTH) j->has_items[j->depth] = 0;
    j->depth++;
}

static void json_close(an_json *j, char c) {
    if (j->depth) j->depth--;
    an_buf_putc(j->out, c);
}

void an_json_object(an_json *j) { json_open(j, '{'); }
void an_json_object_end(an_json *j) { json_close(j, '}'); }
void an_json_array(an_json *j) { json_open(j, '['); }
void an_json_array_end(an_json *j) { json_close(j, ']'); }


/* Bytes copied as they are inside a JSON string: ASCII from 0x20 (DEL too) but '"' and '\\'. */
static const unsigned char json_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* The escape for a byte under 0x80 that is not plain, into ubuf; returns its length. */
static size_t json_escape_ascii(unsigned c, char ubuf[7]) {
    static const char hex[] = "0123456789abcdef";
    ubuf[0] = '\\';
    switch (c) {
    case '"': ubuf[1] = '"'; return 2;
    case '\\': ubuf[1] = '\\'; return 2;
    case '\n': ubuf[1] = 'n'; return 2;
    case '\t': ubuf[1] = 't'; return 2;
    case '\r': ubuf[1] = 'r'; return 2;
    default: break;
    }
    ubuf[1] = 'u', ubuf[2] = '0', ubuf[3] = '0';
    ubuf[4] = hex[c >> 4], ubuf[5] = hex[c & 15];
    return 6;
}

/* Whether any of the 8 bytes in w is not plain: under 0x20, '"', '\\' or 0x80 and up.
 * Article text is long runs of plain bytes; this skips them a word at a time. */
static int json_word_special(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t quote = w ^ (ones * '"'), bslash = w ^ (ones * '\\');
    uint64_t ctl = (w - ones * 0x20) & ~w;          /* a byte under 0x20 */
    uint64_t zq = (quote - ones) & ~quote;          /* a byte equal to '"' */
    uint64_t zb = (bslash - ones) & ~bslash;        /* a byte equal to '\\' */
    return ((ctl | zq | zb | w) & high) != 0;
}

void an_json_escape(an_buf *out, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* start of the pending run of bytes copied as they are */
    for (size_t i = 0; i < len;) {
        for (uint64_t w; i + 8 <= len && (memcpy(&w, p + i, 8), !json_word_special(w));) i += 8;
        while (i < len && json_plain[p[i]]) i++;
        if (i >= len) break;
        unsigned c = p[i];
        char ubuf[7];
        const char *esc = ubuf;
        size_t esc_len, adv = 1;
        if (c >= 0x80) {
            int32_t cp = an_utf8_decode(p + i, len - i, &adv);
            if (cp >= 0 && cp != 0x2028 && cp != 0x2029) {
                i += adv;
                continue;
            }
            if (cp < 0) {
                esc = "\xEF\xBF\xBD", esc_len = 3;
            } else {
                ubuf[0] = '\\', ubuf[1] = 'u', ubuf[2] = '2', ubuf[3] = '0';
                ubuf[4] = hex[(cp >> 4) & 15], ubuf[5] = hex[cp & 15], esc_len = 6;
            }
        } else {
            esc_len = json_escape_ascii(c, ubuf);
        }
        an_buf_append(out, s + run, i - run);
        an_buf_append(out, esc, esc_len);
        i += adv;
        run = i;
    }
    an_buf_append(out, s + run, len - run);
}

void an_json_key_n(an_json *j, const char *key, size_t n) {
    json_item(j);
    an_buf *out = j->out;
    j->after_key = 1;
    /* the room is nearly always there: the call to reserve only when it is not */
    if ((out->failed || !out->data || out->cap - out->len <= n + 3) && an_buf_reserve(out, n + 3) != 0)
        return;
    /* keys are plain ASCII words: copy and check them in one pass, escape only when not */
    char *d = out->data + out->len;
    d[0] = '"';
    for (size_t i = 0; i < n; i++) {
        if (!json_plain[(unsigned char)key[i]]) {
            an_buf_putc(out, '"');
            an_json_escape(out, key, n);
            an_buf_append(out, "\":", 2);
            return;
        }
        d[1 + i] = key[i];
    }
    d[n + 1] = '"', d[n + 2] = ':', d[n + 3] = '\0';
    out->len += n + 3;
}

#define JSON_SHORT 64 /* names, values, types: most strings of a record */

/* A short string of plain bytes straight into room made once, in one pass and without a
 * call to memcpy; 0 (nothing written) at the first byte that needs escaping. */
static int json_short_plain(an_buf *out, const char *s, size_t len) {
    char *d = out->data + out->len;
    size_t i = 0;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        if (json_word_special(w)) return 0;
        memcpy(d + 1 + i, &w, 8);
    }
    for (; i < len; i++) {
        if (!json_plain[(unsigned char)s[i]]) return 0;
        d[1 + i] = s[i];
    }
    d[0] = '"', d[len + 1] = '"', d[len + 2] = '\0';
    out->len += len + 2;
    return 1;
}

void an_json_string(an_json *j, const char *s, size_t len) {
    json_item(j);
    an_buf *out = j->out;
    if (len <= JSON_SHORT && !out->failed && out->data && out->cap - out->len > len + 2 &&
        json_short_plain(out, s, len))
        return;
    an_buf_putc(out, '"');
    an_json_escape(out, s, len);
    an_buf_putc(out, '"');
}

void an_json_cstring(an_json *j, const char *s) {
    if (!s)
        an_json_null(j);
    else
        an_json_string(j, s, strlen(s));
}

/* The decimal digits of v written backwards, ending just before end; returns where they
 * start. Two digits a step: token offsets make integers the writer's most common item. */
static char *json_digits(int64_t v, char *end) {
    static const char pairs[] = "0001020304050607080910111213141516171819"
                                "2021222324252627282930313233343536373839"
                                "4041424344454647484950515253545556575859"
                                "6061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    char *p = end;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    while (u >= 100) {
        const char *d = pairs + 2 * (u % 100);
        u /= 100;
        *--p = d[1];
        *--p = d[0];
    }
    if (u >= 10) {
        *--p = pairs[2 * u + 1];
        *--p = pairs[2 * u];
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0) *--p = '-';
    return p;
}

static char *json_itoa(int64_t v, char tmp[24]) { return json_digits(v, tmp + 24); }

void an_json_int(an_json *j, int64_t v) {
    char tmp[24];
    char *p = json_itoa(v, tmp);
    json_item(j);
    an_buf_append(j->out, p, (size_t)(tmp + 24 - p));
}

void an_json_int_pair(an_json *j, int64_t a, int64_t b) {
    char out[52], *end = out + sizeof out, *p = end; /* built backwards, "]" first */
    *--p = ']';
    p = json_digits(b, p);
    *--p = ',';
    p = json_digits(a, p);
    *--p = '[';
    json_item(j);
    an_buf_append(j->out, p, (size_t)(end - p));
}

void an_json_bool(an_json *j, int v) {
    json_item(j);
    an_buf_puts(j->out, v ? "true" : "false");
}

/* v with `decimals` digits after the point, trailing zeros dropped, into tmp; returns the
 * length, or 0 when printf must decide. printf rounds the exact value; so does this when
 * v * 10^decimals is small and not within 10^-6 of a tie, as the product's error is then
 * far too small to change the rounding. */
static int json_fixed(double v, int decimals, char tmp[64]) {
    static const int64_t pow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals < 0 || decimals > 6) return 0;
    double x = fabs(v) * (double)pow10[decimals], fl = floor(x);
    /* under 10^8 the product is within 10^-8 of the exact one */
    if (!(x < 1e8) || fabs(x - fl - 0.5) < 1e-6) return 0;
    int64_t n = (int64_t)fl + (x - fl > 0.5), frac = n % pow10[decimals];
    char digits[24];
    char *p = json_itoa(n / pow10[decimals], digits);
    int len = 0;
    if (v < 0 && n) tmp[len++] = '-'; /* printf's "-0.00000" ends as "0" */
    memcpy(tmp + len, p, (size_t)(digits + 24 - p));
    len += (int)(digits + 24 - p);
    if (frac) {
        tmp[len++] = '.';
        for (int k = decimals - 1; k >= 0; k--) tmp[len + k] = (char)('0' + frac % 10), frac /= 10;
        len += decimals;
        while (tmp[len - 1] == '0') len--;
    }
    return len;
}

void an_json_double(an_json *j, double v, int decimals) {
    if (!isfinite(v)) {
        an_json_null(j);
        return;
    }
    char tmp[64];
    int n = json_fixed(v, decimals, tmp);
    if (n > 0) {
        json_item(j);
        an_buf_append(j->out, tmp, (size_t)n);
        return;
    }
    n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n <= 0 || (size_t)n >= sizeof tmp) {
        an_json_null(j);
        return;
    }
    if (memchr(tmp, '.', (size_t)n)) {
        while (tmp[n - 1] == '0') n--;
        if (tmp[n - 1] == '.') n--;
    }
    if (n == 2 && tmp[0] == '-' && tmp[1] == '0') tmp[0] = '0', n = 1; /* no "-0" */
    json_item(j);
    an_buf_append(j->out, tmp, (size_t)n);
}

void an_json_null(an_json *j) {
    json_item(j);
    an_buf_puts(j->out, "null");
}
