#!/usr/bin/env python3
"""Rebuild the derived gazetteer data in gazetteer/data from /work/shared/reference.

Usage: python3 gazetteer/internal/gen/gen.py [/work/shared]

Writes countries.tsv, places.tsv (capitals; hand-kept cities are in
places_manual.tsv), officials.tsv, officials_former.tsv (terms that ended
before 2015), demonyms.tsv, actors.tsv (Phoenix) and words.tsv, and copies the licence files.
orgs.tsv, issues.tsv, roles.tsv and places_manual.tsv are kept by hand, as are
the tables only the extractor reads (orgs_named.tsv and the others data/NOTICE.md names).
"""
import csv, os, re, shutil, sys, collections, datetime, json, unicodedata
import yaml

SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
REF = os.path.join(SHARED, "reference")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")

# Hand additions: forms news text uses that neither source lists.
EXTRA_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GB": ["U.K.", "Britain", "Great Britain", "UK"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "KR": ["ROK", "Republic of Korea", "South Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "North Korea"],
    "RU": ["Russian Federation"],
    "MM": ["Myanmar", "Burma"],
    "CD": ["Democratic Republic of the Congo", "DRC", "DR Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "TR": ["Türkiye", "Turkiye"],
    "VA": ["Holy See", "Vatican"],
    "AE": ["UAE", "United Arab Emirates", "Emirates"],
    "BS": ["Bahamas", "The Bahamas"],
    "GM": ["Gambia", "The Gambia"],
    "DO": ["Dominican Republic"],
    "CF": ["Central African Republic", "CAR"],
    "FM": ["Micronesia", "Federated States of Micronesia", "FSM"],
    "PS": ["Palestinian Territories", "West Bank", "Gaza", "Palestine"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Swaziland"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "BA": ["Bosnia", "BiH"],
    "HK": ["Hong Kong"],
}
# A Factbook abbreviation that is a Roman numeral is no alias: "VI" (the U.S. Virgin
# Islands) is in the corpus only as a regnal or article number ("King Mohammed VI",
# "Felipe VI", "Title VI", "Brussels VI Conference"), never the territory.
ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{1,3}|V)")
EXTRA_ADJ = {
    "US": ["American", "U.S.", "US"],
    "GB": ["British", "UK", "U.K."],
    "CN": ["Chinese", "PRC"],
    "KR": ["South Korean", "ROK", "Korean"],
    "KP": ["North Korean", "DPRK"],
    "TW": ["Taiwanese"],
    "PS": ["Palestinian"],
    "MM": ["Burmese"],
    "NL": ["Dutch"],
    "NZ": ["New Zealand"],
    "AE": ["Emirati"],
    "EU": [],
    "CD": ["Congolese"],
    "PH": ["Filipino", "Philippine"],
    "BA": ["Bosnian"],
    "TR": ["Turkish"],
    "SA": ["Saudi", "Saudi Arabian"],
    "IE": ["Irish"],
}
# Adjectives of nationality among the aliases of the Phoenix country records
# (phoenix/Phoenix.Countries.actors.txt, MIT), which the Factbook gives in
# another form ("Uzbekistani" for Uzbek). Every record's aliases were read;
# misspellings and native forms of the country's name ("Afganistan",
# "Oesterreich"), cities, provinces and nouns for a person ("Dutchman",
# "Icelander") are left out, and so is "Welsh", a surname in the corpus
# ("Teresa Welsh"). "Scottish" is in no source; added by hand beside them.
PHOENIX_ADJ = {
    "AR": ["Argentinian", "Argentinean"], "BY": ["Belarussian"], "BZ": ["Belizian"], "CI": ["Ivorian"],
    "EC": ["Ecuadorean"], "SV": ["Salvadorean"], "KN": ["Kittian"], "KG": ["Kyrgyz", "Kirghiz"],
    "MV": ["Maldivan"], "NP": ["Nepalese"], "XK": ["Kosovar"], "SG": ["Singaporean"], "ST": ["Santomean"],
    "SI": ["Slovene"], "SK": ["Slovakian"], "SO": ["Somalian"], "SZ": ["Swazi"], "TJ": ["Tajik", "Tadzhik"],
    "UZ": ["Uzbek"], "AE": ["Emarati"], "ZW": ["Zimbabwian"], "MM": ["Myanmarese"],
    "GB": ["Northern Irish", "Scottish"],
}
# Adjectives shared by two countries resolve to the better-known one.
ADJ_OWNER = {"Korean": "KR", "Chinese": "CN", "Congolese": "CD", "Dominican": "DO", "French": "FR",
             "American": "US", "Samoan": "WS", "Guinean": "GN", "Sudanese": "SD", "Virgin Islander": "VI"}
