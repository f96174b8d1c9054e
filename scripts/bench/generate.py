#!/usr/bin/env python3
"""Fills a Frontline database with realistic, linked, generated data straight through SQL COPY (no NLP pipeline).

Usage:  scripts/bench/generate.py --events N [--seed S] [--replace]
        (connection from the libpq environment: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; psql must be on PATH)

The database must hold Frontline's schema as its Flyway migrations made it (start the jar once against it:
scripts/bench/read-path.sh does that, see scripts/bench/README.md). Its record tables must be empty, or --replace
empties them first. Python 3 standard library only.

What it makes, for N events over four years (2022-02-24 .. 2026-02-23, more in the first months):
  - places: a country with regions (oblasts), districts (raions), settlements (about N/30), facilities inside
    settlements, waters, and some foreign places; settlements are used by events with Zipf-distributed frequency
    (frontline regions more); each place has spellings as aliases (transliterations, Cyrillic, accented forms)
  - people (about N/20) and organizations (about N/200) with aliases, used with Zipf-distributed frequency
  - sources (about N/2): articles reporting one to five events of a day and region, sometimes an earlier event again;
    a fifth of them have wire copies (reworded), linked by copy_of_id, with their MinHash signatures and copy keys
    computed as Frontline computes them; bodies whose sentences are the evidence rows (offsets point into the body)
  - evidence, quotes (with speakers and events), mentions of places, people and organizations at their offsets
  - one completed command-line import job with an item per source
Spring Batch's own tables stay empty: no Spring Batch job ran, and a completed import job is never resumed.

How it loads: the record tables' indexes, keys and foreign keys are dropped (their definitions saved in the schema
bench_generator), each table is filled by its own COPY session while this script generates the rows, then keys,
indexes and foreign keys are made again exactly as they were (foreign keys validated), sequences are moved past the
ids used, and the tables are analyzed. A run that stops halfway leaves the saved definitions; the next run restores
them before anything else. The same --events and --seed give the same data.
"""

import argparse
import bisect
import datetime
import hashlib
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata

# ----------------------------------------------------------------------------------------------------------------
# The tables this script fills, with the columns it writes, in COPY order.

TABLES = {
    "place": "id name name_key kind country_code region_id latitude longitude gazetteer_id",
    "place_alias": "place_id alias alias_key",
    "person": "id name name_key role",
    "person_alias": "person_id alias alias_key",
    "organization": "id name name_key",
    "organization_alias": "organization_id alias alias_key",
    "event": "id type title date date_precision",
    "event_place": "event_id place_id",
    "event_person": "event_id person_id",
    "event_organization": "event_id organization_id",
    "source": ("id file_name collection title publisher author url published_on language inferred_fields body"
               " content_hash signature copy_of_id imported_at"),
    "evidence": "id source_id start_offset end_offset sentence",
    "event_evidence": "event_id evidence_id",
    "quote": ("id source_id text start_offset end_offset speaker_person_id speaker_organization_id event_id"
              " evidence_id"),
    "place_mention": "source_id place_id start_offset end_offset",
    "person_mention": "source_id person_id start_offset end_offset",
    "organization_mention": "source_id organization_id start_offset end_offset",
    "source_copy_key": "copy_key source_id",
    "import_job": "id origin paths state planned created_at started_at ended_at",
    "import_job_item": ("job_id seq path collection file_name url title publisher author published_on language state"
                        " source_id finished_at"),
}
TABLES = {name: columns.split() for name, columns in TABLES.items()}

FIRST_DAY = datetime.date(2022, 2, 24)
DAYS = 4 * 365 + 1
IMPORT_START = datetime.datetime(2026, 3, 1, 6, 0, 0)
ARTICLES_ROOT = "/bench/articles"


def fail(message):
    sys.exit("generate.py: " + message)


# ----------------------------------------------------------------------------------------------------------------
# Folding keys, as Frontline computes them (NameKey, PersonNames.key, OrganizationNames.key), for the spellings this
# script makes: Latin and Cyrillic letters, apostrophes, hyphens, digits. People's spellings stay ASCII (Frontline
# transliterates other scripts with ICU there, which this script does not imitate).

_DROPPED = set("'’ʼʹʺ\"”“`·‘.´")
_SPECIAL = {"j": "i", "y": "i", "i": "i", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae",
            "œ": "oe", "þ": "th", "ħ": "h"}
_SEPARATOR = object()
_folded_chars = {}


def _fold_char(c):
    if c in _DROPPED:
        return ""
    letters = []
    for d in unicodedata.normalize("NFKD", c).lower():
        if unicodedata.category(d) == "Mn" or d in _DROPPED:
            continue
        special = _SPECIAL.get(d)
        if special is not None:
            letters.append(special)
        elif d.isalpha() or unicodedata.category(d) == "Nd":
            letters.append(d)
        else:
            return _SEPARATOR
    return "".join(letters)


def place_key(name):
    """NameKey.of: accents, case, apostrophes and dots dropped, other punctuation one space, j/y/i one i."""
    key = []
    pending_space = False
    for c in name:
        letters = _folded_chars.get(c)
        if letters is None:
            letters = _folded_chars[c] = _fold_char(c)
        if letters is _SEPARATOR:
            pending_space = bool(key)
            continue
        for letter in letters:
            if pending_space:
                key.append(" ")
                pending_space = False
            if letter == "i" and key and key[-1] == "i":
                continue
            key.append(letter)
    return "".join(key)


_NAME_SEPARATORS = re.compile(r"[\s\-‐–—]+")
_APOSTROPHES = re.compile(r"[’'ʼ`‘]")
_NOT_ASCII_LETTERS = re.compile(r"[^a-z]")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam"}


def _fold_name_word(word):
    s = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.category(c).startswith("M"))
    if not s.isascii():
        fail("a person's spelling must be ASCII here: " + word)
    s = _NOT_ASCII_LETTERS.sub("", s.lower())
    s = s.replace("kh", "h").replace("g", "h").replace("x", "ks").replace("w", "v").replace("ph", "f") \
        .replace("ck", "k").replace("j", "y")
    s = s.replace("y", "i")
    if s.startswith("ie") and len(s) > 3:
        s = s[1:]
    s = s.replace("ei", "i")
    s = "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])
    if len(s) > 3 and s.endswith("h") and s[-2] in "aeiou":
        s = s[:-1]
    return s


def person_key(name):
    """PersonNames.key: each word folded (Oleh/Oleg, Serhii/Sergei's transliterations), honorifics dropped."""
    folded = []
    for part in _NAME_SEPARATORS.split(name):
        word = re.sub(r"[^\w.]|[\d_]", "", _APOSTROPHES.sub("", part))
        if not word or word == "." or word.lower().replace(".", "") in _HONORIFICS:
            continue
        f = _fold_name_word(word)
        if f:
            folded.append(f)
    return " ".join(folded)


_COUNTRY_FORMS = {}
for _country, _forms in {
    "ukraine": "ukraine|ukrainian|ua", "russia": "russia|russian|russian federation|rf",
    "united_kingdom": "united kingdom|british|uk|britain|great britain",
    "united_states": "united states|american|us|usa|united states of america", "belarus": "belarus|belarusian",
    "poland": "poland|polish", "germany": "germany|german", "france": "france|french",
}.items():
    for _form in _forms.split("|"):
        _COUNTRY_FORMS[tuple(_form.split())] = _country
_ORG_STOP_WORDS = {"the", "of", "s", "and", "for", "a", "an", "in", "on"}
_ORG_SPELLINGS = {"defense": "defence", "center": "centre", "organisation": "organization", "programme": "program",
                  "armour": "armor"}


def organization_key(name):
    """OrganizationNames.key: the sorted set of meaningful words, a country however written as the country."""
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.category(c).startswith("M"))
    s = re.sub(r"['’`ʼ]s\b", "", s)
    s = re.sub(r"['’`ʼ]", "", s).lower()
    words = [w for w in re.split(r"[\W_]+", s) if w]
    if len(words) > 2 and words[-2] == "press" and words[-1] in ("service", "office"):
        words = words[:-2]
    key = set()
    i = 0
    while i < len(words):
        for length in (3, 2, 1):
            country = _COUNTRY_FORMS.get(tuple(words[i:i + length])) if i + length <= len(words) else None
            if country:
                key.add(country)
                i += length
                break
        else:
            word = _ORG_SPELLINGS.get(words[i], words[i])
            if word not in _ORG_STOP_WORDS:
                key.add(word)
            i += 1
    return " ".join(sorted(key))


