/* test_core.c - arena, buffers, UTF-8, hashing, the string table, data lines, JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annals.h"
#include "check.h"
#include "core/arena.h"
#include "core/buf.h"
#include "core/data.h"
#include "core/hash.h"
#include "core/json.h"
#include "core/utf8.h"

TEST(test_core_arena_alignment_and_growth) {
    an_arena a;
    an_arena_init(&a);
    for (int i = 1; i < 2000; i++) {
        char *p = an_arena_alloc(&a, (size_t)i % 37 + 1);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p % _Alignof(max_align_t)) == 0);
    }
    char *big = an_arena_alloc(&a, 1 << 22); /* larger than any chunk */
    CHECK(big != NULL);
    memset(big, 1, 1 << 22);
    CHECK_STR(an_arena_strndup(&a, "hello world", 5), "hello");
    int *v = NULL;
    size_t cap = 0;
    for (size_t n = 1; n <= 100; n++) {
        CHECK_INT(an_arena_grow(&a, (void **)&v, &cap, n, sizeof *v), 0);
        v[n - 1] = (int)n;
    }
    CHECK_INT(v[0] + v[99], 101);
    CHECK(an_arena_calloc(&a, SIZE_MAX / 2, 4) == NULL); /* overflow refused */
    an_arena_free(&a);
}

TEST(test_core_buf_printf_and_append) {
    an_buf b;
    an_buf_init(&b);
    CHECK_STR(an_buf_cstr(&b), "");
    an_buf_puts(&b, "abc");
    an_buf_printf(&b, "-%d-%s", 42, "x");
    CHECK_STR(an_buf_cstr(&b), "abc-42-x");
    char big[600];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    an_buf_printf(&b, "%s", big); /* longer than the stack buffer */
    CHECK_INT(b.len, 8 + 599);
    an_buf_clear(&b);
    CHECK_INT(b.len, 0);
    an_buf_free(&b);
}

TEST(test_core_utf8_decode_rejects_bad_forms) {
    size_t adv;
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xc3\xa9", 2, &adv), 0xe9);
    CHECK_INT(adv, 2);
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xe2\x80\x94", 3, &adv), 0x2014);
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xf0\x9f\x98\x80", 4, &adv), 0x1f600);
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xc0\xaf", 2, &adv), -1); /* overlong */
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xed\xa0\x80", 3, &adv), -1); /* surrogate */
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xf4\x90\x80\x80", 4, &adv), -1); /* > 10FFFF */
    CHECK_INT(an_utf8_decode((const unsigned char *)"\xe2\x80", 2, &adv), -1); /* cut short */
    CHECK_INT(adv, 2);
    CHECK_INT(an_utf8_decode((const unsigned char *)"\x80", 1, &adv), -1);
}

TEST(test_core_utf8_repair_replaces_each_bad_sequence) {
    an_buf b;
    an_buf_init(&b);
    const char in[] = "caf\xe9 \xe2\x80 ok \xf0\x9f\x98\x80 \xff";
    CHECK_INT(an_utf8_repair(&b, in, sizeof in - 1), 3);
    CHECK_STR(an_buf_cstr(&b), "caf\xef\xbf\xbd \xef\xbf\xbd ok \xf0\x9f\x98\x80 \xef\xbf\xbd");
    CHECK_INT(an_utf8_check(b.data, b.len), b.len);
    an_buf_free(&b);
}

TEST(test_core_utf8_code_point_offsets) {
    const char *s = "a\xc3\xa9" "b\xe2\x80\x94" "c\xf0\x9f\x98\x80" "d"; /* a é b — c 😀 d */
    CHECK_INT(an_utf8_count(s, strlen(s)), 7);
    an_cpcursor c;
    an_cpcursor_init(&c, s);
    CHECK_INT(an_cpcursor_to(&c, 3), 2);  /* after é */
    CHECK_INT(an_cpcursor_to(&c, 7), 4);  /* after — */
    CHECK_INT(an_cpcursor_to(&c, 12), 6); /* after 😀 */
    CHECK_INT(an_cpcursor_to(&c, 1), 1);  /* backwards works too */
}

