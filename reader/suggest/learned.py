"""A learned second opinion on names: PERSON / ORG / PLACE / nothing for every capitalised mention.

The rules (names.py) vote per name from the cues around it; where no cue is strong enough they leave a
name unlabelled, and a shape alone ("two capitalised words") makes a PERSON. A small multinomial
logistic regression, trained by benchmarks/train_names.py on the hand-tagged unseen articles and chosen
by cross-validation grouped by file, reads each distinct name of an article with features that carry
across articles and languages: word shapes, first and last words, their endings, given-name, place
and organisation-word lists, the words before and after every mention, and what the article says of
the name elsewhere (part of a longer organisation, a person's surname). The rules' label and votes are
no features (the rules were tuned on the training files, so a model reading them learned to trust them:
see train_names.py); they count only in `decide`, where a strong rule label is kept.
It labels a name only when its probability passes the label's threshold (also chosen by CV).

Pure Python at run time: the weights are a JSON file beside this module, read once.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

from .gazetteer import place_weight
from .lexicon import COMPANY_LAST_WORDS, DEMONYMS, KNOWN_ORGS, ORG_LAST_WORDS
from .lexicon_intl import LEGAL_FORMS, RIVERS
from .name_cues import (
    _COMPASS_ADJ,
    _FIRST_NAMES,
    _PLACE_WORDS,
    AGE_AFTER,
    APPOS_AFTER,
    ORG_AFTER,
    ORG_APPOS_AFTER,
    PLACE_AFTER,
    REPORT_AFTER,
    WHICH_AFTER,
    WHO_AFTER,
    _before_cues,
    _is_acronym,
    _is_org_word,
    _is_sentence_start,
    _is_title,
    _sentence_initial,
)
from .name_split import _CAMEL
from .names import Votes, _pl_surname_stem
from .place_shapes import _german_place_case, _german_place_shape, _known_place, _polish_place
from .spans import Disjoint, Overlaps, Span

__all__ = ["CLASSES", "Candidate", "candidates", "features", "relabel", "load_model"]

CLASSES = ("NONE", "PERSON", "ORG", "PLACE")
NAMED = ("PERSON", "ORG", "PLACE")
MODEL_PATH = Path(__file__).with_name("name_model.json")
# an "add" or "join" threshold this high turns the label off (training chooses it where the model's
# label did worse than none: add.PERSON, join.PERSON and join.PLACE in the shipped model)
NEVER = 1.0
_LEGAL = frozenset(f.rstrip(".").lower() for f in LEGAL_FORMS if " " not in f)
_LOWER_WORD = re.compile(r"(?<![\w\-'’])[a-zß-ÿąćęłńóśźż][\w\-'’]*")
_NEXT_WORD = re.compile(r"^\s*([\w'’\-]+|[^\w\s])")
_AFTER_CUES = {
    "ca=age": AGE_AFTER,
    "ca=appos": APPOS_AFTER,
    "ca=org_appos": ORG_APPOS_AFTER,
    "ca=who": WHO_AFTER,
    "ca=which": WHICH_AFTER,
    "ca=report": REPORT_AFTER,
    "ca=org": ORG_AFTER,
    "ca=place": PLACE_AFTER,
}


class Candidate:
    """One distinct name of an article: where it occurs and what the rules said of it."""

    __slots__ = ("name", "occs", "rule", "joint")

    def __init__(self, name: str, joint: str = "") -> None:
        self.name = name
        self.occs: list[tuple[int, int]] = []
        self.rule: str | None = None
        self.joint = joint  # for two names joined into one: the words between them

    @property
    def kind(self) -> str:
        """Which threshold the model's own label must pass: "join" or "add"."""
        return "join" if self.joint else "add"


# words that join two names into one: "Arzobispado de Toledo", "Loterías y Apuestas del Estado",
# "Procuraduría Federal de Protección al Ambiente", "Agència Catalana de l'Aigua", "Friends of the Earth",
# a possessive inside: "the Harbour Commissioner's Office"
_JOIN = re.compile(
    r"[ \u00a0](?:(?:de|del|de la|de las|de los|des|du|al|a la|van|van de|van het|y|i|und|of|of the|for|"
    r"for the|and|et|en)[ \u00a0]|(?:de l|d)['’])|['’]s?[ \u00a0]"
)


