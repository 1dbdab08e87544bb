"""Write reader/suggest/given_names.txt: given names of the languages the cleaner reads and of the
countries their news names most, taken from the person providers that ship in the Faker package (MIT),
filtered so that a word that is mostly something else in the news is left out.

    pip install 'faker==40.63.0' && python benchmarks/make_given_names.py

Faker is needed only to write the file, not to run the reader: the suggester reads the text file
(reader/suggest/name_cues.py adds it to its own lists of given names, a weak PERSON cue).

Left out: names of three letters or fewer ("Sol", "Paz", "Mar"), names that the packaged gazetteers
know as a place (reader/suggest/gazetteer.py: "Victoria", "Florence", "Lourdes"), names that Faker
also lists as a surname in any of these countries ("Wolf", "Vega", "Sierra": a surname is often a
place or a plain word too, and a given name first in a name is the cue), and names that
are a function word, a month, a weekday, a title, a sentence-initial word, an organisation, place or
unit word or a currency of the suggester's lexicons ("May", "June", "Will").
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.suggest import lexicon, lexicon_intl  # noqa: E402
from reader.suggest.gazetteer import place_weight  # noqa: E402

OUT = ROOT / "reader" / "suggest" / "given_names.txt"
# Faker person providers: the six languages' countries, then Europe's other languages and the
# countries whose people are most in European news.
LOCALES = (
    "en_GB en_IE en_US en_CA en_AU en_NZ de_DE de_AT de_CH fr_FR fr_CH fr_CA es_ES es_MX es_CO es_AR "
    "es_CL nl_NL nl_BE pl_PL it_IT pt_PT pt_BR cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO bg_BG lt_LT lv_LV "
    "et_EE fi_FI sv_SE da_DK no_NO uk_UA ru_RU el_GR tr_TR ga_IE"
).split()


def _lexicon_words() -> set[str]:
    out: set[str] = set()
    for mod in (lexicon, lexicon_intl):
        for name in dir(mod):
            if not name.isupper() or name.startswith("FIRST_NAMES"):
                continue
            val = getattr(mod, name)
            if isinstance(val, (dict, set, frozenset, tuple, list)):
                out |= {x.lower() for x in val if isinstance(x, str)}
    return out


def main() -> None:
    names: set[str] = set()
    surnames: set[str] = set()
    for loc in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            val = getattr(provider, attr, ())
            if isinstance(val, (dict, tuple, list, set, frozenset)):
                names |= {x for x in val if isinstance(x, str)}
        val = getattr(provider, "last_names", ())
        if isinstance(val, (dict, tuple, list, set, frozenset)):
            surnames |= {x.lower() for x in val if isinstance(x, str)}
    known = _lexicon_words()
    kept = sorted(
        n.lower()
        for n in names
        if len(n) > 3
        and n.isalpha()
        and n[0].isupper()
        and n[1:].islower()
        and n.lower() not in known
        and n.lower() not in surnames
        and place_weight(n) == 0
    )
    OUT.write_text(
        "# Given names from Faker's person providers (MIT), written by benchmarks/make_given_names.py\n"
        + "\n".join(dict.fromkeys(kept))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} names, {len(kept)} kept -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
