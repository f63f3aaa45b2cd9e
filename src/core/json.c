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
static void json_item(an_json *j) {
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

void an_json_key(an_json *j, const char *key) {
    json_item(j);
    an_buf_putc(j->out, '"');
    an_json_escape(j->out, key, strlen(key));
    an_buf_append(j->out, "\":", 2);
    j->after_key = 1;
}

void an_json_escape(an_buf *out, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0; /* start of the pending run of bytes copied as they are */
    for (size_t i = 0; i < len;) {
        unsigned c = p[i];
        const char *esc = NULL;
        char ubuf[7];
        size_t adv = 1;
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0x80) {
            int32_t cp = an_utf8_decode(p + i, len - i, &adv);
            if (cp >= 0 && cp != 0x2028 && cp != 0x2029) {
                i += adv;
                continue;
            }
            if (cp < 0) {
                esc = "\xEF\xBF\xBD";
            } else {
                snprintf(ubuf, sizeof ubuf, "\\u%04x", (unsigned)cp);
                esc = ubuf;
            }
        } else if (c == '"') {
            esc = "\\\"";
        } else if (c == '\\') {
            esc = "\\\\";
        } else if (c == '\n') {
            esc = "\\n";
        } else if (c == '\t') {
            esc = "\\t";
        } else if (c == '\r') {
            esc = "\\r";
        } else {
            ubuf[0] = '\\', ubuf[1] = 'u', ubuf[2] = '0', ubuf[3] = '0';
            ubuf[4] = hex[c >> 4], ubuf[5] = hex[c & 15], ubuf[6] = '\0';
            esc = ubuf;
        }
        an_buf_append(out, s + run, i - run);
        an_buf_puts(out, esc);
        i += adv;
        run = i;
    }
    an_buf_append(out, s + run, len - run);
}

void an_json_string(an_json *j, const char *s, size_t len) {
    json_item(j);
    an_buf_putc(j->out, '"');
    an_json_escape(j->out, s, len);
    an_buf_putc(j->out, '"');
}

void an_json_cstring(an_json *j, const char *s) {
    if (!s)
        an_json_null(j);
    else
        an_json_string(j, s, strlen(s));
}

void an_json_int(an_json *j, int64_t v) {
    json_item(j);
    an_buf_printf(j->out, "%" PRId64, v);
}

void an_json_bool(an_json *j, int v) {
    json_item(j);
    an_buf_puts(j->out, v ? "true" : "false");
}

void an_json_double(an_json *j, double v, int decimals) {
    if (!isfinite(v)) {
        an_json_null(j);
        return;
    }
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
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

void an_json_kv_string(an_json *j, const char *key, const char *s) {
    an_json_key(j, key);
    an_json_cstring(j, s);
}

void an_json_kv_int(an_json *j, const char *key, int64_t v) {
    an_json_key(j, key);
    an_json_int(j, v);
}
