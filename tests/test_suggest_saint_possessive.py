"""English names bodies after a saint with a possessive: the school, hospice or friends' group of "St
Oswin's" is one name with it ("St Oswin's Primary School", "St Hilda's Hospice", "the Friends of St
Wendreda's"), while a saint or a person alone before "'s" keeps the possessive out. Invented names."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def orgs(text: str) -> list[str]:
    return [s.text for s in suggest(text, "en") if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("St Oswin's Primary School will close in July, the council said.", "St Oswin's Primary School"),
        ("Staff at St Hilda's Hospice in Marwick said the unit has 12 beds.", "St Hilda's Hospice"),
        (
            "The Friends of St Wendreda's raised £4,000 for the roof, the group said.",
            "Friends of St Wendreda's",
        ),
        (
            "Pupils of Saint Edmund's Catholic Academy sang at the fair on Saturday.",
            "Saint Edmund's Catholic Academy",
        ),
    ],
)
def test_a_body_named_after_a_saint_keeps_the_possessive(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_possessive_after_a_name_alone_stays_out() -> None:
    text = "Tesco's profits rose 8%, and Marks and Spencer's fell, the Retail Trust said."
    assert not any("'s" in o for o in orgs(text))
    assert "Friends of St Wendreda" not in orgs("The vicar of St Wendreda's said the roof leaks.")
