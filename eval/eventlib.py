"""eventlib.py - what the events scorers of this folder share."""
import json


def iso3to2():
    """ISO 3166-1 alpha-3 -> alpha-2, from Debian's iso-codes (empty when absent)."""
    try:
        d = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json', encoding='utf-8'))
        return {c['alpha_3']: c['alpha_2'] for c in d['3166-1']}
    except OSError:
        return {}