def _joined(text: str, out: dict[str, Candidate]) -> dict[str, Candidate]:
    """Runs of two or three names joined by small words ("Servicio Nacional de Pesca y Acuicultura"), not
    of two names the rules both labelled ("Gdańska, Wrocławia i Krakowa" are three places)."""
    occs = sorted((s, e, c.rule or "") for c in out.values() for s, e in c.occs)
    joined: dict[str, Candidate] = {}
    for i, (s, end, rule) in enumerate(occs):
        if not rule and " " not in text[s:end] and _is_sentence_start(text, s):
            continue  # a lone word opening the sentence is mostly a noun: "Fans of Surrey", "Bewoners van"
        ruled = bool(rule)
        for s2, e2, r2 in occs[i + 1 : i + 3]:
            if s2 <= end or (ruled and r2) or not (j := _JOIN.fullmatch(text, end, s2)):
                break
            ruled, end = ruled or bool(r2), e2
            if text[s:e2] not in out:
                joined.setdefault(text[s:e2], Candidate(text[s:e2], j.group(0).strip())).occs.append((s, e2))
    return joined


# French names capitalise their first word only: a capitalised word, one or two adjectives (by their
# endings), and maybe a complement: "Mutuelle agricole du Limousin", "Autocars régionaux bretons". Not
# institutions._FR_ADJ (adjectives after an institution's head word): one list of both endings for both places
# moved three French organisations' spans and lost two on heldout6.
_FR_ADJ = (
    r"[a-zà-ÿ\-]{2,}(?:al|ale|aux|ales|ique|iques|ien|ienne|iens|iennes|aire|aires|el|elle|els|elles|if|ive|"
    r"ifs|ives|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|ole|oles|able|ables|ible|ibles|eur|euse|"
    r"ier|iers|ière|ières|éen|éenne|éens|éennes)(?![\wÀ-ÿ'’])"
)
_FR_CAP = r"[A-ZÀ-Ý][\wÀ-ÿ\-]+"
_FR_LOWER_NAME = re.compile(
    rf"(?<![\wÀ-ÿ\-'’]){_FR_CAP}(?:\s+{_FR_ADJ}){{1,2}}"
    rf"(?:\s+(?:de la|de l['’]|des|du|de|d['’])\s*{_FR_CAP}(?:[ \u00a0]{_FR_CAP})?)?"
)


def _lower_case_names(text: str, out: dict[str, Candidate]) -> dict[str, Candidate]:
    """French names with lower-case words inside, as one candidate of the "join" kind."""
    found: dict[str, Candidate] = {}
    # an organisation the institution rules read with its complement ("Fédération française de la
    # poterie artisanale") is not cut back to its head and adjective
    orgs = [(s, e) for c in out.values() if c.rule == "ORG" for s, e in c.occs]
    for m in _FR_LOWER_NAME.finditer(text):
        name = m.group(0)
        first = name.split(None, 1)[0]
        if name in out or _sentence_initial(first.lower(), "fr") or first.lower() in _FIRST_NAMES:
            continue
        if any(s <= m.start() and m.end() <= e and e - s > m.end() - m.start() for s, e in orgs):
            continue
        found.setdefault(name, Candidate(name, "lower")).occs.append((m.start(), m.end()))
    return found


def candidates(text: str, ents: list[Span], mentions: list[Span], lang: str = "") -> dict[str, Candidate]:
    """The rules' PERSON/ORG/PLACE entities, and the capitalised mentions they left unlabelled that
    overlap no entity of any label, grouped by text."""
    out: dict[str, Candidate] = {}
    covered = Overlaps((s, e) for s, e, _ in ents)
    for s, e, lab in ents:
        if lab in NAMED:
            c = out.setdefault(text[s:e], Candidate(text[s:e]))
            c.occs.append((s, e))
            c.rule = lab
    for s, e, name in mentions:
        # a nationality is no name of its own ("the Jamaican sprinter", "Danish shares")
        if not covered(s, e) and name.strip() and not (lang == "en" and name in DEMONYMS):
            out.setdefault(name, Candidate(name)).occs.append((s, e))
    for c in out.values():
        c.occs = sorted(set(c.occs))
    # two names joined by a small word, which the model may prefer to the two where they overlap
    joined = _joined(text, out)
    out.update(joined)
    if lang == "fr":
        out.update(_lower_case_names(text, out))
    return out