# Words of Factbook office titles ("President", "Prime Minister", "Governor-General").
ROLE_WORDS = {"President", "Minister", "Prime", "Chancellor", "Premier", "Governor", "General", "Governor-General",
              "Chief", "Executive", "Head", "Government", "State", "Federal", "Supreme", "Leader", "Chairman",
              "Sultan", "Emir", "Amir", "Captain", "Captains", "Regent", "Regents", "Vice", "First", "Council",
              "Presidential", "Administrator", "Mayor", "Secretary", "Chair", "Chairperson", "Monarch", "Emperor",
              "Crown", "Prince", "Princess", "King", "Queen", "Co-prince", "Co-Prince", "Premier", "Grand", "Duke",
              "Commissioner", "Lieutenant", "Chairwoman", "Transitional", "Interim", "Acting", "Taoiseach",
              "Sovereign", "Pope", "Senior", "Deputy", "Minister-President", "Council", "Chancellor"}
SKIP_ISO = {"", "EU", "XO", "XQ", "AX", "UM", "BQ", "PS"}


def clean_list(s):
    """Split a Factbook cell like "Algerian(s)" or "Lao or Laotian" into forms."""
    out = []
    if not s or s.lower() in ("none", "na"):
        return out
    s = re.sub(r"\(.*?\)", "", s)
    s = re.sub(r";.*", "", s)
    for part in re.split(r",| or |/", s):
        part = part.strip()
        if part and part.lower() not in ("none", "na") and not part.startswith("note"):
            out.append(part)
    return out


STROKES = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                         "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h"})


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.translate(STROKES)


