/* charset.c - bytes of a web page in whatever encoding to valid UTF-8. Order of trust:
 * byte order mark, then valid UTF-8 with multi-byte sequences (pages re-saved as UTF-8
 * often keep their old <meta charset>), then the HTTP header, then <meta>, then uchardet. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>

#include "core/utf8.h"
#include "web/web.h"

#define PRESCAN_BYTES 4096

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int is_name_byte(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == ':' || c == '.';
}

/* Copies the charset name at s (after "charset") into out; 1 when one was there. */
static int take_name(const char *s, const char *end, char *out, size_t cap) {
    while (s < end && (*s == ' ' || *s == '=' || *s == '"' || *s == '\'')) s++;
    size_t n = 0;
    while (s < end && n + 1 < cap && is_name_byte((unsigned char)*s)) out[n++] = (char)lower(*s++);
    out[n] = 0;
    return n > 0;
}

static const char *find_ci(const char *s, const char *end, const char *word) {
    size_t k = strlen(word);
    for (; s + k <= end; s++)
        if (lower((unsigned char)*s) == word[0] && strncasecmp(s, word, k) == 0) return s;
    return NULL;
}

int an_web_charset_param(const char *s, size_t len, char *out, size_t cap) {
    const char *at = find_ci(s, s + len, "charset");
    return at ? take_name(at + 7, s + len, out, cap) : 0;
}

/* The charset a <meta> tag in the first bytes declares. */
static int meta_charset(const char *s, size_t len, char *out, size_t cap) {
    const char *end = s + (len < PRESCAN_BYTES ? len : PRESCAN_BYTES);
    for (const char *p = s; (p = find_ci(p, end, "<meta")) != NULL; p += 5) {
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt) return 0;
        if (an_web_charset_param(p, (size_t)(gt - p), out, cap)) return 1;
    }
    return 0;
}

/* WHATWG maps these labels to windows-1252, and so do browsers. */
static const char *iconv_name(const char *label) {
    static const char *const as_1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
                                          "ascii", "iso_8859-1", "cp819", "ansi_x3.4-1968", NULL};
    for (size_t i = 0; as_1252[i]; i++)
        if (strcasecmp(label, as_1252[i]) == 0) return "WINDOWS-1252";
    if (strcasecmp(label, "gb2312") == 0 || strcasecmp(label, "gbk") == 0) return "GB18030";
    if (strcasecmp(label, "x-sjis") == 0) return "SHIFT_JIS";
    return label;
}

static int is_utf8_label(const char *label) {
    return strcasecmp(label, "utf-8") == 0 || strcasecmp(label, "utf8") == 0;
}

static int has_multibyte(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80) return 1;
    return 0;
}

/* Converts with iconv; an invalid byte becomes U+FFFD. Returns 0, 1 when iconv does not
 * know the charset, -1 when out of memory. */
static int convert(const char *from, const char *s, size_t len, an_buf *out) {
    iconv_t cd = iconv_open("UTF-8", iconv_name(from));
    if (cd == (iconv_t)-1) return 1;
    char *in = (char *)s;
    size_t left = len;
    char tmp[4096];
    while (left > 0) {
        char *o = tmp;
        size_t room = sizeof tmp;
        size_t rc = iconv(cd, &in, &left, &o, &room);
        an_buf_append(out, tmp, (size_t)(o - tmp));
        if (rc == (size_t)-1 && errno != E2BIG) {
            an_buf_append(out, "\xef\xbf\xbd", 3); /* EILSEQ or EINVAL: skip one byte */
            in++, left--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    char *o = tmp;
    size_t room = sizeof tmp;
    iconv(cd, NULL, NULL, &o, &room);
    an_buf_append(out, tmp, (size_t)(o - tmp));
    iconv_close(cd);
    return out->failed ? -1 : 0;
}

static int detect(const char *s, size_t len, char *out, size_t cap) {
    uchardet_t ud = uchardet_new();
    if (!ud) return 0;
    int ok = 0;
    if (uchardet_handle_data(ud, s, len) == 0) {
        uchardet_data_end(ud);
        const char *cs = uchardet_get_charset(ud);
        if (cs && *cs) {
            snprintf(out, cap, "%s", cs);
            ok = 1;
        }
    }
    uchardet_delete(ud);
    return ok;
}

int an_web_to_utf8(const char *s, size_t len, const char *hint, an_buf *out, char used[40]) {
    char label[40] = "";
    int valid = 0; /* checked whole as UTF-8 already */
    if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
        snprintf(used, 40, "utf-8");
        return an_utf8_repair(out, s + 3, len - 3) < 0 ? -1 : 0;
    }
    if (len >= 2 && ((unsigned char)s[0] == 0xff && (unsigned char)s[1] == 0xfe))
        snprintf(label, sizeof label, "utf-16le");
    else if (len >= 2 && ((unsigned char)s[0] == 0xfe && (unsigned char)s[1] == 0xff))
        snprintf(label, sizeof label, "utf-16be");
    else if (has_multibyte(s, len) && (valid = an_utf8_check(s, len) == len))
        snprintf(label, sizeof label, "utf-8");
    else if (hint && *hint)
        snprintf(label, sizeof label, "%s", hint);
    else if (!meta_charset(s, len, label, sizeof label) && has_multibyte(s, len))
        detect(s, len, label, sizeof label);
    if (!*label || is_utf8_label(label) || strcasecmp(label, "ascii") == 0) {
        snprintf(used, 40, "utf-8");
        if (valid || an_utf8_check(s, len) == len) return an_buf_append(out, s, len);
        return an_utf8_repair(out, s, len) < 0 ? -1 : 0;
    }
    snprintf(used, 40, "%s", label);
    int rc = label[0] == 'u' && label[4] == '1' ? convert(label, s + 2, len - 2, out)
                                                  : convert(label, s, len, out);
    if (rc == 1) { /* a charset iconv does not know: guess once more, then windows-1252 */
        char guess[40] = "";
        if (!detect(s, len, guess, sizeof guess) || (rc = convert(guess, s, len, out)) == 1)
            rc = convert("WINDOWS-1252", s, len, out);
        snprintf(used, 40, "%s", *guess ? guess : "windows-1252");
    }
    if (rc < 0) return -1;
    /* iconv output is valid UTF-8, but a charset lying about its bytes is not worth trusting */
    if (an_utf8_check(out->data ? out->data : "", out->len) != out->len) {
        an_buf tmp = *out;
        an_buf_init(out);
        long r = an_utf8_repair(out, tmp.data, tmp.len);
        an_buf_free(&tmp);
        if (r < 0) return -1;
    }
    return 0;
}