def choose(fixed: list[Span], decided: list[tuple[Candidate, str | None, float]]) -> list[Span]:
    """The labelled names that overlap neither the fixed entities (dates, quantities) nor each other,
    the surest first."""
    taken = Overlaps((s, e) for s, e, _ in fixed)
    spans = sorted((-p, s - e, s, e, lab) for c, lab, p in decided if lab for s, e in c.occs)
    kept = Disjoint()
    return [(s, e, lab) for _, _, s, e, lab in spans if not taken(s, e) and kept.add(s, e)]


def _last_word(s: str) -> tuple[str, str]:
    """The last word (or punctuation mark) of s, lower-cased, and what comes before it (no regex
    search: a search anchored at the end tries every start position)."""
    s = s.rstrip()
    i = len(s)
    while i and (s[i - 1].isalnum() or s[i - 1] in "_'’-"):
        i -= 1
    if i == len(s):
        i -= 1  # a punctuation mark, or nothing
    return s[max(i, 0) :].lower(), s[: max(i, 0)]


def _place_level(w: str) -> int:
    """How sure the word lists are that `w` is a place: 3 for a known place (place_shapes._known_place: in
    the country, city or region lists, or a large place in the gazetteer), else the gazetteer's 1 or 0."""
    return 3 if _known_place(w) else int(place_weight(w))


# Polish given names in other cases: "z Janem", "Annie Nowak", "Piotra", "Markowi"
_PL_NAME_CASES = (
    ("em", ""),
    ("iem", ""),
    ("a", ""),
    ("owi", ""),
    ("u", ""),
    ("ie", "a"),
    ("ą", "a"),
    ("y", "a"),
)


def _polish_given_name(lw: str) -> bool:
    return any(
        lw.endswith(end) and len(lw) > len(end) + 2 and lw[: len(lw) - len(end)] + nom in _FIRST_NAMES
        for end, nom in _PL_NAME_CASES
    )


def _word_feats(f: list[str], prefix: str, w: str, lang: str) -> None:
    lw = w.lower()
    f.append(f"{prefix}={lw}")
    if len(lw) >= 5:
        f.append(f"{prefix}s3={lw[-3:]}")
        f.append(f"{prefix}s4={lw[-4:]}")
        f.append(f"{prefix}p4={lw[:4]}")
    if lw in _FIRST_NAMES or (lang == "pl" and _polish_given_name(lw)):
        f.append(f"{prefix}:given")
    if _is_org_word(lw, lang):
        f.append(f"{prefix}:orgword")
    if _is_title(lw, lang):
        f.append(f"{prefix}:title")
    if lw in _PLACE_WORDS:
        f.append(f"{prefix}:placeword")
    if lw in COMPANY_LAST_WORDS or lw in ORG_LAST_WORDS:
        f.append(f"{prefix}:orglast")
    if lw.rstrip(".") in _LEGAL:
        f.append(f"{prefix}:legal")
    if level := _place_level(w):
        f.append(f"{prefix}:gz{level}")
    if w in DEMONYMS:
        f.append(f"{prefix}:demonym")
    if _is_acronym(w):
        f.append(f"{prefix}:acronym")
    if _CAMEL.match(w):
        f.append(f"{prefix}:camel")
    if "-" in w:
        f.append(f"{prefix}:hyphen")