TEST(test_core_utf8_classes) {
    CHECK(an_uc_is_letter(0xe9) && an_uc_is_lower(0xe9) && !an_uc_is_upper(0xe9));
    CHECK(an_uc_is_upper(0x0414)); /* Д */
    CHECK(an_uc_is_letter(0x0627)); /* Arabic alef */
    CHECK(an_uc_is_space(0xa0) && an_uc_is_space(0x2009) && !an_uc_is_space('x'));
    CHECK(an_uc_is_dash(0x2014) && an_uc_is_dash('-') && !an_uc_is_dash('_'));
    CHECK(an_uc_is_quote(0x201c) && an_uc_is_apostrophe(0x2019));
    CHECK(an_uc_is_digit(0x0663)); /* Arabic-Indic three */
    CHECK(an_uc_is_punct(0x2026) && an_uc_is_punct('!'));
}

TEST(test_core_hash_and_table) {
    CHECK(an_hash64("abc", 3, 0) == an_hash64("abc", 3, 0));
    CHECK(an_hash64("abc", 3, 0) != an_hash64("abd", 3, 0));
    CHECK(an_hash64("abc", 3, 0) != an_hash64("abc", 3, 1));
    char hex[17];
    an_hash_hex(0x0123456789abcdefull, hex);
    CHECK_STR(hex, "0123456789abcdef");
    an_strtab t;
    an_strtab_init(&t);
    char key[32];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "key%d", i);
        CHECK_INT(an_strtab_put(&t, key, (size_t)n, i), 0);
    }
    int v = -1;
    CHECK(an_strtab_get(&t, "key4321", 7, &v) && v == 4321);
    CHECK(!an_strtab_get(&t, "key5000", 7, &v));
    an_strtab_put(&t, "key1", 4, 77); /* replace */
    CHECK(an_strtab_get(&t, "key1", 4, &v) && v == 77);
    CHECK_INT(t.count, 5000);
    /* every key is still found through the filter after the table grew, none other is */
    int found = 0, wrong = 0;
    for (int i = 0; i < 10000; i++) {
        int n = snprintf(key, sizeof key, "key%d", i);
        int got = an_strtab_get(&t, key, (size_t)n, &v);
        found += got && i < 5000 && v == (i == 1 ? 77 : i);
        wrong += got && i >= 5000;
    }
    CHECK_INT(found, 5000);
    CHECK_INT(wrong, 0);
    CHECK(!an_strtab_get(&t, "", 0, &v));
    CHECK_INT(an_strtab_put(&t, "", 0, 9), 0);
    CHECK(an_strtab_get(&t, "", 0, &v) && v == 9);
    an_strtab_free(&t);
    CHECK(!an_strtab_get(&t, "key1", 4, &v)); /* freed: empty again */
}

TEST(test_core_data_lines_skip_comments) {
    const char *data = "# header\n\n  one\ttwo  # note\r\nthree#not-a-comment\n\t\t\nlast";
    an_lines it;
    an_lines_init(&it, data, strlen(data));
    const char *line, *f;
    size_t len;
    CHECK(an_lines_next(&it, &line, &len));
    CHECK_MEM(line, len, "one\ttwo");
    size_t n = an_field_next(&line, &len, &f);
    CHECK_MEM(f, n, "one");
    n = an_field_next(&line, &len, &f);
    CHECK_MEM(f, n, "two");
    CHECK_INT(len, 0);
    CHECK(an_lines_next(&it, &line, &len));
    CHECK_MEM(line, len, "three#not-a-comment");
    CHECK(an_lines_next(&it, &line, &len));
    CHECK_MEM(line, len, "last");
    CHECK(!an_lines_next(&it, &line, &len));
}

TEST(test_core_json_writer_escapes) {
    an_buf b;
    an_buf_init(&b);
    an_json j;
    an_json_init(&j, &b);
    an_json_object(&j);
    an_json_kv_string(&j, "s", "quote \" back \\ nl \n tab \t ctl \x01 bell \x7f");
    an_json_kv_string(&j, "none", NULL);
    an_json_key(&j, "list");
    an_json_array(&j);
    an_json_int(&j, -5);
    an_json_bool(&j, 1);
    an_json_string(&j, "bad \xff utf8 \xe2\x80\xa8 sep", 18);
    an_json_array(&j);
    an_json_array_end(&j);
    an_json_object(&j);
    an_json_object_end(&j);
    an_json_array_end(&j);
    an_json_kv_int(&j, "n", 7);
    an_json_object_end(&j);
    CHECK_STR(an_buf_cstr(&b),
              "{\"s\":\"quote \\\" back \\\\ nl \\n tab \\t ctl \\u0001 bell \x7f\",\"none\":null,"
              "\"list\":[-5,true,\"bad \xef\xbf\xbd utf8 \\u2028 sep\",[],{}],\"n\":7}");
    an_buf_free(&b);
}