def countries():
    rows = {}
    with open(os.path.join(REF, "countries/cldr41_territories_en.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if len(r["iso2"]) == 2 and r["name_en"] and r["numeric"]:
                rows[r["iso2"]] = {"name": r["name_en"], "aliases": [], "adj": [], "capitals": []}
                for k in ("name_en_short", "name_en_variant"):
                    if r[k]:
                        rows[r["iso2"]]["aliases"].append(r[k])
    with open(os.path.join(REF, "countries/factbook_countries.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso = r["iso2"]
            if iso in SKIP_ISO or iso not in rows:
                continue
            c = rows[iso]
            for k in ("short_name", "long_name"):
                for v in [r[k].split(";")[0].strip()]:
                    if v and v.lower() != "none" and "," not in v and "(" not in v:
                        c["aliases"].append(v)
            c["aliases"] += [a for a in clean_list(r["abbreviation"]) if a.isupper() and len(a) >= 2 and not ROMAN.fullmatch(a)]
            c["adj"] += clean_list(r["nationality_adjective"])
            cap = r["capital"]
            cap = re.sub(r"\(.*?\)", "", cap).split(";")[0]
            for p in cap.split(","):
                p = p.strip()
                if p and "no official" not in p and len(p) < 30:
                    c["capitals"].append(p)
    for iso, al in EXTRA_ALIASES.items():
        if iso in rows:
            rows[iso]["aliases"] += al
    for iso, al in EXTRA_ADJ.items():
        if iso in rows:
            rows[iso]["adj"] += al
    if "TW" in rows:
        rows["TW"]["adj"] = ["Taiwanese", "Taiwan"]
    if "US" in rows:
        rows["US"]["capitals"] = ["Washington", "Washington, D.C."]
    # An adjective belongs to one country only.
    owner = {}
    for iso, c in sorted(rows.items()):
        for a in c["adj"]:
            owner.setdefault(a, iso)
    owner.update(ADJ_OWNER)
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# iso2\tname\taliases (;)\tadjectives (;)\tcapitals (;)\n")
        for iso, c in sorted(rows.items()):
            al = [a for a in dict.fromkeys(c["aliases"]) if a != c["name"] and a.lower() not in ("none",)]
            adj = [a for a in dict.fromkeys(c["adj"]) if owner.get(a) == iso]
            f.write("\t".join([iso, c["name"], ";".join(al), ";".join(adj), ";".join(dict.fromkeys(c["capitals"]))]) + "\n")
    # demonyms.tsv: the added adjectives, kept apart so that the name
    # recogniser's features (and its trained model) stay as they were
    with open(os.path.join(OUT, "demonyms.tsv"), "w", encoding="utf-8") as f:
        f.write("# iso2\tadjective (Phoenix country records, MIT; and Scottish, by hand)\n")
        for iso, al in sorted(PHOENIX_ADJ.items()):
            for a in al:
                if iso in rows and a not in owner:
                    f.write(f"{iso}\t{a}\n")
    return rows


def norm_role(role):
    role = role.strip()
    role = role.replace("Defence", "Defense")
    if role and role[0].islower():
        role = role[0].upper() + role[1:]
    return role


def officials(crows):
    name_to_iso = {}
    for iso, c in crows.items():
        name_to_iso[c["name"]] = iso
        for a in c["aliases"]:
            name_to_iso.setdefault(a, iso)
    out = []  # name, country, role, start, end, aliases
    # Terms that ended before 2015 go to officials_former.tsv: no bare
    # surname in a 2021-23 article stands for them, but a full name
    # ("Treasury Secretary Robert E. Rubin") still tells the state served.
    former = []
    files = {"us-cabinet": "US", "china-ministers": "CN", "japan-ministers": "JP", "russia-cabinet": "RU",
             "taiwan": "TW", "united-kingdom-cabinet": "GB"}
    for stem, iso in files.items():
        for kind in ("holders21", "current"):
            with open(os.path.join(REF, "officials", f"{stem}.{kind}.csv"), encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    end = r.get("end", "") or ""
                    name = r["person"].strip()
                    if not name or re.match(r"^Q\d+$", name):
                        continue
                    row = [name, iso, norm_role(r["position"]), r["start"][:10], end[:10], ""]
                    (former if end and end < "2015" else out).append(row)
    with open(os.path.join(REF, "officials/world-leaders-2022.wikidata.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso = name_to_iso.get(r["country"])
            if not iso:
                continue
            role = re.sub(r"\s+of\s+.*$", "", r["positionLabel"])
            role = " ".join(w if w in ("of", "the") else w[0].upper() + w[1:] for w in role.split())
            end = r["end_year"]
            row = [r["officeholderLabel"], iso, role, r["start_year"], end, ""]
            (former if end and end < "2015" else out).append(row)
    ex = yaml.safe_load(open(os.path.join(REF, "officials/executive.yaml"), encoding="utf-8"))
    for p in ex:
        n = p["name"]
        first = n.get("nickname") or n["first"]
        full = f"{first} {n['last']}"
        aliases = set()
        if n.get("official_full"):
            aliases.add(n["official_full"])
        aliases.add(f"{n['first']} {n['last']}")
        if n.get("middle"):
            aliases.add(f"{n['first']} {n['middle'][0]}. {n['last']}")
        aliases.discard(full)
        for t in p["terms"]:
            role = {"prez": "President", "viceprez": "Vice President"}[t["type"]]
            row = [full, "US", role, t["start"], t["end"], ";".join(sorted(aliases))]
            (former if t["end"] < "2001" else out).append(row)
    leg = yaml.safe_load(open(os.path.join(REF, "officials/legislators-current.yaml"), encoding="utf-8"))
    for p in leg:
        n = p["name"]
        first = n.get("nickname") or n["first"]
        full = f"{first} {n['last']}"
        aliases = {n.get("official_full", "")} - {"", full}
        spans = collections.defaultdict(list)
        for t in p["terms"]:
            if t["end"] >= "2015":
                spans[t["type"]].append((t["start"], t["end"]))
        for typ, sp in spans.items():
            role = {"sen": "Senator", "rep": "Representative"}[typ]
            out.append([full, "US", role, min(s for s, _ in sp), max(e for _, e in sp), ";".join(sorted(aliases))])
        # congressional leadership ("Leader Schumer", "Speaker Pelosi", "Whip Durbin")
        for lr in p.get("leadership_roles", []):
            if (lr.get("end") or "9999") >= "2015":
                out.append([full, "US", lr["title"], lr["start"], lr.get("end") or "", ";".join(sorted(aliases))])
    # Factbook heads of state and government (current at the 2026 snapshot).
    # A Factbook spelling of someone already listed for the country
    # ("Kasym-Zhomart TOKAYEV" for "Kassym-Jomart Tokayev") becomes an alias.
    seen = {fold(r[0]).lower() for r in out}
    by_surname = {}
    for r in out:
        by_surname.setdefault((r[1], fold(r[0].split()[-1]).lower()), r)
    since_dates = {}  # (state, folded surname) -> the Factbook's "since" date of a head in office in 2026
    with open(os.path.join(REF, "countries/factbook_countries.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso = r["iso2"]
            if iso in SKIP_ISO or iso not in crows:
                continue
            for cell in (r["chief_of_state"], r["head_of_government"]):
                for m in re.finditer(r"((?:[A-Z][a-z-]+ ){0,3}[A-Z][A-Za-z-]+) ((?:[A-Z][\w.'-]* ){0,3}?)([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?: (?:Jr\.|Sr\.|II|III))? \(since (\d+ \w+ \d{4})\)", cell):
                    role, given, sur, since = m.group(1).split(), m.group(2).split(), m.group(3), m.group(4)
                    # "President Donald J. TRUMP": the greedy role took a given name
                    while role and role[-1] not in ROLE_WORDS:
                        given.insert(0, role.pop())
                    role = " ".join(role)
                    given = [g for g in given if g not in ("Dame", "Sir", "Dr.", "Lord", "Sheikh", "Shaykh")]
                    if not given or not role or role in ("King", "Queen", "Sir"):
                        continue
                    name = given[0] + " " + sur.title()
                    try:
                        since_dates[(iso, fold(sur.split()[-1]).lower())] = \
                            datetime.datetime.strptime(since, "%d %B %Y").strftime("%Y-%m-%d")
                    except ValueError:
                        pass
                    if fold(name).lower() in seen:
                        continue
                    same = by_surname.get((iso, fold(sur.split()[-1]).lower()))
                    if same and same[0] != name and fold(same[0])[:2].lower() == fold(name)[:2].lower():
                        al = set(filter(None, same[5].split(";"))) | {name}
                        same[5] = ";".join(sorted(al))
                        continue
                    try:
                        start = datetime.datetime.strptime(since, "%d %B %Y").strftime("%Y-%m-%d")
                    except ValueError:
                        continue
                    out.append([name, iso, role, start, "", ""])
    refine_handovers(out, since_dates)
    write_officials("officials.tsv", out)
    write_officials("officials_former.tsv", former)


def refine_handovers(out, since_dates):
    """The world-leaders table gives its terms to the year, so around a
    handover both holders count as in office for the whole year (a 2022
    article's "President Kenyatta" and "President Ruto" alike). Where the
    Factbook gives the successor's "since" date in that year, it is his
    start, and the end of the one term of the office that ends that year
    year-only, when no other holder starts that year (acting holders, or a
    second successor of the year, leave the order unknown)."""
    by_office = collections.defaultdict(list)
    for r in out:
        by_office[(r[1], r[2].lower())].append(r)
    for terms in by_office.values():
        for b in terms:
            d = since_dates.get((b[1], fold(b[0].split()[-1]).lower()))
            if len(b[3]) != 4 or not d or d[:4] != b[3]:
                continue
            starting = [t for t in terms if t[3][:4] == b[3] and t[0] != b[0]]
            ending = [t for t in terms if t[4] == b[3] and t[0] != b[0]]
            b[3] = d
            if not starting and len(ending) == 1:
                ending[0][4] = d


def write_officials(name, out):
    for r in out:
        r[0] = re.sub(r'\s*"[^"]*"\s*', " ", r[0]).strip()
        # "James (Jim) Moylan", "Kin W. Moy": the common name has no nickname
        # in brackets or middle initials; the full form stays an alias
        clean = re.sub(r"\s*\([^)]*\)\s*", " ", r[0])
        if not re.match(r"[A-Z]\. ", clean):  # "H. R. McMaster" is known by his initials
            clean = " ".join(w for i, w in enumerate(clean.split()) if i == 0 or not re.fullmatch(r"[A-Z]\.", w))
        if clean != r[0]:
            al = set(filter(None, r[5].split(";"))) | {r[0]}
            r[0], r[5] = clean, ";".join(sorted(al - {clean}))
    for r in out:
        r[5] = ";".join(a for a in r[5].split(";") if a and a != r[0])
    out = [r for r in out if "\t" not in "".join(r)]
    uniq = list(dict.fromkeys(tuple(r) for r in out))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# name\tcountry\trole\tstart\tend\taliases (;)\n")
        for r in sorted(uniq, key=lambda r: (r[1], r[0], r[3])):
            f.write("\t".join(r) + "\n")


# Phoenix sectors of people who act for their state: government, former
# officials ("elite"), legislature, military, judiciary.
STATE_SECTORS = {"GOV", "ELI", "LEG", "MIL", "JUD"}


# Words of the titles some Phoenix aliases carry ("Israeli President Ruby
# Rivlin"): such an alias is no name.
ALIAS_TITLES = {"President", "Secretary", "Minister", "Former", "Of", "Prime", "Foreign", "Defense", "Chairman",
                "General", "Ambassador", "Leader", "King", "Queen", "Prince", "Senator", "Governor", "Mayor", "Speaker",
                "Chief", "Deputy", "Vice", "Premier", "Chancellor", "Sheikh", "Emir", "Sultan", "Dr.", "Mr.", "Mrs."}


def political_actors():
    """actors.tsv: the people of the Phoenix country dictionary (MIT) whose
    every code is of one state and a state sector ("[POLGOV 051223-100410]",
    "[POLELI]"), with their aliases. Phoenix ends in 2014, so no office or
    date is taken from it: only the state a person acted for."""
    iso3 = {}
    with open(os.path.join(REF, "countries/cldr41_territories_en.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if len(r["iso2"]) == 2 and r["iso3"]:
                iso3[r["iso3"]] = r["iso2"]
    recs, cur = [], None
    for line in open(os.path.join(REF, "phoenix/Phoenix.Countries.actors.txt"), encoding="utf-8", errors="replace"):
        s = line.split("#")[0].rstrip()
        if not s.strip():
            continue
        if s.startswith("+"):
            if cur:
                cur["names"].append(s[1:].strip())
        elif s[0] in "\t ":
            if cur:
                cur["codes"] += re.findall(r"\[([A-Z]+)", s)
        else:
            m = re.match(r"^(\S+)\s*(?:\[([A-Z]+)[^\]]*\])?", s)
            cur = {"names": [m.group(1)], "codes": [m.group(2)] if m.group(2) else []}
            recs.append(cur)
    def name(n):
        n = n.strip("_").replace("_", " ")
        return " ".join(w[:1] + w[1:].lower() for w in n.split())
    out = collections.defaultdict(set)  # name → states
    aliases = {}
    for r in recs:
        codes = r["codes"]
        if not codes or any(len(c) <= 3 for c in codes):
            continue  # a country's own record, or an actor coded by bare sector
        states = {iso3.get(c[:3]) for c in codes}
        if len(states) != 1 or None in states or any(c[3:6] not in STATE_SECTORS for c in codes):
            continue
        names = [name(n) for n in r["names"] if len(name(n).split()) >= 2]
        if not names:
            continue
        for n in names:
            out[n] |= states
        aliases[names[0]] = names[1:]
    with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tcountry\taliases (;): people of the Phoenix country dictionary (MIT) coded for one state\n")
        for n in sorted(aliases):
            al = [a for a in aliases[n] if len(out[a]) == 1 and not set(a.split()) & ALIAS_TITLES]
            if len(out[n]) == 1:
                f.write(f"{n}\t{next(iter(out[n]))}\t{';'.join(al)}\n")


def places(crows):
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tiso2 of the country\n")
        seen = set()
        for iso, c in sorted(crows.items()):
            for cap in c["capitals"]:
                if cap not in seen and cap not in crows:
                    seen.add(cap)
                    f.write(f"{cap}\t{iso}\n")


def words():
    """Lower-case English vocabulary: words the corpus writes in lower case far
    more often than capitalised mid-sentence. Used to tell names from words."""
    lower, upper = collections.Counter(), collections.Counter()
    for fn in ("diplomacy.jsonl", "general.jsonl"):
        for line in open(os.path.join(SHARED, "corpus", fn), encoding="utf-8"):
            text = json.loads(line)["text"]
            for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b", text):
                w = m.group(1)
                if w[0].isupper():
                    upper[w.lower()] += 1
                else:
                    lower[w] += 1
    keep = [w for w, n in lower.items() if n >= 5 and n >= upper[w]]
    with open(os.path.join(OUT, "words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case words (derived from the public-domain corpus, see NOTICE.md)\n")
        for w in sorted(keep):
            f.write(w + "\n")


def licences():
    shutil.copyfile(os.path.join(REF, "countries/cldr.copyright.txt"), os.path.join(OUT, "LICENSE.cldr.txt"))
    shutil.copyfile(os.path.join(REF, "countries/factbook_LICENSE.CC0.md"), os.path.join(OUT, "LICENSE.factbook.CC0.md"))
    shutil.copyfile(os.path.join(REF, "officials/LICENSE.CC0.txt"), os.path.join(OUT, "LICENSE.wikidata-congress.CC0.txt"))
    shutil.copyfile(os.path.join(REF, "phoenix/LICENSE.petrarch2.MIT.txt"), os.path.join(OUT, "LICENSE.phoenix.MIT.txt"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    c = countries()
    officials(c)
    political_actors()
    places(c)
    words()
    licences()