def features(
    text: str, lang: str, c: Candidate, ctx: dict[str, set[str]], weights: Container[str] | None = None
) -> list[str]:
    """The features of one distinct name (a bag: the same feature from two mentions counts once). With
    a model's `weights`, the fixed cues it gives no weight (too rare in training) are not looked for."""
    name = c.name
    words = name.split()
    caps = [w for w in words if w[:1].isupper()]
    f = ["bias", f"lang={lang}", f"nw={min(len(words), 4)}"]
    if len(caps) < len(words):
        f.append("connector")
    if (weights is None or "digit" in weights) and any(ch.isdigit() for ch in name):
        f.append("digit")
    if name in KNOWN_ORGS:
        f.append("known_org")
    if name in RIVERS:
        f.append("river")
    if level := _place_level(name):
        f.append(f"gz={level}")
    gz = place_weight(name)
    if len(words) == 1 and not gz and lang == "de" and _german_place_case(name):
        f.append("place_in_case")  # "des Rheins", "in den Niederlanden"
    elif len(words) == 1 and not gz and lang == "de":
        # every German noun is capitalised: a town has a town's ending ("in Zwickau", not "in Zukunft")
        f.append("de_place_shape" if _german_place_shape(name) else "de_noun_shape")
    if len(words) == 1 and not gz and lang == "pl" and _polish_place(name):
        f.append("place_in_case")  # "w Warszawie", "do Gdańska"
    if len(words) >= 2 and words[0].lower() in _COMPASS_ADJ and _known_place(" ".join(words[1:])):
        f.append("compass_place")  # "North Yorkshire", "Greater Manchester"
    if words:
        if len(words) == 1:
            _word_feats(f, "only", words[0], lang)
        else:
            _word_feats(f, "first", words[0], lang)
            _word_feats(f, "last", words[-1], lang)
            for w in words[1:-1]:
                if w[:1].isupper():
                    _word_feats(f, "mid", w, lang)
                else:
                    f.append(f"midlow={w.lower()}")
        if _sentence_initial(words[0].lower(), lang):
            f.append("first:stopword")
    # a word also written in lower case in the article is a common word ("Fans", "Shares")
    lower = ctx.get(" lower words", set())
    if words and words[0].lower() in lower:
        f += ["lower_in_text", f"lower_in_text|{lang}", f"lower_in_text|nw={min(len(words), 3)}"]
    if len(words) == 1 and not any(x.startswith("only:") for x in f):
        f += ["unlisted", f"unlisted|{lang}"]  # in no word list: a name of its own
    if c.joint:
        f += ["joint", f"joint={c.joint}"]
    n = len(c.occs)
    f.append(f"occ={min(n, 3)}")
    after_cues = [(k, rx) for k, rx in _AFTER_CUES.items() if weights is None or k in weights]
    for s, e in c.occs:
        before = text[max(0, s - 80) : s]
        nl = before.rfind("\n")
        if nl >= 0:
            before = before[nl + 1 :]
        after = text[e : e + 60]
        start = _is_sentence_start(text, s)
        pos = "at_start" if start else "mid_sentence"
        f += [pos, f"{pos}|{lang}"]
        p1, rest = _last_word(before)
        if p1 and not start:
            f.append(f"p1={p1}")
            if p2 := _last_word(rest)[0]:
                f.append(f"p2={p2} {p1}")
        if nm := _NEXT_WORD.match(after):
            f.append(f"n1={nm.group(1).lower()}")
        for k, on in _before_cues(before, lang).items():
            if on:
                f.append(f"cb={k}")
        for k, rx in after_cues:
            if rx.match(after):
                f.append(k)
        if after[:2] in ("'s", "’s"):
            f.append("possessive")
    # what the article says of the name elsewhere
    for lab in ctx.get(name, ()):
        f.append(f"in_longer={lab}")
    if len(words) == 1 and name in ctx.get(" person words", ()):
        f.append("person_word")
    return f


def _context(cands: dict[str, Candidate]) -> dict[str, set[str]]:
    """Per name: the labels the rules gave to longer names containing it ("Comvita" in "Comvita Ltd");
    and the words of the people the rules named in full."""
    ctx: dict[str, set[str]] = {}
    longer = [(f" {c.name} ", c.rule or "none") for c in cands.values() if " " in c.name]
    # a longer name without a first word that may be a descriptor ("Exporter Comvita", "Fabrikant Urban
    # Arrow") counts as a longer name nobody labelled: the shipped weights were trained when such a
    # name was a candidate of its own (one the model never labelled, so no longer one)
    for c in cands.values():
        first, _, rest = c.name.partition(" ")
        if (
            " " in rest
            and rest[:1].isupper()
            and first[:1].isupper()
            and first.lower() not in _FIRST_NAMES
            and rest not in cands
            and c.rule != "PERSON"
            and not c.joint
        ):
            longer.append((f" {rest} ", "none"))
    for name in cands:
        key = f" {name} "
        labs = {lab for long, lab in longer if key in long and long != key}
        if labs:
            ctx[name] = labs
    ctx[" person words"] = {
        w for c in cands.values() if c.rule == "PERSON" and " " in c.name for w in c.name.split()
    }
    ctx[" person stems"] = {_pl_surname_stem(w) for w in ctx[" person words"]} - {""}
    return ctx


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict | None:
    """The weights and thresholds written by benchmarks/train_names.py, or None without the file."""
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def probabilities(model: dict, feats: list[str]) -> dict[str, float]:
    weights = model["weights"]
    z = [0.0] * len(CLASSES)
    for ft in set(feats):
        w = weights.get(ft)
        if w:
            for i, x in enumerate(w):
                z[i] += x
    top = max(z)
    ex = [math.exp(x - top) for x in z]
    total = sum(ex)
    return {lab: x / total for lab, x in zip(CLASSES, ex, strict=True)}


