/* detect.c - input kind detection. Magic numbers name the common binary formats so the
 * error says what the file is; text is then told apart by its first non-blank bytes. */
#include "detect.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *magic;
    size_t len;
    const char *what;
} binaries[] = {
    {"%PDF", 4, "binary data (PDF)"},          {"PK\x03\x04", 4, "binary data (zip)"},
    {"\x89PNG", 4, "binary data (PNG image)"}, {"\xff\xd8\xff", 3, "binary data (JPEG image)"},
    {"GIF8", 4, "binary data (GIF image)"},    {"\x7f" "ELF", 4, "binary data (executable)"},
    {"BZh", 3, "bzip2 data (not supported)"},  {"\xfd" "7zXZ", 5, "xz data (not supported)"},
    {"\x28\xb5\x2f\xfd", 4, "zstd data (not supported)"},
    {"SQLite format 3", 15, "binary data (SQLite database)"},
};

static int starts_with_ci(const unsigned char *p, size_t n, const char *word) {
    size_t k = strlen(word);
    return n >= k && strncasecmp((const char *)p, word, k) == 0;
}

/* Share of bytes that no text has: NUL and most C0 controls. */
static int looks_binary(const unsigned char *p, size_t n) {
    size_t bad = 0;
    if (n > 8192) n = 8192;
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none is under 0x20 (text is mostly such runs) */
        for (uint64_t w; i + 8 <= n; i += 8) {
            memcpy(&w, p + i, 8);
            if (((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) != 0) break;
        }
        if (i >= n) break;
        if (p[i] == 0) return 1;
        if (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' && p[i] != '\f') bad++;
    }
    return n && bad * 20 > n; /* more than 5% */
}

static int looks_html(const unsigned char *p, size_t n) {
    static const char *starts[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<?xml",
                                   "<!--", "<title", "<div", "<article", "<p>", "<p ", "<section"};
    for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
        if (starts_with_ci(p, n, starts[i])) return 1;
    return 0;
}

annals_kind an_detect_kind(const unsigned char *p, size_t n, const char **why) {
    *why = NULL;
    for (size_t i = 0; i < sizeof binaries / sizeof *binaries; i++)
        if (n >= binaries[i].len && memcmp(p, binaries[i].magic, binaries[i].len) == 0)
            return *why = binaries[i].what, ANNALS_KIND_UNKNOWN;
    if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff)))
        return *why = "UTF-16 text (convert it to UTF-8)", ANNALS_KIND_UNKNOWN;
    if (looks_binary(p, n)) return *why = "binary data", ANNALS_KIND_UNKNOWN;
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) p += 3, n -= 3;
    while (n && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f')) p++, n--;
    if (n == 0) return *why = "empty input", ANNALS_KIND_UNKNOWN;
    if (starts_with_ci(p, n, "WARC/")) return ANNALS_KIND_WARC;
    if (*p == '{') return ANNALS_KIND_JSONL;
    if (*p == '<' && looks_html(p, n)) return ANNALS_KIND_HTML;
    return ANNALS_KIND_TEXT;
}