TEST(test_core_json_doubles) {
    an_buf b;
    an_buf_init(&b);
    an_json j;
    an_json_init(&j, &b);
    an_json_array(&j);
    an_json_double(&j, 34.56240, 5);
    an_json_double(&j, -0.000001, 5);
    an_json_double(&j, 38.0, 5);
    an_json_double(&j, 0.0 / 0.0, 5);
    an_json_double(&j, -12.345678, 2);
    an_json_array_end(&j);
    CHECK_STR(an_buf_cstr(&b), "[34.5624,0,38,null,-12.35]");
    an_buf_free(&b);
}

/* The writer's own digits must be printf's "%.*f" with trailing zeros dropped: checked
 * on values near rounding ties, tiny and large ones, and negatives. */
TEST(test_core_json_doubles_match_printf) {
    uint64_t x = 12345;
    for (int i = 0; i < 200000; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        int decimals = (int)(x >> 61) % 7;
        double v = (double)(int64_t)(x >> 20) / (double)(1ull << (x >> 58)) / 1e3;
        if (i % 3 == 0) v = (double)((int64_t)(x >> 40) % 2000001 - 1000000) / 1e5 + 5e-6;
        if (i % 3 == 1) v = (double)((int64_t)(x >> 40) % 20001) / 2 / 1e4;
        char want[64];
        int n = snprintf(want, sizeof want, "%.*f", decimals, v);
        if (memchr(want, '.', (size_t)n)) {
            while (want[n - 1] == '0') n--;
            if (want[n - 1] == '.') n--;
        }
        want[n] = '\0';
        if (strcmp(want, "-0") == 0) strcpy(want, "0");
        an_buf b;
        an_buf_init(&b);
        an_json j;
        an_json_init(&j, &b);
        an_json_double(&j, v, decimals);
        CHECK_STR(an_buf_cstr(&b), want);
        an_buf_free(&b);
    }
}

/* A special byte at every position of a run of plain ones, for the word-at-a-time scan. */
TEST(test_core_json_escape_specials_anywhere) {
    static const char specials[] = {'"', '\\', '\n', 0x01, 0x1f};
    for (size_t k = 0; k < sizeof specials; k++)
        for (size_t at = 0; at < 40; at++) {
            char in[41], want[60];
            size_t n = 0;
            for (size_t i = 0; i < 40; i++) {
                in[i] = i == at ? specials[k] : (char)(0x20 + (i * 7) % 0x5f + (i == 3));
                if (in[i] == '"' || in[i] == '\\') want[n++] = '\\', want[n++] = in[i];
                else if (in[i] == '\n') want[n++] = '\\', want[n++] = 'n';
                else if ((unsigned char)in[i] < 0x20)
                    n += (size_t)snprintf(want + n, sizeof want - n, "\\u%04x", (unsigned)in[i]);
                else want[n++] = in[i];
            }
            want[n] = '\0';
            an_buf b;
            an_buf_init(&b);
            an_json_escape(&b, in, 40);
            CHECK_STR(an_buf_cstr(&b), want);
            an_buf_free(&b);
        }
}

/* Keys of every length to 20, plain or with a quote at each position: word-sized checks. */
TEST(test_core_json_keys_every_length) {
    for (size_t n = 0; n <= 20; n++)
        for (size_t at = 0; at <= n; at++) { /* at == n: no quote */
            char key[21], want[64];
            size_t w = 0;
            want[w++] = '{', want[w++] = '"';
            for (size_t i = 0; i < n; i++) {
                key[i] = i == at ? '"' : (char)('a' + i);
                if (i == at) want[w++] = '\\';
                want[w++] = key[i];
            }
            key[n] = '\0';
            memcpy(want + w, "\":1}", 5);
            an_buf b;
            an_buf_init(&b);
            an_json j;
            an_json_init(&j, &b);
            an_json_object(&j);
            an_json_kv_int(&j, key, 1);
            an_json_object_end(&j);
            CHECK_STR(an_buf_cstr(&b), want);
            an_buf_free(&b);
        }
}