# ----------------------------------------------------------------------------------------------------------------
# Copy signatures, as Frontline's ReportCopies computes them: per sentence, the sorted smallest 24 hashes of its
# distinct content words (letters only, lower case, function words dropped, cut to five letters); copy keys are the
# pairs among each sentence's four smallest hashes.

_FUNCTION_WORDS = set((
    "a an the and or but if of in on at to for from by with as is are was were be been being it its this that these"
    " those he she they we you i his her their our your my me him them us who whom which what when where why how not"
    " no so than then there here also has have had do does did will would can could may might shall should must into"
    " over under about after before since while during up down out off again further once all any both each few more"
    " most other some such only own same very just said says say told").split())
_WORD = re.compile(r"[^\W\d_]+")
# Java splits a body into sentences after . ! ? … (and up to two closing quotes or brackets) and at line breaks;
# the bodies made here put sentence ends only where they split, which this pattern checks inside every sentence.
_INNER_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]{0,2}\s|\n")
_MASK = 0xFFFFFFFF
_stem_hashes = {}


def _stem_hash(stem):
    h = (0x811C9DC5 ^ 0x6A09E667) & _MASK
    for ch in stem:
        h = ((h ^ ord(ch)) * 0x01000193) & _MASK
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h - (1 << 32) if h & 0x80000000 else h


def _word_hash(word):
    """The hash of one word as it appears (any case), or None for a function word or a single letter."""
    lowered = word.lower()
    if len(lowered) <= 1 or lowered in _FUNCTION_WORDS:
        h = None
    else:
        stem = lowered[:5]
        h = _stem_hashes.get(stem)
        if h is None:
            h = _stem_hashes[stem] = _stem_hash(stem)
    _word_hashes[word] = h
    return h


_word_hashes = {}


def signature_and_keys(sentences):
    """The signature (format 1) and the distinct copy keys of a body made of these sentences."""
    signature = [1]
    keys = set()
    word_hashes = _word_hashes
    for sentence in sentences:
        hashes = set()
        for word in _WORD.findall(sentence):
            h = word_hashes.get(word, 0)
            if h == 0:
                h = _word_hash(word)
            if h is not None:
                hashes.add(h)
        if len(hashes) < 4:
            continue
        smallest = sorted(hashes)[:24]
        signature.append(len(smallest))
        signature.extend(smallest)
        a, b, c, d = smallest[:4]
        keys.update(((a << 32) | (b & _MASK), (a << 32) | (c & _MASK), (a << 32) | (d & _MASK),
                     (b << 32) | (c & _MASK), (b << 32) | (d & _MASK), (c << 32) | (d & _MASK)))
    return signature, keys


# ----------------------------------------------------------------------------------------------------------------
# Vocabulary. Every name is made up from parts; none is a real settlement, person or organization, except countries
# and a few international bodies any war report names.

NAME_ROOTS = (
    "Vasyl Petr Mykhail Olen Dubr Berez Lyp Topol Sosn Kamian Pisk Hlyn Bilohir Zarich Pryvil Sviat Pokrov Voskresen"
    " Troits Bohdan Kozats Stepan Ivan Hryhor Andri Maryn Oleks Kostiant Myrn Tykh Chervon Zhovt Syn Lysych Vovch"
    " Orikh Hrushev Vyshn Yabluk Sadov Polt Krasn Slav Dobr Shchast Rozdol Pryst Novosil Horod Krem Yasyn Tern Kalyn"
    " Verb Osyk Klen Zolot Sribn Mid Zalizn Dolyn Balk Yar Luh Krut Hlyb Bystr Vysok Sokil Orl Lebed Zhuravl Hai"
    " Kurh Mohyl Borys Semen Fedor Luk Mak Pavl Ostap Danyl Yakym Tymof Irpin Rusan Kalush Zbar Pidhir Zelen"
    " Chuhu Balak Kupian Snih Dovh Shyr Roven Lozov Kozyr Bokov Pisch Tokar Mlyn Kovel Sarn Tal Chorn Bil").split()
NAME_SUFFIXES = ("ivka ivske ove ne ka ivtsi yn horod pil sk ianka ynivka uvate e ychi any ivka ivka ove ne ske ovo"
                 " ynka anka ivshchyna yshche").split()
NAME_PREFIXES = ("Nova Stara Velyka Mala Verkhnia Nyzhnia Zelena Bila Chorna Kamianka Dovha Vysoka Krasna Sukha"
                 " Mokra Hlyboka Zolota Tykha").split()
FIRST_NAMES = (
    "Oleksandr Andrii Serhii Volodymyr Dmytro Mykola Ivan Yurii Oleh Vitalii Taras Bohdan Roman Maksym Viktor Pavlo"
    " Ihor Vasyl Petro Anatolii Olena Iryna Nataliia Tetiana Oksana Yuliia Kateryna Liudmyla Halyna Mariia Svitlana"
    " Hanna Larysa Inna Alla Yevhen Artem Denys Kyrylo Mykhailo Valentyn Stanislav Ruslan Vadym Zoriana Solomiia"
    " Aleksei Dmitry Sergei Nikolai Andrei Yevgeny Mikhail Igor Pavel Anton John Michael David Sarah Emma Anna Thomas"
    " Pierre Klaus Jan Piotr Agnieszka Marek Laura James Robert Claire Henrik").split()
SURNAME_ROOTS = (
    "Koval Shevch Bond Tkach Kravch Oliin Shvets Moroz Lys Marchen Rudn Sav Kuz Hon Dub Kyr Zhuk Sokol Meln Pavl Lev"
    " Horb Kost Vlas Karp Poliak Hryts Sych Bilyk Kril Panas Yarem Demch Fedor Hnat Ost Prokop Tym Romanch Sydor"
    " Tarn Vasylch Levch Petrush Bab Hlush Zakh Kush Lytv Martyn Nesterch Ovch Pryt Serdiuk Stets Tsyb Yakov Zahor"
    " Antonov Belov Volkov Orlov Sobol Gusev Lebedev Fisher Hart Novak Wojcik Keller Dubois Larsen Walker").split()
SURNAME_SUFFIXES = "enko chuk uk ko skyi ovych iak ets ar nyk ov in ev ych ishyn iuk".split()
FOREIGN_SURNAME_ROOTS = {"Antonov", "Belov", "Volkov", "Orlov", "Sobol", "Gusev", "Lebedev", "Fisher", "Hart",
                         "Novak", "Wojcik", "Keller", "Dubois", "Larsen", "Walker"}
FIRST_NAME_VARIANTS = {"Oleksandr": ["Alexander", "Oleksander"], "Andrii": ["Andriy", "Andrei"],
                       "Serhii": ["Serhiy", "Sergei"], "Volodymyr": ["Vladimir"], "Dmytro": ["Dmitro", "Dmitry"],
                       "Mykola": ["Nikolai"], "Yurii": ["Yuriy", "Yuri"], "Oleh": ["Oleg"], "Vitalii": ["Vitaliy"],
                       "Ihor": ["Igor"], "Yevhen": ["Yevgen", "Eugene"], "Nataliia": ["Natalia", "Natalya"],
                       "Tetiana": ["Tetyana", "Tatiana"], "Yuliia": ["Yulia"], "Kateryna": ["Kateryna", "Ekaterina"],
                       "Mykhailo": ["Mikhail", "Mykhaylo"], "Hanna": ["Anna", "Ganna"], "Halyna": ["Galina"]}
ROLES = ["governor of the {region}", "head of the {region} military administration", "mayor of {settlement}",
         "spokesperson for the {org}", "commander of the {org}", "deputy defence minister", "prosecutor general",
         "head of the {district} district administration", "police chief of the {region}", "analyst",
         "human rights ombudsman", "member of parliament", "emergency services spokesperson", "energy minister",
         "foreign minister", "a soldier of the {org}", "local council member in {settlement}", "volunteer medic"]
