"""A suggested claim's claimant keeps the kind the suggester gave its name: an organisation or a
place said it, not a person (h76 saw a company stored as a PERSON claimant)."""

from __future__ import annotations

from reader.history import History
from reader.models import CleanResult
from reader.store import Store
from reader.suggest import suggest
from reader.suggestions import accept, accept_all, pending_suggestions

TEXTS = {
    "en": (
        "Harbour works\n\nThe Brindle Cove Fishermen's Cooperative said 40 of its 212 members would leave the "
        "harbour by March. Tomasz Welland, its chairman, said the cooperative had lost 1.2 million pounds."
    ),
    "de": (
        "Hafen\n\nDie Stadtwerke Ellerbach teilten mit, dass 45 Prozent der Haushalte seit Januar weniger "
        "Strom verbrauchen. Laut Jana Oberholz stieg der Preis um 7,5 Cent je Kilowattstunde."
    ),
}


def _store(tmp_path, text: str, lang: str) -> Store:
    store = Store(tmp_path / f"{lang}.db")
    store.add_article(CleanResult(text=text, language=lang), text, None, "text")
    return store


def _labels(text: str, lang: str) -> dict[str, str]:
    return {g.text: g.label for g in suggest(text, lang) if g.label in ("PERSON", "ORG", "PLACE")}


def test_a_suggested_claim_says_what_kind_its_claimant_is():
    for lang, text in TEXTS.items():
        labels = _labels(text, lang)
        claims = [g for g in suggest(text, lang) if g.label == "CLAIM" and g.claimant]
        assert claims, lang
        for g in claims:
            # the claimant's kind is the suggester's label for that name, when it suggests one
            if g.claimant in labels:
                assert g.claimant_label == labels[g.claimant], (lang, g)


def test_accepting_a_claim_stores_its_claimant_with_that_kind(tmp_path):
    for lang, text in TEXTS.items():
        store = _store(tmp_path, text, lang)
        with store:
            claims = [g for g in pending_suggestions(store, 1) if g.label == "CLAIM" and g.claimant_label]
            assert claims, lang
            accept(History(store), 1, claims[0])  # the claim alone, its claimant's name not tagged
            ann = next(a for a in store.annotations(1) if a.label == "CLAIM")
            assert (ann.claimant, ann.claimant_label) == (claims[0].claimant, claims[0].claimant_label)
            entity = next(e for e in store.entities() if e.id == ann.claimant_entity_id)
            assert entity.label == claims[0].claimant_label


def test_accept_all_puts_the_claimant_in_the_tagged_organisation(tmp_path):
    store = _store(tmp_path, TEXTS["en"], "en")
    with store:
        accept_all(store, 1)
        claims = [a for a in store.annotations(1) if a.label == "CLAIM" and a.claimant]
        orgs = {a.text: a.entity_id for a in store.annotations(1) if a.label == "ORG"}
        org_claims = [a for a in claims if a.claimant in orgs]
        assert org_claims
        for a in org_claims:
            assert a.claimant_label == "ORG"
            assert a.claimant_entity_id == orgs[a.claimant]  # one entity, not a PERSON beside the ORG
