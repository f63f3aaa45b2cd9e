/* gazetteer.h - the place gazetteer: one file built by tools/gazetteer.py from GeoNames
 * (cities500, admin names), world-countries, iso-codes and data/aliases.txt, mapped
 * read-only so that one copy serves every engine and thread.
 *
 * File layout (little-endian): "ANGAZ02\0", ten uint32 (entries, slots, postings, pool
 * bytes, offsets of the four sections, two reserved), then the sections. A name key is
 * the folded name (an_gaz_fold); the slot table is open addressing on its FNV-1a hash,
 * and a slot's postings are entry indexes sorted by prior, best first. */
#ifndef AN_GAZETTEER_H
#define AN_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum { AN_GAZ_COUNTRY, AN_GAZ_ADMIN1, AN_GAZ_ADMIN2, AN_GAZ_CITY, AN_GAZ_REGION,
       AN_GAZ_LANDMARK, AN_GAZ_DEMONYM };

/* GeoNames feature codes, coarsely ranked. */
enum { AN_FEAT_NONE, AN_FEAT_PPL, AN_FEAT_PPLA4, AN_FEAT_PPLA3, AN_FEAT_PPLA2, AN_FEAT_PPLA,
       AN_FEAT_PPLC, AN_FEAT_PPLX, AN_FEAT_OTHER, AN_FEAT_HISTORIC,
       AN_FEAT_POSTAL /* known only from postal codes (US): no population */ };

/* How a name belongs to an entry (top two bits of a posting). */
enum { AN_GAZ_ALT, AN_GAZ_MAIN, AN_GAZ_PREFERRED, AN_GAZ_QUALIFIER };

typedef struct {
    uint32_t geonameid;  /* 0 for countries, admin areas and regions */
    float lat, lon;
    uint32_t population; /* a region's radius in km */
    uint32_t name;       /* pool offset of the English (or main) name */
    int32_t a1, a2;      /* entry index of the admin1 / admin2 area, or -1; for a demonym,
                            a1 is the place it names ("Palestinian" -> Palestine) */
    char cc[2];
    uint8_t kind;        /* AN_GAZ_* */
    uint8_t feature;     /* AN_FEAT_* */
} an_gaz_entry;

typedef struct {
    uint64_t hash;
    uint32_t post;
    uint32_t info; /* low 24 bits: number of postings; bit 31: a longer key starts so;
                    * bit 30: the key is a lower-case English word ("cars") */
} an_gaz_slot;

#define AN_GAZ_PREFIX (1u << 31)
#define AN_GAZ_WORD (1u << 30)
#define AN_GAZ_COUNT(slot) ((slot)->info & 0xffffffu)
#define AN_GAZ_POST_ENTRY(p) ((p) & 0x3fffffffu)
#define AN_GAZ_POST_QUALITY(p) ((p) >> 30)

typedef struct {
    const unsigned char *map;
    size_t size;
    const an_gaz_entry *entries;
    uint32_t n_entries;
    const an_gaz_slot *slots;
    uint32_t slot_mask;
    const uint32_t *post;
    uint32_t n_post;
    const char *pool;
    uint32_t pool_size;
} an_gazetteer;

/* Maps the file at path. Returns 0, or -1 with a message in err (size errlen). */
int an_gaz_open(an_gazetteer *g, const char *path, char *err, size_t errlen);
void an_gaz_close(an_gazetteer *g);

/* The slot of a folded key, or NULL. */
const an_gaz_slot *an_gaz_find(const an_gazetteer *g, const char *key, size_t len);
/* Folds s[0..len) (UTF-8) into out (cap bytes): lower case, accents removed, hyphens,
 * dots and commas to single spaces, apostrophes dropped, ends trimmed. Returns the length,
 * or 0 when it does not fit. Must match fold() in tools/gazetteer.py. */
size_t an_gaz_fold(const char *s, size_t len, char *out, size_t cap);

static inline const an_gaz_entry *an_gaz_entry_at(const an_gazetteer *g, uint32_t i) {
    return &g->entries[i];
}
static inline const char *an_gaz_name(const an_gazetteer *g, const an_gaz_entry *e) {
    return e->name < g->pool_size ? g->pool + e->name : "";
}

#endif