COUNTRIES = [  # name, code, demonym, aliases, latitude, longitude
    ("Ukraine", "UA", "Ukrainian", ["Ukraina", "Україна", "Ukraine (country)"], 49.0, 32.0),
    ("Russia", "RU", "Russian", ["Russian Federation", "Россия", "Rossiya"], 61.5, 105.3),
    ("Belarus", "BY", "Belarusian", ["Byelorussia", "Беларусь"], 53.7, 27.9),
    ("Poland", "PL", "Polish", ["Polska", "Польща"], 51.9, 19.1),
    ("Moldova", "MD", "Moldovan", ["Moldavia", "Молдова"], 47.4, 28.4),
    ("Romania", "RO", "Romanian", ["România", "Румунія"], 45.9, 24.9),
    ("United States", "US", "American", ["USA", "United States of America", "США"], 38.0, -97.0),
    ("United Kingdom", "GB", "British", ["UK", "Britain", "Велика Британія"], 54.0, -2.0),
    ("Germany", "DE", "German", ["Deutschland", "Німеччина"], 51.2, 10.4),
    ("France", "FR", "French", ["République française", "Франція"], 46.2, 2.2),
    ("Turkey", "TR", "Turkish", ["Türkiye", "Туреччина"], 39.0, 35.2),
]
WATERS = ["Black Sea", "Sea of Azov", "{root} River", "{root} Reservoir", "{root} Estuary", "{root} Lake"]
FACILITY_KINDS = ["thermal power plant", "railway station", "grain terminal", "oil depot", "airfield", "bridge",
                  "hospital", "water treatment plant", "power substation", "seaport", "shopping centre", "dam",
                  "ammunition depot", "school", "hydroelectric plant"]
INTERNATIONAL_BODIES = [("United Nations", ["UN", "the UN"]), ("International Atomic Energy Agency", ["IAEA"]),
                        ("International Committee of the Red Cross", ["ICRC", "Red Cross"]),
                        ("World Health Organization", ["WHO"]), ("European Union", ["EU"]), ("NATO", ["the alliance"]),
                        ("UN Human Rights Monitoring Mission", ["HRMMU"]), ("Council of Europe", [])]
SIDES = {"ua": ("Ukrainian", "Ukraine"), "ru": ("Russian", "Russia")}
UNIT_KINDS = [("Separate Mechanized Brigade", "ua"), ("Airborne Assault Brigade", "ua"),
              ("Territorial Defence Brigade", "ua"), ("Separate Artillery Brigade", "ua"),
              ("Marine Brigade", "ua"), ("Motor Rifle Regiment", "ru"), ("Tank Regiment", "ru"),
              ("Guards Motor Rifle Brigade", "ru"), ("Naval Infantry Brigade", "ru"), ("Artillery Regiment", "ru")]
CORE_ORGANIZATIONS = [("Armed Forces of Ukraine", "ua", ["AFU", "ZSU", "Ukrainian Armed Forces"]),
                      ("General Staff of the Armed Forces of Ukraine", "ua", ["Ukrainian General Staff"]),
                      ("Ukrainian Ministry of Defence", "ua", ["Ministry of Defence of Ukraine"]),
                      ("State Emergency Service of Ukraine", "ua", ["SES", "State Emergency Service"]),
                      ("National Police of Ukraine", "ua", ["Ukrainian police"]),
                      ("Ukrainian Air Force", "ua", ["Air Force of Ukraine"]),
                      ("Russian Ministry of Defence", "ru", ["Russian Defence Ministry", "Russia's Defense Ministry"]),
                      ("Russian Armed Forces", "ru", ["Armed Forces of the Russian Federation"]),
                      ("Russian Air Force", "ru", ["Russian Aerospace Forces"])]
PUBLISHER_WORDS = ("Eastern Western Steppe Northern Southern Independent Morning Evening Continental Global Allied"
                   " Coastal Frontier Open Free Central Border Union Capital Harbour").split()
PUBLISHER_NOUNS = ("Herald Post Ledger Monitor Dispatch Courier Observer Telegraph Gazette Review Journal Bulletin"
                   " Chronicle Times Tribune Standard Record Express").split()
WIRES = ["Continental Wire", "Global Press Agency", "Allied News Agency", "Eastern Wire Service"]
OBJECTS = ["houses", "apartment blocks", "a school", "a hospital", "a bridge", "a power substation", "a market",
           "a railway depot", "a grain warehouse", "a kindergarten", "a church", "a water pumping station",
           "private homes", "a fuel depot", "a gas pipeline", "a bus station", "a cultural centre"]
WEAPONS = ["artillery", "Grad rockets", "drones", "guided aerial bombs", "cruise missiles", "mortars",
           "ballistic missiles", "tank fire", "cluster munitions", "Shahed drones"]
WEEKDAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
            "overnight", "early on Sunday", "late on Friday", "in the early hours"]
EVENT_TYPES = [("ATTACK", 42), ("CIVILIAN_HARM", 15), ("TERRITORY_CAPTURED", 6), ("TERRITORY_REGAINED", 5),
               ("WITHDRAWAL", 3), ("MASS_GRAVE", 1), ("AID_PLEDGE", 6), ("POLITICAL", 11), ("EVACUATION", 5),
               ("OTHER", 6)]
REWORDINGS = {"shelled": "bombarded", "killed": "left dead", "wounded": "injured", "houses": "homes",
              "damaged": "hit", "residents": "locals", "officials": "authorities", "reported": "said",
              "destroyed": "ruined", "attack": "strike", "forces": "troops", "village": "settlement",
              "announced": "declared", "evacuated": "moved out", "recaptured": "retook", "fighting": "combat",
              "civilians": "people", "struck": "hit", "several": "a number of", "region": "oblast"}
CYRILLIC = {"shch": "щ", "kh": "х", "zh": "ж", "ts": "ц", "ch": "ч", "sh": "ш", "ia": "я", "iu": "ю", "ie": "є",
            "yi": "ї", "a": "а", "b": "б", "v": "в", "h": "г", "g": "ґ", "d": "д", "e": "е", "z": "з", "y": "и",
            "i": "і", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
            "u": "у", "f": "ф", "'": "ь"}
_CYRILLIC_PATTERN = re.compile("|".join(sorted(CYRILLIC, key=len, reverse=True)))


def cyrillic(name):
    text = _CYRILLIC_PATTERN.sub(lambda m: CYRILLIC[m.group(0)], name.lower())
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def copy_text(value):
    """A text value in COPY's text format."""
    if value is None:
        return "\\N"
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class Zipf:
    """Draws items with probability proportional to 1 / (rank + offset) ** exponent, times an optional weight."""

    def __init__(self, items, rng, weights=None, exponent=1.0, offset=3):
        order = list(range(len(items)))
        rng.shuffle(order)
        total = 0.0
        self.cumulative = []
        self.items = []
        for rank, index in enumerate(order):
            total += (weights[index] if weights else 1.0) / (rank + offset) ** exponent
            self.cumulative.append(total)
            self.items.append(items[index])
        self.total = total
        self.rng = rng

    def draw(self):
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * self.total)]


# ----------------------------------------------------------------------------------------------------------------
# Loading: one COPY session per table, fed while rows are generated.

class CopySession:
    def __init__(self, table, columns):
        self.table = table
        self.rows = 0
        self.chunks = []
        self.size = 0
        self.errors = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "BEGIN", "-c", f"TRUNCATE {table}",
             "-c", f"COPY {table} ({', '.join(columns)}) FROM STDIN (FREEZE)", "-c", "COMMIT"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self.errors, bufsize=1 << 20)

    def add(self, line):
        self.chunks.append(line)
        self.rows += 1
        self.size += 1
        if self.size >= 2000:
            self.flush()

    def add_lines(self, lines, count):
        """Adds several rows at once: their lines joined by newlines."""
        self.chunks.append(lines)
        self.rows += count
        self.size += count
        if self.size >= 2000:
            self.flush()

    def flush(self):
        if self.chunks:
            try:
                self.process.stdin.write(("\n".join(self.chunks) + "\n").encode())
            except BrokenPipeError:
                self.close()
            self.chunks = []
            self.size = 0

    def close(self):
        try:
            self.flush()
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        if self.process.wait() != 0:
            self.errors.seek(0)
            fail(f"COPY into {self.table} failed: {self.errors.read().decode(errors='replace').strip()}")