def rule_strength(c: Candidate, votes: Votes) -> float:
    """How sure the rules were of their label: the name's votes for it (a name that only the
    institution patterns found, such as "Sąd Okręgowy w Krakowie", counts as sure)."""
    if not c.rule:
        return 0.0
    v = votes.get(c.name)
    return v.get(c.rule, 0.0) if v else 99.0


def decide(
    model: dict, probs: dict[str, float], rule: str | None, strength: float = 0.0, kind: str = "add"
) -> tuple[str | None, float]:
    """The rules' label when their votes were strong or the model does not find it unlikely (below its
    "keep" threshold); for a name the rules left unlabelled, or whose label the model rejected, its most
    probable label if it passes its "add" threshold ("join" for two names joined; a threshold of NEVER
    means the model never gives that label). With the label, how sure (where names overlap, the surest
    is kept)."""
    if rule and strength >= model["strong"][rule]:
        return rule, 2.0
    if rule and probs[rule] >= model["keep"][rule]:
        return rule, 1.0 + probs[rule]
    lab = max(NAMED, key=lambda k: probs[k])
    th = model[kind][lab]
    if lab == rule or th >= NEVER or probs[lab] < th or probs[lab] < probs["NONE"]:
        return None, 0.0
    return lab, (3.0 if kind == "join" else 0.0) + probs[lab]


def _article(
    text: str, lang: str, ents: list[Span], mentions: list[Span]
) -> tuple[list[Candidate], dict[str, set[str]]]:
    """The distinct names of an article and what the article says of them (features() reads it)."""
    cands = candidates(text, ents, mentions, lang)
    ctx = _context(cands)
    ctx[" lower words"] = set(_LOWER_WORD.findall(text))
    return list(cands.values()), ctx


def article_features(
    text: str, lang: str, ents: list[Span], mentions: list[Span]
) -> list[tuple[Candidate, list[str]]]:
    """Each distinct name of an article with all its features (for training)."""
    cands, ctx = _article(text, lang, ents, mentions)
    return [(c, features(text, lang, c, ctx)) for c in cands]


def _model_reads(model: dict, c: Candidate, strength: float) -> bool:
    """Whether the model can change what the rules said of a name: not a label whose votes are strong
    or whose "keep" threshold is 0 (the model keeps it whatever it says), nor a kind of unlabelled
    candidate whose thresholds are all NEVER or more. Names it cannot change are not read."""
    if c.rule:
        return strength < model["strong"][c.rule] and model["keep"][c.rule] > 0
    return min(model[c.kind].values()) < NEVER


def _declined_surname(name: str, ctx: dict[str, set[str]]) -> bool:
    """A Polish surname in another case than the person's name in full ("Według Nowakowej" after "Ewa
    Nowakowa", "Zdaniem Kowalskiego" after "Jan Kowalski"), which the rules found from its stem."""
    if " " in name or name in ctx.get(" person words", ()):
        return False
    stem = _pl_surname_stem(name)
    return bool(stem) and stem in ctx.get(" person stems", ())


def relabel(text: str, lang: str, ents: list[Span], mentions: list[Span], votes: Votes) -> list[Span]:
    """The entities with PERSON/ORG/PLACE decided by the model (the rules' own when there is none)."""
    model = load_model()
    if model is None:
        return ents
    fixed = [x for x in ents if x[2] not in NAMED]
    cands, ctx = _article(text, lang, ents, mentions)
    decided: list[tuple[Candidate, str | None, float]] = []
    for c in cands:
        strength = rule_strength(c, votes)
        lab: str | None
        if lang == "pl" and c.rule == "PERSON" and _declined_surname(c.name, ctx):
            lab, sure = c.rule, 2.0  # the model never saw the surname in this case: the rules' word
        elif _model_reads(model, c, strength):
            probs = probabilities(model, features(text, lang, c, ctx, model["weights"]))
            lab, sure = decide(model, probs, c.rule, strength, c.kind)
        else:
            lab, sure = (c.rule, 2.0) if c.rule else (None, 0.0)
        decided.append((c, lab, sure))
    return sorted(fixed + choose(fixed, decided))