/* Strings of every length around the short path's bound, plain or with a byte to escape
 * (quote, control, non-ASCII, invalid) at each position, written where the buffer is
 * nearly full or not: the same bytes as the general path. */
TEST(test_core_json_strings_every_length) {
    static const char *const odd[] = {"\"", "\x01", "\xc3\xa9", "\xff"};
    static const char *const esc[] = {"\\\"", "\\u0001", "\xc3\xa9", "\xef\xbf\xbd"};
    for (size_t n = 0; n <= 72; n++)
        for (size_t k = 0; k < 4; k++)
            for (size_t at = 0; at <= n; at += (n > 20 ? 7 : 1)) { /* at == n: all plain */
                char in[80], want[200];
                size_t w = 0, len = 0;
                want[w++] = '[', want[w++] = '"';
                for (size_t i = 0; i < n; i++) {
                    const char *b = i == at ? odd[k] : "x";
                    const char *e = i == at ? esc[k] : "x";
                    memcpy(in + len, b, strlen(b)), len += strlen(b);
                    memcpy(want + w, e, strlen(e)), w += strlen(e);
                }
                memcpy(want + w, "\"]", 3);
                for (size_t fill = 240; fill < 260; fill += 3) {
                    an_buf b;
                    an_buf_init(&b);
                    for (size_t f = 0; f < fill; f++) an_buf_putc(&b, '.');
                    an_json j; /* after `fill` bytes, near the end of the buffer's room */
                    an_json_init(&j, &b);
                    an_json_array(&j);
                    an_json_string(&j, in, len);
                    an_json_array_end(&j);
                    const char *got = an_buf_cstr(&b);
                    CHECK(strspn(got, ".") == fill);
                    CHECK_STR(got + fill, want);
                    an_buf_free(&b);
                }
            }
}

TEST(test_core_json_int_pairs) {
    an_buf b;
    an_buf_init(&b);
    an_json j;
    an_json_init(&j, &b);
    an_json_array(&j);
    an_json_int_pair(&j, 0, 9);
    an_json_int_pair(&j, 10, 99);
    an_json_int_pair(&j, -100, 9223372036854775807);
    an_json_int(&j, INT64_MIN);
    an_json_array_end(&j);
    CHECK_STR(an_buf_cstr(&b), "[[0,9],[10,99],[-100,9223372036854775807],-9223372036854775808]");
    an_buf_free(&b);
}

TEST(test_core_utf8_count_matches_bytewise) {
    char s[300];
    uint64_t x = 7;
    for (size_t i = 0; i < sizeof s; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        s[i] = (char)(x >> 56);
    }
    for (size_t start = 0; start < 9; start++)
        for (size_t len = 0; start + len <= sizeof s; len += 7) {
            size_t want = 0;
            for (size_t k = start; k < start + len; k++) want += ((unsigned char)s[k] & 0xC0) != 0x80;
            CHECK_INT(an_utf8_count(s + start, len), want);
        }
}

TEST(test_core_utf8_copy_keeps_characters_whole) {
    char out[8];
    CHECK_INT(an_utf8_copy(out, sizeof out, "ab\xc3\xa9\xc3\xa9\xc3\xa9"), 6);
    CHECK_STR(out, "ab\xc3\xa9\xc3\xa9"); /* the third é does not fit whole */
    CHECK_INT(an_utf8_copy(out, sizeof out, "a\xc3 b"), 4);
    CHECK_STR(out, "a? b");
}

TEST(test_core_cpcursor_backwards_counts_back) {
    const char *s = "\xc3\xa9t\xc3\xa9 long text";
    an_cpcursor c;
    an_cpcursor_init(&c, s);
    CHECK_INT(an_cpcursor_to(&c, 10), 8);
    CHECK_INT(an_cpcursor_to(&c, 3), 2);
    CHECK_INT(an_cpcursor_to(&c, 5), 3);
}

TEST(test_core_country) {
    const char *name = NULL;
    int numeric = 0;
    CHECK_INT(annals_country("SY", &name, &numeric), 0);
    CHECK_STR(name, "Syria");
    CHECK_INT(numeric, 760);
    CHECK_INT(annals_country("GB", &name, NULL), 0);
    CHECK_STR(name, "United Kingdom");
    CHECK_INT(annals_country("XQ", &name, &numeric), -1);
    CHECK_INT(annals_country("S", &name, &numeric), -1);
    CHECK_INT(annals_country(NULL, &name, &numeric), -1);
}