def psql(sql, single_transaction=True):
    """Runs SQL in psql and returns its unaligned output; fails loudly on any error."""
    command = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"]
    if single_transaction:
        command.insert(1, "-1")
    result = subprocess.run(command, input=sql.encode(), capture_output=True)
    if result.returncode != 0:
        fail(f"psql failed: {result.stderr.decode(errors='replace').strip()}\n--- SQL:\n{sql[:2000]}")
    return result.stdout.decode().strip()


def run_in_parallel(statement_lists):
    """Runs each list of statements in its own session, all at once; fails loudly when one fails."""
    failures = []

    def run(statements):
        result = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                                input=";\n".join(statements).encode() + b";\n", capture_output=True)
        if result.returncode != 0:
            failures.append(result.stderr.decode(errors="replace").strip())

    threads = [threading.Thread(target=run, args=(statements,)) for statements in statement_lists if statements]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        fail("rebuilding keys and indexes failed: " + " | ".join(failures))


# ----------------------------------------------------------------------------------------------------------------
# The schema: checks, and dropping and restoring keys, indexes and foreign keys around the load.

SAVED = "bench_generator.saved_definition"


def check_schema():
    if psql("select to_regclass('public.flyway_schema_history') is not null") != "t":
        fail("the database has no Flyway history: start Frontline once against it so Flyway creates the schema "
             "(see scripts/bench/README.md)")
    versions = psql("select string_agg(version, ',' order by installed_rank) from flyway_schema_history "
                    "where success and version is not null")
    rows = psql("select table_name, column_name, is_nullable, column_default is not null or is_identity = 'YES' "
                "from information_schema.columns where table_schema = 'public'")
    columns = {}
    for row in rows.splitlines():
        table, column, nullable, has_default = row.split("|")
        columns.setdefault(table, {})[column] = (nullable == "YES", has_default == "t")
    for table, written in TABLES.items():
        if table not in columns:
            fail(f"the schema (Flyway versions {versions}) has no table {table}")
        for column in written:
            if column not in columns[table]:
                fail(f"the schema (Flyway versions {versions}) has no column {table}.{column}")
        for column, (nullable, has_default) in columns[table].items():
            if column not in written and not nullable and not has_default:
                fail(f"{table}.{column} is required and this generator does not fill it: update generate.py")
    return versions


def restore_saved_definitions():
    """Restores keys, indexes and foreign keys dropped by a run that stopped halfway (its tables emptied first)."""
    if psql("select to_regclass('bench_generator.saved_definition') is not null") != "t":
        return
    print("an earlier run stopped halfway: emptying its tables and restoring their keys and indexes", flush=True)
    psql(f"truncate {', '.join(TABLES)}")
    rebuild()


def drop_definitions():
    """Saves, then drops, every key, index and foreign key on the tables filled (and foreign keys into them)."""
    tables = "array[" + ", ".join(f"'public.{t}'::regclass" for t in TABLES) + "]"
    psql(f"""
        create schema bench_generator;
        create table {SAVED} (phase int, table_name text, name text, definition text, drop_statement text);
        insert into {SAVED}
        select case c.contype when 'f' then 3 else 1 end, c.conrelid::regclass::text, c.conname,
               format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname,
                      pg_get_constraintdef(c.oid)),
               format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname)
        from pg_constraint c
        where c.contype in ('p', 'u', 'f') and (c.conrelid = any({tables}) or c.confrelid = any({tables}));
        insert into {SAVED}
        select 2, i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid),
               format('drop index %s', i.indexrelid::regclass)
        from pg_index i
        where i.indrelid = any({tables})
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u'));
        do $$ declare statement text; begin
            for statement in select drop_statement from {SAVED} order by phase desc loop
                execute statement;
            end loop;
        end $$;
    """)


def rebuild():
    """Makes the saved keys and indexes again (two sessions at once, big ones first), then the foreign keys."""
    sizes = dict(line.split("|") for line in psql(
        "select relname, pg_relation_size(oid) from pg_class "
        "where relnamespace = 'public'::regnamespace and relkind = 'r'").splitlines())
    rows = psql(f"select phase || chr(31) || table_name || chr(31) || name || chr(31) || definition "
                f"from {SAVED} order by phase, name").splitlines()
    saved = [row.split("\x1f") for row in rows]
    existing = set(psql("select conname from pg_constraint union all "
                        "select relname from pg_class where relkind = 'i'").splitlines())

    def present(name):
        return name.split(".")[-1].strip('"') in existing

    for phase in ("1", "2"):
        work = sorted(((int(sizes.get(table, 0)) * (8 if "gin" in definition else 1), definition)
                       for p, table, name, definition in saved if p == phase and not present(name)), reverse=True)
        sessions = [[], []]
        load = [0, 0]
        for cost, definition in work:
            lighter = load.index(min(load))
            sessions[lighter].append(definition)
            load[lighter] += cost + 1
        run_in_parallel([["set maintenance_work_mem = '1GB'"] + s if s else [] for s in sessions])
    foreign_keys = [definition for p, table, name, definition in saved if p == "3" and not present(name)]
    if foreign_keys:
        run_in_parallel([foreign_keys])
    psql("drop schema bench_generator cascade")


# ----------------------------------------------------------------------------------------------------------------
# The world: places, people, organizations, publishers.

