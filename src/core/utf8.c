/* utf8.c - UTF-8 handling. Decoding is strict (no overlongs, surrogates or values past
 * U+10FFFF) so that repaired text is valid for every consumer downstream. */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

int32_t an_utf8_decode(const unsigned char *s, size_t len, size_t *adv) {
    unsigned c = s[0];
    *adv = 1;
    if (c < 0x80) return (int32_t)c;
    size_t n;
    uint32_t cp, min;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, cp = c & 0x0F, min = 0x800;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, cp = c & 0x07, min = 0x10000;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return -1;
    }
    for (size_t i = 1; i < n; i++) {
        if (i >= len) return *adv = i, -1;
        unsigned b = s[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return *adv = i, -1;
        cp = (cp << 6) | (b & 0x3F);
    }
    (void)min;
    *adv = n;
    return (int32_t)cp;
}

size_t an_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp <= 0x10FFFF) {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        return 4;
    }
    return 0;
}

size_t an_utf8_check(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* ASCII runs are the common case: skip 8 bytes at a time */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= len) break;
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t adv;
        if (an_utf8_decode(p + i, len - i, &adv) < 0) return i;
        i += adv;
    }
    return len;
}

long an_utf8_repair(an_buf *out, const char *s, size_t len) {
    long replaced = 0;
    size_t done = 0;
    while (done < len) {
        size_t bad = done + an_utf8_check(s + done, len - done);
        if (an_buf_append(out, s + done, bad - done) != 0) return -1;
        if (bad >= len) break;
        size_t adv;
        an_utf8_decode((const unsigned char *)s + bad, len - bad, &adv);
        if (an_buf_append(out, "\xEF\xBF\xBD", 3) != 0) return -1;
        replaced++;
        done = bad + adv;
    }
    return replaced;
}

size_t an_utf8_copy(char *dst, size_t cap, const char *src) {
    size_t len = strlen(src), out = 0;
    for (size_t i = 0; i < len;) {
        size_t adv;
        int32_t cp = an_utf8_decode((const unsigned char *)src + i, len - i, &adv);
        size_t n = cp < 0 ? 1 : adv;
        if (out + n >= cap) break;
        if (cp < 0)
            dst[out] = '?';
        else
            memcpy(dst + out, src + i, n);
        out += n;
        i += adv;
    }
    dst[out] = '\0';
    return out;
}

size_t an_utf8_count(const char *s, size_t len) {
    size_t n = len, i = 0;
    /* count continuation bytes (10xxxxxx) eight at a time and take them off */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t cont = (w & ~(w << 1)) & 0x8080808080808080ull;
        n -= (size_t)(((cont >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < len; i++) n -= ((unsigned char)s[i] & 0xC0) == 0x80;
    return n;
}

void an_cpcursor_init(an_cpcursor *c, const char *s) {
    c->s = s;
    c->byte = 0;
    c->cp = 0;
}

size_t an_cpcursor_move(an_cpcursor *c, size_t byte) {
    if (byte < c->byte) { /* backwards: count back, never from the start (quadratic) */
        c->cp -= an_utf8_count(c->s + byte, c->byte - byte);
        c->byte = byte;
        return c->cp;
    }
    c->cp += an_utf8_count(c->s + c->byte, byte - c->byte);
    c->byte = byte;
    return c->cp;
}

static utf8proc_category_t cat(int32_t cp) {
    return (utf8proc_category_t)utf8proc_category(cp);
}

int an_uc_is_letter(int32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int an_uc_is_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = cat(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int an_uc_is_lower(int32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return cat(cp) == UTF8PROC_CATEGORY_LL;
}

int an_uc_is_digit(int32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return cat(cp) == UTF8PROC_CATEGORY_ND;
}

int an_uc_is_mark(int32_t cp) {
    if (cp < 0x300) return 0;
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME;
}

int an_uc_is_space(int32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    if (cp == 0x85 || cp == 0xA0 || cp == 0x200B || cp == 0x2028 || cp == 0x2029 || cp == 0x2060 ||
        cp == 0xFEFF)
        return 1;
    return cat(cp) == UTF8PROC_CATEGORY_ZS;
}

int an_uc_is_punct(int32_t cp) {
    if (cp < 0x80)
        return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '`') ||
               (cp >= '{' && cp <= '~');
    utf8proc_category_t c = cat(cp);
    return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

int an_uc_is_dash(int32_t cp) {
    if (cp == '-') return 1;
    if (cp < 0x80) return 0;
    return cat(cp) == UTF8PROC_CATEGORY_PD || cp == 0x2212;
}

int an_uc_is_quote(int32_t cp) {
    switch (cp) {
    case '"': case '\'': case 0xAB: case 0xBB: case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039:
    case 0x203A: case 0x300C: case 0x300D:
        return 1;
    default:
        return 0;
    }
}

int an_uc_is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
