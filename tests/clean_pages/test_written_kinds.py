"""Page kinds the multilingual tune half barely holds, from the w3m dumps of pages written as training
material (benchmarks/data/written_pages, with their gold passages): the article's passages are kept,
the page's boilerplate dropped. Written before any retraining on those pages; kept here are the kinds
the shipped scorer passes (table inside an article, wiki, shop). The written forum thread, government
and company pages, list-line articles and an English results table failed with the shipped scorer
and with one retrained on the written pages, so they are not tests (benchmarks/README.md,
"New page kinds as training material")."""

import re

import pytest

from ._load import cleaned


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check(name: str, kept: list[str], dropped: list[str]) -> None:
    text = _norm(cleaned(name).text)
    assert [p for p in kept if _norm(p) not in text] == []
    assert [p for p in dropped if _norm(p) in text] == []


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_table_de.txt",
            [
                "zahlt für Diesel seit Wochenbeginn im Schnitt sechs Cent mehr",
                "Freie Tankstelle Maier",
                "Dort kostete ein Liter Diesel am Montagvormittag bis zu 1,89 Euro.",
                "Viele Betriebe füllten gerade ihre Vorräte auf",
                "Der ADAC rät, abends zwischen 18 und 22 Uhr zu tanken.",
            ],
            [
                "Neue Umgehungsstraße: Bagger rollen im April",
                "Jetzt anmelden",
                "Cookie-Einstellungen",
                "Bäckerei Kramer schließt nach 90 Jahren",
                "Lesezeit 3 Minuten",
            ],
        )
    ],
    ids=["table_de"],
)
def test_table_page(name, kept, dropped):
    """A table of prices inside a local news article."""
    _check(name, kept, dropped)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_wiki_fr.txt",
            [
                "Le jardin dispose depuis 2022 d'un lombricomposteur de trois plateaux",
                "environ 500 g de vers Eisenia au départ",
                "Pas d'agrumes, pas d'ail ni d'oignon, et jamais de viande.",
                "Si ça sent mauvais, c'est presque toujours trop humide",
            ],
            [
                "Dernière modification : 2024/04/09 18:31",
                "le contenu de ce wiki est placé sous les termes de la licence",
                "Gestionnaire de médias",
                "Afficher le texte source",
                "Driven by DokuWiki",
            ],
        ),
        (
            "written_wiki_pl.txt",
            [
                "drewniany młyn wodny na rzece Ochni we wsi Wola Zbrożkowa",
                "Młyn powstał na miejscu starszego, spalonego w czasie pożaru wsi w 1905 roku.",
                "ostatni młynarz, Stanisław Grabowski",
                "Od 2016 roku jest własnością gminy",
            ],
            [
                "Tę stronę ostatnio edytowano 11 sty 2023",
                "Treść udostępniana na licencji CC BY-SA 3.0.",
                "Losuj artykuł",
                "Zasady ochrony prywatności",
                "Wersja do druku",
            ],
        ),
    ],
    ids=["wiki_fr", "wiki_pl"],
)
def test_wiki_page(name, kept, dropped):
    """A wiki page: infobox, contents, edit links, references, licence footer."""
    _check(name, kept, dropped)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_shop_es.txt",
            [
                "Elaboramos este aceite con aceitunas picual recogidas en las primeras semanas de noviembre",
                "La molienda se hace el mismo día de la recogida y en frío",
                "En nariz recuerda a hoja de tomate",
                "La lata protege el aceite de la luz.",
            ],
            [
                "Envíos a toda España en 48-72 h",
                "Sé el primero en valorar este producto.",
                "Aceitunas aliñadas 1 kg",
                "Pago seguro: Visa, Mastercard, Bizum, PayPal",
                "Condiciones de venta",
            ],
        ),
        (
            "written_shop_nl.txt",
            [
                "De Lotte is een tweezitsbank van massief teakhout",
                "De licht gebogen rugleuning en de brede armleuningen",
                "Onbehandeld teak krijgt na een zomer buiten een zilvergrijze kleur.",
                "alleen de armleuningen moeten nog met vier bouten worden vastgezet",
            ],
            [
                "Gratis bezorging vanaf €75",
                "Stevig en mooi, bezorgers heel vriendelijk",
                "Zitkussen Lotte antraciet",
                "Klantenservice: 085 000 0000",
                "Betaal veilig met iDEAL",
            ],
        ),
    ],
    ids=["shop_es", "shop_nl"],
)
def test_shop_page(name, kept, dropped):
    """A product page whose description is the text, among price, basket, reviews and cross-selling."""
    _check(name, kept, dropped)