class World:
    def __init__(self, events, rng):
        self.rng = rng
        self.places = []          # rows: [id, name, key, kind, country, region_id, lat, lon, gazetteer_id, aliases]
        self.names = {}           # place id -> name
        self.oblast_of = {}       # place id -> its oblast id (settlements, facilities, districts)
        self.settlements_in = {}  # district id -> settlement ids
        self.facilities_of = {}   # settlement id -> facility ids
        self.countries = {}       # code -> place id
        self.make_places(events)
        self.make_people(max(200, events // 20))
        self.make_organizations(max(60, events // 200))
        self.publishers = self.make_publishers()

    # places ---------------------------------------------------------------------------------------------------
    def add_place(self, name, kind, country, region, lat, lon, aliases, gazetteer=True):
        place_id = len(self.places) + 1
        gazetteer_id = str(900000000 + place_id) if gazetteer else None
        self.places.append([place_id, name, place_key(name), kind, country, region, lat, lon, gazetteer_id,
                            aliases])
        self.names[place_id] = name
        return place_id

    def settlement_name(self):
        rng = self.rng
        name = rng.choice(NAME_ROOTS) + rng.choice(NAME_SUFFIXES)
        if rng.random() < 0.25:
            name = rng.choice(NAME_PREFIXES) + " " + name
        return name

    def spellings(self, name, many):
        rng = self.rng
        variants = [name.replace("iv", "ov").replace("ivka", "ovka"), name.replace("y", "i"),
                    name.replace("ia", "ya").replace("iu", "yu"), name.replace("kh", "h"), cyrillic(name),
                    name.replace("Nova ", "Novaya ").replace("Velyka ", "Velikaya "),
                    name.replace("an", "an'") if "an" in name else name + "e",
                    name[:-1] + "é" if name.endswith("e") else name + "s'ke",
                    name.replace("v", "w").replace("sh", "sch"), name.replace("y", "j").replace("ch", "cz")]
        count = rng.randint(6, len(variants)) if many else rng.choice((1, 2, 2, 3, 3, 4))
        chosen = rng.sample(variants, count)
        return sorted({name, *chosen})

    def make_places(self, events):
        rng = self.rng
        for name, code, demonym, aliases, lat, lon in COUNTRIES:
            self.countries[code] = self.add_place(name, "COUNTRY", code, None, lat, lon, sorted({name, *aliases}))
        ukraine = self.countries["UA"]
        oblasts = []
        used_roots = set()
        for i in range(24):
            root = rng.choice([r for r in NAME_ROOTS if r not in used_roots])
            used_roots.add(root)
            name = f"{root}ska Oblast"
            lat, lon = rng.uniform(45.5, 51.8), rng.uniform(23.0, 39.5)
            oblast = self.add_place(name, "REGION", "UA", ukraine, lat, lon,
                                    sorted({name, f"{root}ska oblast", f"{root}ska region", f"{root}shchyna",
                                            f"{root}skaya Oblast", cyrillic(f"{root}ska") + " область"}))
            oblasts.append(oblast)
        foreign = []
        for code in ("RU", "BY"):
            for i in range(2):
                root = rng.choice([r for r in NAME_ROOTS if r not in used_roots])
                used_roots.add(root)
                name = f"{root}skaya Oblast"
                region = self.add_place(name, "REGION", code, self.countries[code], rng.uniform(50, 56),
                                        rng.uniform(28, 40), sorted({name, f"{root} Oblast", f"{root}skaya region"}))
                foreign.append(region)
        # frontline regions see most events, border regions many, the rest a few
        self.region_weight = {}
        for i, oblast in enumerate(oblasts):
            self.region_weight[oblast] = 10.0 if i < 5 else 3.0 if i < 10 else 0.6
        for region in foreign:
            self.region_weight[region] = 0.5
        regions = oblasts + foreign
        districts = []
        for region in regions:
            for i in range(rng.randint(4, 7)):
                root = rng.choice(NAME_ROOTS)
                name = f"{root}skyi Raion"
                lat = self.places[region - 1][6] + rng.uniform(-0.8, 0.8)
                lon = self.places[region - 1][7] + rng.uniform(-1.2, 1.2)
                district = self.add_place(name, "REGION", self.places[region - 1][4], region, lat, lon,
                                          sorted({name, f"{root}sky district", f"{root}skyi district"}))
                districts.append(district)
                self.oblast_of[district] = region
                self.settlements_in[district] = []
        settlement_count = max(300, events // 30)
        self.settlements = []
        weights = []
        for i in range(settlement_count):
            district = rng.choice(districts)
            lat = self.places[district - 1][6] + rng.uniform(-0.3, 0.3)
            lon = self.places[district - 1][7] + rng.uniform(-0.4, 0.4)
            name = self.settlement_name()
            settlement = self.add_place(name, "SETTLEMENT", self.places[district - 1][4], district,
                                        round(lat, 5), round(lon, 5), None)
            self.settlements_in[district].append(settlement)
            self.oblast_of[settlement] = self.oblast_of[district]
            self.settlements.append(settlement)
            weights.append(self.region_weight[self.oblast_of[district]])
        self.settlement_use = Zipf(self.settlements, rng, weights, exponent=1.0, offset=3)
        # the most used settlements are cities: more spellings, and the facilities
        ranked = self.settlement_use.items
        top = set(ranked[:max(10, len(ranked) // 50)])
        for settlement in self.settlements:
            self.places[settlement - 1][9] = self.spellings(self.names[settlement], settlement in top)
        facility_names = set()
        self.facilities = []
        for settlement in ranked[:max(30, settlement_count // 10)]:
            for i in range(rng.choice((1, 1, 1, 2, 3))):
                name = f"{self.names[settlement]} {rng.choice(FACILITY_KINDS)}"
                if place_key(name) in facility_names:
                    continue
                facility_names.add(place_key(name))
                s = self.places[settlement - 1]
                facility = self.add_place(name, "FACILITY", s[4], settlement, s[6], s[7], [name], gazetteer=False)
                self.facilities_of.setdefault(settlement, []).append(facility)
                self.oblast_of[facility] = self.oblast_of[settlement]
                self.facilities.append(facility)
        self.waters = []
        water_names = set()
        while len(self.waters) < 20:
            name = rng.choice(WATERS).format(root=rng.choice(NAME_ROOTS) + rng.choice(("a", "ets", "ia", "yi")))
            if place_key(name) in water_names:
                continue
            water_names.add(place_key(name))
            self.waters.append(self.add_place(name, "WATER", None, None, rng.uniform(45, 51), rng.uniform(28, 38),
                                              sorted({name, cyrillic(name)}), gazetteer=rng.random() < 0.5))
        self.oblasts = oblasts
        self.districts = districts

    # people ---------------------------------------------------------------------------------------------------
    def make_people(self, count):
        rng = self.rng
        self.people = []  # rows: [id, name, key, role, aliases]
        keys = set()
        while len(self.people) < count:
            root = rng.choice(SURNAME_ROOTS)
            surname = root if root in FOREIGN_SURNAME_ROOTS and rng.random() < 0.5 else root + rng.choice(
                SURNAME_SUFFIXES)
            first = rng.choice(FIRST_NAMES)
            name = f"{first} {surname}"
            key = person_key(name)
            if key in keys:
                continue
            keys.add(key)
            role = rng.choice(ROLES).format(region=self.names[rng.choice(self.oblasts)],
                                            settlement=self.names[rng.choice(self.settlements)],
                                            district=self.names[rng.choice(self.districts)].replace(" Raion", ""),
                                            org="{org}") if rng.random() < 0.85 else None
            aliases = {name, surname}
            for variant in FIRST_NAME_VARIANTS.get(first, [])[:rng.randint(0, 2)]:
                aliases.add(f"{variant} {surname}")
            if surname.endswith("skyi"):
                aliases.add(f"{first} {surname[:-2]}y")
            if rng.random() < 0.3:
                aliases.add(f"{first[0]}. {surname}")
            self.people.append([len(self.people) + 1, name, key, role, sorted(aliases)])
        self.person_use = Zipf(self.people, rng, exponent=1.1, offset=2)

    # organizations --------------------------------------------------------------------------------------------
    def make_organizations(self, count):
        rng = self.rng
        self.organizations = []  # rows: [id, name, key, aliases, side]
        keys = set()

        def add(name, aliases, side):
            key = organization_key(name)
            if key in keys:
                return
            keys.add(key)
            self.organizations.append([len(self.organizations) + 1, name, key, sorted({name, *aliases}), side])

        for name, side, aliases in CORE_ORGANIZATIONS:
            add(name, aliases, side)
        for name, aliases in INTERNATIONAL_BODIES:
            add(name, aliases, None)
        while len(self.organizations) < count:
            kind = rng.random()
            if kind < 0.55:
                unit, side = rng.choice(UNIT_KINDS)
                number = rng.randint(1, 250)
                name = f"{ordinal(number)} {unit}"
                initials = "".join(w[0] for w in unit.split())
                add(name, [f"{ordinal(number)} {initials}", f"{number}th {unit.split()[-1].lower()}"], side)
            elif kind < 0.7:
                oblast = self.names[rng.choice(self.oblasts)].replace(" Oblast", "")
                add(f"{oblast} Regional Military Administration", [f"{oblast} RMA"], "ua")
            elif kind < 0.85:
                town = self.names[rng.choice(self.settlements)]
                add(f"{town} City Council", [f"{town} council"], "ua")
            elif kind < 0.93:
                root = rng.choice(NAME_ROOTS)
                add(f"{root} Volunteer Battalion", [f"{root} battalion"], rng.choice(("ua", "ru")))
            else:
                root = rng.choice(NAME_ROOTS)
                add(f"{root} Humanitarian Mission", [f"{root} Mission"], None)
        self.organization_use = Zipf(self.organizations, rng, exponent=1.0, offset=2)
        self.side_units = {side: Zipf([o for o in self.organizations if o[4] == side], rng, exponent=1.0, offset=2)
                           for side in ("ua", "ru")}
        for person in self.people:
            if person[3] and "{org}" in person[3]:
                person[3] = person[3].format(org=self.organization_use.draw()[1])

    def make_publishers(self):
        rng = self.rng
        names = set(WIRES)
        while len(names) < 80:
            names.add(f"{rng.choice(PUBLISHER_WORDS)} {rng.choice(PUBLISHER_NOUNS)}")
        publishers = []
        for name in sorted(names):
            domain = re.sub(r"[^a-z]", "", name.lower()) + rng.choice((".com", ".net", ".org", ".info", ".news"))
            publishers.append((name, domain, name in WIRES))
        self.publisher_use = Zipf([p for p in publishers if not p[2]], rng, exponent=0.9, offset=2)
        self.wire_use = [p for p in publishers if p[2]]
        self.journalists = [f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAME_ROOTS)}{rng.choice(SURNAME_SUFFIXES)}"
                            for _ in range(max(100, len(self.people) // 10))]
        return publishers


# ----------------------------------------------------------------------------------------------------------------
# Text: sentences are lists of parts, each a string or a (text, kind, id) mention, so that offsets are known.

def render(sentence_parts):
    text = []
    mentions = []
    position = 0
    for part in sentence_parts:
        if part.__class__ is tuple:
            mentions.append((part[1], part[2], position, position + len(part[0])))
            text.append(part[0])
            position += len(part[0])
        else:
            text.append(part)
            position += len(part)
    return "".join(text), mentions


class Writer:
    """Makes events day by day and the articles that report them, and writes every row."""

    def __init__(self, world, events, rng, sessions):
        self.world = world
        self.rng = rng
        self.total_events = events
        self.out = sessions
        self.event_id = 0
        self.source_id = 0
        self.evidence_id = 0
        self.quote_id = 0
        self.recent = []  # (day, event) of the last week, for follow-up reports
        self.hashes = set()  # content hashes of the sources so far: content_hash is unique
        self.type_use = Zipf([t for t, w in EVENT_TYPES], rng, [w for t, w in EVENT_TYPES], exponent=0, offset=1)

    # the world's rows ---------------------------------------------------------------------------------------
    def write_world(self):
        out = self.out
        for p in self.world.places:
            place_id, name, key, kind, country, region, lat, lon, gazetteer, aliases = p
            out["place"].add("\t".join((str(place_id), copy_text(name), copy_text(key), kind,
                                        country or "\\N", str(region) if region else "\\N",
                                        repr(lat) if lat is not None else "\\N",
                                        repr(lon) if lon is not None else "\\N", gazetteer or "\\N")))
            for alias in aliases:
                out["place_alias"].add(f"{place_id}\t{copy_text(alias)}\t{copy_text(place_key(alias))}")
        for person_id, name, key, role, aliases in self.world.people:
            out["person"].add(f"{person_id}\t{copy_text(name)}\t{copy_text(key)}\t{copy_text(role)}")
            for alias in aliases:
                out["person_alias"].add(f"{person_id}\t{copy_text(alias)}\t{copy_text(person_key(alias))}")
        for organization_id, name, key, aliases, side in self.world.organizations:
            out["organization"].add(f"{organization_id}\t{copy_text(name)}\t{copy_text(key)}")
            for alias in aliases:
                out["organization_alias"].add(
                    f"{organization_id}\t{copy_text(alias)}\t{copy_text(organization_key(alias))}")

    # events -------------------------------------------------------------------------------------------------
    def event_places(self, event_type):
        world, rng = self.world, self.rng
        if event_type in ("AID_PLEDGE", "POLITICAL") and rng.random() < 0.6:
            if rng.random() < 0.5:
                return [world.countries[rng.choice(("UA", "UA", "UA", "RU", "US", "GB", "DE", "FR", "PL", "TR"))]]
            return [world.settlement_use.items[rng.randrange(5)]]
        r = rng.random()
        if r < 0.04:
            return [rng.choice(world.oblasts) if rng.random() < 0.5 else rng.choice(world.districts)]
        if r < 0.06:
            return [rng.choice(world.waters)]
        settlement = world.settlement_use.draw()
        if r < 0.16 and settlement in world.facilities_of:
            return [rng.choice(world.facilities_of[settlement])]
        places = [settlement]
        if rng.random() < 0.15:
            neighbours = world.settlements_in[world.places[settlement - 1][5]]
            other = rng.choice(neighbours)
            if other != settlement:
                places.append(other)
        return places

    def new_event(self, day):
        world, rng = self.world, self.rng
        self.event_id += 1
        event_type = self.type_use.draw()
        places = self.event_places(event_type)
        side = "ru" if event_type in ("ATTACK", "TERRITORY_CAPTURED", "CIVILIAN_HARM") else "ua"
        if event_type == "WITHDRAWAL" or (event_type == "ATTACK" and rng.random() < 0.25):
            side = "ua" if side == "ru" else "ru"
        actors = []
        if rng.random() < 0.6 and event_type not in ("MASS_GRAVE", "EVACUATION"):
            actors.append(world.side_units[side].draw()[0])
            if rng.random() < 0.2:
                other = world.organization_use.draw()[0]
                if other != actors[0]:
                    actors.append(other)
        people = [world.person_use.draw()[0]] if rng.random() < 0.22 else []
        r = rng.random()
        date = FIRST_DAY + datetime.timedelta(days=day)
        if r < 0.72:
            precision = "DAY"
            date -= datetime.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
        elif r < 0.9:
            precision = "WEEK"
        elif r < 0.95:
            precision = "MONTH"
            date = date.replace(day=1)
        else:
            precision, date = "UNKNOWN", None
        if date is not None and date < FIRST_DAY:
            date = FIRST_DAY
        names = [world.names[p] for p in places]
        place_list = names[0] if len(names) == 1 else f"{names[0]} and {names[1]}"
        demonym = SIDES[side][0]
        weapon = rng.choice(WEAPONS)
        title = {
            "ATTACK": f"{demonym} {weapon} strike near {place_list}" if rng.random() < 0.6
            else f"{demonym} shelling near {place_list}",
            "CIVILIAN_HARM": f"{rng.choice(('Civilians killed', 'Civilians wounded', 'Residents detained'))} in "
                             f"{place_list}",
            "TERRITORY_CAPTURED": f"{demonym} forces capture {place_list}",
            "TERRITORY_REGAINED": f"{demonym} forces regain control of {place_list}",
            "WITHDRAWAL": f"{demonym} forces withdraw from {place_list}",
            "MASS_GRAVE": f"Mass grave found near {place_list}",
            "AID_PLEDGE": f"{rng.choice(('Military aid', 'Humanitarian aid', 'Air defence aid'))} announced in "
                          f"{place_list}",
            "POLITICAL": f"{rng.choice(('Sanctions', 'Mobilisation', 'Peace talks', 'Referendum', 'Curfew'))}: "
                         f"{place_list}",
            "EVACUATION": f"Evacuation of {place_list}",
            "OTHER": f"{rng.choice(('Power outage', 'Prisoner exchange', 'Water supply cut', 'Fire'))} in "
                     f"{place_list}",
        }[event_type]
        event = (self.event_id, event_type, title, places, actors, people, side, weapon)
        out = self.out
        out["event"].add(f"{self.event_id}\t{event_type}\t{copy_text(title)}\t"
                         f"{date.isoformat() if date else chr(92) + 'N'}\t{precision}")
        for place in places:
            out["event_place"].add(f"{self.event_id}\t{place}")
        for person in people:
            out["event_person"].add(f"{self.event_id}\t{person}")
        for organization in actors:
            out["event_organization"].add(f"{self.event_id}\t{organization}")
        return event

    # sentences ----------------------------------------------------------------------------------------------
    def place_phrase(self, place):
        world = self.world
        parts = [(world.names[place], "place", place)]
        oblast = world.oblast_of.get(place)
        if oblast is not None and self.rng.random() < 0.7:
            parts += [" in the ", (world.names[oblast].replace(" Oblast", " region"), "place", oblast)]
        return parts

    def event_sentence(self, event):
        world, rng = self.world, self.rng
        event_id, event_type, title, places, actors, people, side, weapon = event
        where = self.place_phrase(places[0])
        if len(places) > 1:
            where += [" and ", (world.names[places[1]], "place", places[1])]
        n = rng.randint(2, 40)
        when = rng.choice(WEEKDAYS)
        demonym = SIDES[side][0]
        actor = [(world.organizations[actors[0] - 1][1], "organization", actors[0])] if actors else \
            [f"{demonym} forces"]
        if event_type == "ATTACK":
            parts = [f"{demonym} forces shelled "] + where + [f" {when} with {weapon}, damaging {n} houses and "
                                                               f"{rng.choice(OBJECTS)}."]
            if actors and rng.random() < 0.5:
                parts = ["Units of the "] + actor + [f" struck "] + where + [f" {when} with {weapon}."]
        elif event_type == "CIVILIAN_HARM":
            parts = [f"At least {n} civilians were killed or wounded in "] + where + [
                f" {when} when {weapon} hit {rng.choice(OBJECTS)}, regional officials reported."]
        elif event_type == "TERRITORY_CAPTURED":
            parts = actor + [" took control of "] + where + [f" {when} after weeks of fighting."]
        elif event_type == "TERRITORY_REGAINED":
            parts = actor + [" recaptured "] + where + [f" {when}, raising the national flag over the "
                                                       f"village council."]
        elif event_type == "WITHDRAWAL":
            parts = actor + [" withdrew from "] + where + [f" {when} to avoid encirclement, military analysts said."]
        elif event_type == "MASS_GRAVE":
            parts = [f"Investigators exhumed {n} bodies from a mass grave near "] + where + [
                f", the regional prosecutor announced {when}."]
        elif event_type == "AID_PLEDGE":
            parts = [f"A new aid package worth {n * 25} million euros was announced in "] + where + [
                f" {when}, including air defence systems and generators."]
        elif event_type == "POLITICAL":
            parts = [f"Officials in "] + where + [f" announced new measures {when}, including a curfew and "
                                                  f"restrictions on movement."]
        elif event_type == "EVACUATION":
            parts = [f"Volunteers evacuated {n * 10} residents from "] + where + [
                f" {when} as fighting moved closer."]
        else:
            parts = [f"A {rng.choice(('power outage', 'fire', 'water supply failure'))} affected thousands in "
                     ] + where + [f" {when}, the local council said."]
        if people and rng.random() < 0.5:
            person = world.people[people[0] - 1]
            parts[-1] = parts[-1][:-1] + ", according to "
            parts += [(person[1], "person", person[0]), "."]
        return parts

    def quote_sentence(self, event, source_places):
        """A quote about the event (or about nothing in particular): parts, quote span index, speaker."""
        world, rng = self.world, self.rng
        place = world.names[rng.choice(source_places)]
        n = rng.randint(2, 60)
        text = rng.choice((
            f"We will not give up a single metre of {place}",
            f"The enemy shelled the town {n} times overnight",
            f"Everything here was destroyed, the school, the shop and the clinic",
            f"People in {place} have been living in basements for {n} days",
            f"Our units are holding their positions near {place}",
            f"The situation around {place} remains difficult but under control",
            f"We need more air defence to protect the power grid",
            f"There is no water and no electricity in {place}",
            f"Evacuation buses leave {place} every morning at eight",
            f"The bridge over the river was hit again",
            f"We counted {n} explosions before midnight",
            f"Russian troops are trying to advance on {place} from three directions",
            f"Reconstruction of {place} will take years",
            f"We urge residents to stay in shelters during air raid alerts",
        ))
        r = rng.random()
        if r < 0.7:
            speaker = world.person_use.draw()
            who = [(speaker[1], "person", speaker[0])]
            person, organization = speaker[0], None
        elif r < 0.9:
            speaker = world.organization_use.draw()
            who = ["the ", (speaker[1], "organization", speaker[0])]
            person, organization = None, speaker[0]
        else:
            who = ["a local resident"]
            person = organization = None
        if rng.random() < 0.5:
            parts = ['"', text, '," '] + who + [" said."]
            span = 1
        else:
            parts = [w if isinstance(w, tuple) else w[:1].upper() + w[1:] for w in who[:1]] + who[1:] + [
                ' said: "', text, '."']
            span = len(parts) - 2
        return parts, span, person, organization

    def filler_sentence(self, places):
        world, rng = self.world, self.rng
        place = rng.choice(places)
        oblast = world.oblast_of.get(place)
        where = [(world.names[place], "place", place)]
        if oblast and rng.random() < 0.5:
            where = ["the ", (world.names[oblast].replace(" Oblast", " region"), "place", oblast)]
        return rng.choice((
            ["Air raid alerts sounded across "] + where + [f" for {rng.randint(2, 9)} hours."],
            ["Repair crews worked through the night to restore power in "] + where + ["."],
            ["Schools in "] + where + [" moved classes online for the rest of the week."],
            ["Officials did not give further details about the damage in "] + where + ["."],
            ["The road to "] + where + [" remained closed to civilian traffic."],
            [f"Prices for bread and fuel in "] + where + [f" rose by {rng.randint(5, 40)} percent this month."],
        ))

    # articles -----------------------------------------------------------------------------------------------
    def write_day(self, day, count):
        rng = self.rng
        todays = [self.new_event(day) for _ in range(count)]
        # articles cover events of one region: sort by the region of the first place, then cut in small groups
        todays.sort(key=lambda e: self.world.oblast_of.get(e[3][0], 0))
        i = 0
        while i < len(todays):
            size = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
            covered = todays[i:i + size]
            i += size
            if self.recent and rng.random() < 0.4:
                covered.append(rng.choice(self.recent)[1])
                if rng.random() < 0.25:
                    covered.append(rng.choice(self.recent)[1])
            self.write_article(day, covered)
        self.recent = [r for r in self.recent if r[0] > day - 7] + [(day, e) for e in todays]

    def write_article(self, day, events):
        rng = self.rng
        places = [p for e in events for p in e[3]]
        paragraphs = []
        seen = set()
        for event in events:
            if event[0] in seen:
                continue
            seen.add(event[0])
            paragraph = [(self.event_sentence(event), [event[0]], None)]
            if rng.random() < 0.3:
                paragraph.append((self.event_sentence(event), [event[0]], None))
            for q in range(rng.choice((0, 0, 1, 1, 1, 2))):
                quote = self.quote_sentence(event, places)
                about = event[0] if rng.random() < 0.8 else None
                supports = [event[0]] if about and rng.random() < 0.3 else []
                paragraph.append((quote[0], supports, (quote[1], quote[2], quote[3], about)))
            if rng.random() < 0.5:
                paragraph.append((self.filler_sentence(places), [], None))
            paragraphs.append(paragraph)
        if len(paragraphs) == 1 or rng.random() < 0.5:
            paragraphs.append([(self.filler_sentence(places), [], None)])
        publisher = self.world.wire_use[rng.randrange(len(self.world.wire_use))] if rng.random() < 0.2 \
            else self.world.publisher_use.draw()
        headline = events[0][2] + rng.choice(("", "", ", officials say", " as fighting continues",
                                              f", {publisher[0]} reports"))
        original = self.write_source(day, paragraphs, headline, publisher, None)
        if rng.random() < (0.6 if publisher[2] else 0.12):
            for c in range(rng.choice((1, 1, 1, 2, 2, 3, 5))):
                copy = [[(self.reword(parts), supports, quote) for parts, supports, quote in paragraph
                         if supports or quote or rng.random() < 0.5] for paragraph in paragraphs]
                copy = [p for p in copy if p] or paragraphs
                self.write_source(day + rng.choice((0, 0, 1)), copy, headline, self.world.publisher_use.draw(),
                                  original)

    def reword(self, parts):
        rng = self.rng
        reworded = []
        for part in parts:
            if part.__class__ is str and rng.random() < 0.5:
                part = " ".join(REWORDINGS.get(w, w) if rng.random() < 0.5 else w for w in part.split(" "))
            reworded.append(part)
        return reworded

    def write_source(self, day, paragraphs, headline, publisher, copy_of):
        out = self.out
        self.source_id += 1
        source_id = self.source_id
        text, sentences = self.compose(paragraphs)
        content_hash = hashlib.sha256(text.encode()).hexdigest()
        while content_hash in self.hashes:  # a copy that no rewording touched: it adds a line, as copies do
            paragraphs = paragraphs + [[(self.filler_sentence([p for s in sentences for p in s[4]] or
                                                              [self.world.countries["UA"]]), [], None)]]
            text, sentences = self.compose(paragraphs)
            content_hash = hashlib.sha256(text.encode()).hexdigest()
        self.hashes.add(content_hash)
        for start, text_of_sentence, supports, quote, places, mentions in sentences:
            for kind, entity, mention_start, mention_end in mentions:
                out[kind + "_mention"].add(f"{source_id}\t{entity}\t{mention_start}\t{mention_end}")
            if supports or quote:
                self.evidence_id += 1
                out["evidence"].add(f"{self.evidence_id}\t{source_id}\t{start}\t{start + len(text_of_sentence)}\t"
                                    f"{copy_text(text_of_sentence)}")
                for event_id in supports:
                    out["event_evidence"].add(f"{event_id}\t{self.evidence_id}")
                if quote:
                    quote_start, quote_text, person, organization, about = quote
                    self.quote_id += 1
                    out["quote"].add("\t".join((
                        str(self.quote_id), str(source_id), copy_text(quote_text), str(quote_start),
                        str(quote_start + len(quote_text)), str(person) if person else "\\N",
                        str(organization) if organization else "\\N", str(about) if about else "\\N",
                        str(self.evidence_id))))
        signature, keys = signature_and_keys([s[1] for s in sentences])
        suffix = f"\t{source_id}"
        out["source_copy_key"].add_lines((suffix + "\n").join(map(str, keys)) + suffix, len(keys))
        published = FIRST_DAY + datetime.timedelta(days=min(day + self.rng.choice((0, 0, 0, 1)), DAYS - 1))
        slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")[:60]
        file_name = f"{source_id}-{slug}.txt"
        collection = f"{ARTICLES_ROOT}/{published:%Y-%m}"
        url = f"https://{publisher[1]}/{published:%Y/%m/%d}/{slug}-{source_id}"
        author = None if publisher[2] or self.rng.random() < 0.15 else \
            self.world.journalists[self.rng.randrange(len(self.world.journalists))]
        imported = (IMPORT_START + datetime.timedelta(milliseconds=40 * source_id)).isoformat() + "+00"
        out["source"].add("\t".join((
            str(source_id), copy_text(file_name), copy_text(collection), copy_text(headline),
            copy_text(publisher[0]), copy_text(author), copy_text(url), published.isoformat(), "en", "{}",
            copy_text(text), content_hash, "{" + ",".join(map(str, signature)) + "}",
            str(copy_of) if copy_of else "\\N", imported)))
        out["import_job_item"].add("\t".join((
            "1", str(source_id), copy_text(f"{collection}/{file_name}"), copy_text(collection), copy_text(file_name),
            copy_text(url), copy_text(headline), copy_text(publisher[0]), copy_text(author), published.isoformat(),
            "en", "IMPORTED", str(source_id), imported)))
        return source_id

    @staticmethod
    def compose(paragraphs):
        """The body, and per sentence: its start, text, events supported, quote, places named and mentions."""
        body = []
        sentences = []
        position = 0
        for p, paragraph in enumerate(paragraphs):
            if p:
                body.append("\n\n")
                position += 2
            for s, (parts, supports, quote) in enumerate(paragraph):
                if s:
                    body.append(" ")
                    position += 1
                text, mentions = render(parts)
                if _INNER_SENTENCE_END.search(text, 0, len(text) - 1):
                    fail(f"a generated sentence would split in two: {text!r}")
                if quote:
                    span, person, organization, about = quote
                    quote_start = position + sum(len(x if x.__class__ is str else x[0]) for x in parts[:span])
                    quote = (quote_start, parts[span], person, organization, about)
                mentions = [(kind, entity, position + start, position + end) for kind, entity, start, end in mentions]
                places = [entity for kind, entity, start, end in mentions if kind == "place"]
                sentences.append((position, text, supports, quote, places, mentions))
                body.append(text)
                position += len(text)
        return "".join(body), sentences

    # the whole run --------------------------------------------------------------------------------------------
    def write_all(self, progress):
        rng = self.rng
        weights = []
        for day in range(DAYS):
            season = 1 + 0.35 * math.sin(2 * math.pi * day / 365.25 - 1.2)
            weights.append((1 + 2.5 * math.exp(-day / 150)) * season * rng.uniform(0.6, 1.4))
        total = sum(weights)
        made = 0
        cumulative = 0.0
        for day, weight in enumerate(weights):
            cumulative += weight
            count = round(cumulative / total * self.total_events) - made
            made += count
            if count:
                self.write_day(day, count)
            if progress and day % 90 == 0:
                progress(day, self.event_id, self.source_id)
        first = IMPORT_START.isoformat() + "+00"
        last = (IMPORT_START + datetime.timedelta(milliseconds=40 * self.source_id + 1000)).isoformat() + "+00"
        self.out["import_job"].add(f"1\tCOMMAND_LINE\t{{{ARTICLES_ROOT}}}\tCOMPLETED\tt\t{first}\t{first}\t{last}")


# ----------------------------------------------------------------------------------------------------------------

def database_cpu_seconds():
    """CPU time the database server has used so far (postmaster, children, exited children), when it runs on this
    machine; None otherwise."""
    try:
        with open(os.path.join(psql("show data_directory"), "postmaster.pid")) as f:
            postmaster = int(f.readline())
        ticks = os.sysconf("SC_CLK_TCK")

        def stat(pid):
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()

        total = sum(int(x) for x in stat(postmaster)[11:15])
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = stat(entry)
                    if int(fields[1]) == postmaster:
                        total += int(fields[11]) + int(fields[12])
                except (OSError, IndexError, ValueError):
                    pass
        return total / ticks
    except (OSError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, required=True, help="how many events (e.g. 10000, 100000, 1000000)")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--replace", action="store_true", help="empty the record tables first if they hold data")
    args = parser.parse_args()
    if args.events < 100:
        fail("--events must be at least 100")

    started = time.monotonic()
    database_cpu_before = database_cpu_seconds()
    versions = check_schema()
    restore_saved_definitions()
    held = psql("select (select count(*) from source) + (select count(*) from event) + (select count(*) from place)"
                " + (select count(*) from import_job)")
    if held != "0":
        if not args.replace:
            fail(f"the database already holds a record ({held} sources, events, places and jobs): "
                 f"pass --replace to empty it first")
        psql(f"truncate {', '.join(TABLES)}")
    print(f"schema: Flyway versions {versions}; generating {args.events:,} events (seed {args.seed})", flush=True)

    drop_definitions()
    sessions = {table: CopySession(table, columns) for table, columns in TABLES.items()}
    try:
        rng = random.Random(args.seed)
        world = World(args.events, rng)
        writer = Writer(world, args.events, rng, sessions)
        writer.write_world()

        def progress(day, events, sources):
            print(f"  {FIRST_DAY + datetime.timedelta(days=day)}: {events:,} events, {sources:,} sources "
                  f"({time.monotonic() - started:.0f} s)", flush=True)

        writer.write_all(progress)
        for session in sessions.values():
            session.close()
    except BaseException:
        # no session may commit what it got so far: kill them all, then leave an empty, fully keyed schema
        for session in sessions.values():
            session.process.kill()
            session.process.wait()
        print("generation failed: emptying the tables and restoring their keys and indexes", file=sys.stderr)
        psql(f"truncate {', '.join(TABLES)}")
        rebuild()
        raise
    loaded = time.monotonic()
    print(f"rows written in {loaded - started:.0f} s; making keys, indexes and foreign keys again", flush=True)
    rebuild()
    indexed = time.monotonic()
    sequences = psql("select format('select setval(%L, coalesce((select max(%I) from %s), 0) + 1, false);', "
                     "pg_get_serial_sequence(c.table_name, c.column_name), c.column_name, c.table_name) "
                     "from information_schema.columns c where c.table_schema = 'public' "
                     "and c.column_default like 'nextval(%' and c.table_name in ("
                     + ", ".join(f"'{t}'" for t in TABLES) + ")")
    psql(sequences)
    # COPY FREEZE has already set the visibility map (index-only scans need it): statistics are what is missing
    psql("analyze", single_transaction=False)
    finished = time.monotonic()
    counts = psql(" union all ".join(f"select '{t}', count(*) from {t}" for t in TABLES)).splitlines()
    print(f"done in {finished - started:.0f} s (rows {loaded - started:.0f} s, keys and indexes "
          f"{indexed - loaded:.0f} s, sequences and analyze {finished - indexed:.0f} s)")
    print("  ".join(f"{row.split('|')[0]} {int(row.split('|')[1]):,}" for row in counts))
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    database_cpu = database_cpu_seconds()
    database = (f"the database server {database_cpu - database_cpu_before:.0f} s"
                if database_cpu is not None and database_cpu_before is not None
                else "the database server's not known (it runs elsewhere)")
    print(f"CPU: this script {own.ru_utime + own.ru_stime:.0f} s, its psql sessions "
          f"{children.ru_utime + children.ru_stime:.0f} s, {database}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
