"""Names suggested as people whose shape says otherwise, and surnames with a particle named again (h100).

- A title alone ("Dr" of "Dr. Klaus Wendler", read apart at its period) is dropped.
- Two names joined by "&" (a firm: "Pelham & Dray"), "Team" and a name (a team), a name ending in "House" (a
  body or a building: "Companies House") are organisations.
- "Fiona Garstang of Garstang Whitlow LLP": the person, then the firm with its legal form.
- A Dutch place adjective and a plural of inhabitants ("Turkse Utrechters") is a group of people, no person.
- A surname with a particle named again alone ("Marieke van den Berg ... zegt Van den Berg", "Gwenaëlle Le Goff
  ... Le Goff vise"): the whole surname, particle and all, as the gold marks it (not "Berg", "Goff").

h100, among the tune sets' PERSON false positives: 5 titles alone, 1 firm, 2 teams, 2 bodies; none a person in
the gold."""

from __future__ import annotations

import re

from .lexicon_intl import LEGAL_FORMS
from .name_cues import _FIRST_NAMES
from .spans import Span

_TITLES_ALONE = frozenset("Dr Dra Prof Mr Mrs Ms Mme Mlle Sr Sra Dhr Mevr Mgr Inż".split())
_OF_FIRM = re.compile(
    r"^(?P<person>\S+(?:[ \u00a0]\S+)+?)[ \u00a0]+of[ \u00a0]+(?P<firm>.+[ \u00a0](?:"
    + "|".join(re.escape(f) for f in LEGAL_FORMS)
    + r"))$"
)
_NL_GROUP = re.compile(r"^[A-Z][a-zë]+(?:se|sche)[ \u00a0][A-Z][a-zë]+(?:ers|naren|enaren)$")
_PARTICLES = frozenset("van den der de ter ten te le la du des von zu di da del della dos das op".split())


def person_shapes(text: str, ents: list[Span], lang: str = "en") -> list[Span]:
    """The entities with those PERSON suggestions dropped, made organisations or widened."""
    out: list[Span] = []
    for s, e, lab in ents:
        if lab == "PERSON":
            name = text[s:e]
            words = name.split()
            if name in _TITLES_ALONE or _NL_GROUP.match(name):
                continue
            if "&" in words or (len(words) >= 2 and (words[0] == "Team" or words[-1] == "House")):
                lab = "ORG"
            elif lang == "pl" and len(words) >= 2 and (kind := _pl_adjective_kind(words[-1])):
                lab = kind
            elif " of " in name and (m := _OF_FIRM.match(name)):
                out.append((s, s + m.end("person"), "PERSON"))
                out.append((s + m.start("firm"), e, "ORG"))
                continue
        out.append((s, e, lab))
    out = _particle_surnames(text, out)
    if lang == "es":
        out = _es_first_surnames(text, out)
    return _german_genitives(text, out) if lang == "de" else out


_CAP_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñàèìòùçüï]+")


def _es_first_surnames(text: str, ents: list[Span]) -> list[Span]:
    """A Spanish person's first surname named again alone ("Rosa María Bennàssar Tous ... Bennàssar respondió"),
    as one PERSON where nothing was found (h107: 6 such mentions missed in the tune sets, all after a name of
    four words; three-word names were found already)."""
    surnames: set[str] = set()
    for s, e, lab in ents:
        words = text[s:e].split()
        if lab == "PERSON" and len(words) >= 3 and all(_CAP_NAME_WORD.fullmatch(w) for w in words[-2:]):
            if (
                len(words[-2]) > 3 and words[-2].lower() not in _FIRST_NAMES
            ):  # "María José Ortuño": a given name
                surnames.add(words[-2])
    if not surnames:
        return ents
    return _add_alone(text, ents, surnames, r"(?![\w\-])(?![ \u00a0][A-ZÁÉÍÓÚÑ])")


def _add_alone(text: str, ents: list[Span], names: set[str], tail: str) -> list[Span]:
    """`ents` with each of `names` found again (at a word start, followed by the pattern `tail`) as a
    PERSON, where no span is yet."""
    spans = sorted(ents)
    for name in names:
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + tail, text):
            a, b = m.span()
            if not any(x[0] < b and a < x[1] for x in spans):
                spans = sorted([*spans, (a, b, "PERSON")])
    return spans


# Polish adjectives in the genitive ending a name ("Służby Więziennej", "Prokuratorii Generalnej", "Rzecznika
# Finansowego"): a body's name (or a village's: "Ochotnicy Górnej"), never a person's, whose surnames in these
# cases end in -skiej, -ckiej, -skiego (h107: 4 such PERSON suggestions in the tune sets, none a person)
_PL_ADJ_GENITIVE = ("nej", "wej", "wego")  # (not "-nego": "Piaseczna Leśnego" is a town a later pass finds)
_PL_SURNAME_GENITIVE = ("skiej", "ckiej", "dzkiej", "skiego", "ckiego", "dzkiego")
_PL_PLACE_ADJ = ("Doln", "Górn")


def _pl_adjective_kind(word: str) -> str | None:
    """ "ORG" or "PLACE" for a Polish name's last word that is an adjective in the genitive, else None."""
    if "-" in word or not word.endswith(_PL_ADJ_GENITIVE) or word.endswith(_PL_SURNAME_GENITIVE):
        return None
    return "PLACE" if word.startswith(_PL_PLACE_ADJ) else "ORG"


def _german_genitives(text: str, ents: list[Span]) -> list[Span]:
    """A known person's surname in the German genitive before a noun ("Brandmeiers Anwalt"), as one PERSON."""
    surnames = {
        text[s:e].split()[-1] for s, e, lab in ents if lab == "PERSON" and len(text[s:e].split()) >= 2
    }
    surnames = {n for n in surnames if len(n) > 3 and not n.endswith(("s", "ß", "x", "z"))}
    if not surnames:
        return ents
    return _add_alone(text, ents, surnames, r"s(?=[ \u00a0][A-ZÄÖÜ])")


def _particle_surnames(text: str, ents: list[Span]) -> list[Span]:
    """A person's surname that begins with a particle, found again alone (capitalised as Dutch writes it when
    no given name comes first), as one PERSON."""
    forms: set[str] = set()
    for s, e, lab in ents:
        if lab != "PERSON":
            continue
        words = text[s:e].split()
        for k in range(1, len(words) - 1):
            if words[k].lower() in _PARTICLES:
                surname = " ".join(words[k:])
                forms.add(surname[:1].upper() + surname[1:])
                break
    if not forms:
        return ents
    spans = sorted(ents)
    for form in forms:
        for m in re.finditer(r"(?<![\w\-])" + re.escape(form) + r"(?![\w\-])", text):
            a, b = m.span()
            inside = [x for x in spans if x[0] < b and a < x[1]]
            # only over a PERSON found inside it ("Berg" of "Van den Berg"), the same words under another label
            # ("Ter Horst" read as a firm), or over nothing
            if (
                all((x[2] == "PERSON" and a <= x[0] and x[1] <= b) or x[:2] == (a, b) for x in inside)
                and (a, b, "PERSON") not in inside
            ):
                spans = sorted([x for x in spans if x not in inside] + [(a, b, "PERSON")])
    return spans
