"""Page kinds the multilingual tune half barely holds, from the w3m dumps of pages written as training
material (benchmarks/data/written_pages, with their gold passages): the article's passages are kept,
the page's boilerplate dropped. The table inside an article, wiki and shop pages passed with the shipped
scorer; the written forum threads, government and company pages, list-line articles and an English
results table failed with it and with one retrained on the written pages (benchmarks/README.md, "New
page kinds as training material"): their cut is in the rules past the region, the column split or the
region threshold. Those are tests too, with a page of each kind written in another language beside them
(before the rules were changed), marked while no rule reads them right (benchmarks/README.md, "Rules
past the region for the written page kinds")."""

import re

import pytest

from ._load import cleaned


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# a page kind the rules past the region do not yet read right (strict: a pass is reported)
_NOT_YET = pytest.mark.xfail(strict=True, reason="not read right yet (benchmarks/README.md)")


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


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_list_pl.txt",
            [
                "Z tej porcji wychodzi około 60 sztuk.",
                "500 g mąki pszennej",
                "400 g twarogu półtłustego",
                "Cebulę pokroić w kostkę i zeszklić na maśle.",
                "Gotować partiami, 2 minuty od wypłynięcia.",
                "Podawać z resztą cebuli i kwaśną śmietaną.",
            ],
            [
                "przepisy z domowego zeszytu",
                "Babcia robiła identycznie, dziękuję!",
                "Kopiowanie bez zgody zabronione.",
                "Blog na platformie Blogger.",
                "Szukaj przepisu",
            ],
        ),
        (
            "written_list_es.txt",
            [
                "la mochila no pese más del diez por ciento de tu peso",
                "tres pares de calcetines sin costuras",
                "tiritas para ampollas",
                "credencial del peregrino",
                "tapones para los oídos",
                "el saco de dormir de invierno y la segunda toalla",
            ],
            [
                "Este artículo contiene enlaces de afiliado.",
                "Descarga gratis nuestra guía en PDF",
                "Las mejores botas de trekking de 2025",
                "Hecho con cariño en Logroño",
                "Aviso de afiliación",
            ],
        ),
    ],
    ids=["list_pl", "list_es"],
)
def test_list_page(name, kept, dropped):
    """Short list lines that are the story (ingredients, steps, a packing list) are kept."""
    _check(name, kept, dropped)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_table_en.txt",
            [
                "brought home both senior relay titles for the first time since the club was founded",
                "Okafor, Reid, Lamb, Duarte",
                "3:58.77",
                "Dominic Wray's bronze in the 1500m was a personal best",
                "the parents who drove the under-17 squad to the venue",
            ],
            [
                "Kit kindly supplied by",
                "Spring road relays: a report from the start line",
                "Great write-up, proud of the lads!",
                "Registered charity no. 1098422",
                "Parkrun records",
            ],
        ),
        (
            "written_org_de.txt",
            [
                "steigen die Wasserstände an der Mulde und ihren Nebenflüssen erneut an",
                "damit wäre die Alarmstufe 1 überschritten",
                "Eine Gefahr für bewohnte Gebiete besteht nach derzeitigem Stand nicht.",
                "Wir beobachten die Lage rund um die Uhr",
                "Aktuelle Wasserstände und Warnungen sind im Landeshochwasserportal",
            ],
            [
                "Leichte Sprache",
                "Erklärung zur Barrierefreiheit",
                "Ein Angebot des Landesamtes im Geschäftsbereich",
                "Archiv 2024",
                "Zurück zur Übersicht",
            ],
        ),
    ],
    ids=["table_en", "org_de"],
)
def test_lead_beside_menu(name, kept, dropped):
    """The lead paragraph drawn beside a menu column is kept, apart from the menu."""
    _check(name, kept, dropped)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "written_org_fr.txt",
            [
                "Les propriétaires occupants et les propriétaires bailleurs d'un logement de plus de quinze ans",
                "le remplacement des fenêtres simple vitrage",
                "Prenez d'abord rendez-vous avec un conseiller de l'Espace France Rénov'",
                "une demande faite après le début des travaux sera refusée",
            ],
            [
                "Aller à la recherche",
                "Mon compte citoyen",
                "Cette page vous a-t-elle été utile ?",
                "Accessibilité : partiellement conforme",
                "Gestion des cookies",
            ],
        ),
    ],
    ids=["org_fr"],
)
def test_org_last_section(name, kept, dropped):
    """A service page's last section (how to apply) is kept."""
    _check(name, kept, dropped)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        pytest.param(
            "written_forum_it.txt",
            [
                "farò la mia prima uscita in kayak sul lago d'Iseo con un'amica",
                "Sul lago il pericolo principale è il vento del pomeriggio",
                "Uscite la mattina presto e restate vicine alla riva.",
                "Siamo partite alle otto e rientrate prima di mezzogiorno",
            ],
            [
                "Kayak, canoa e sup in Italia",
                "Vogare è come pregare, ma più faticoso.",
                "Visitano il forum: Nessuno e 2 ospiti",
                "Traduzione Italiana phpBB-Store.it",
                "Iscritto il: 1 mag 2025",
            ],
            # the signature, drawn on the line under the post's last full line, is joined to it
            marks=_NOT_YET,
        ),
        (
            "written_forum_en.txt",
            [
                "I started my first starter ten days ago with wholemeal rye",
                "Now it smells strongly of nail varnish remover",
                "That smell is the yeast running out of food",
                "Rye ferments very fast, especially in a warm kitchen.",
                "it doubled in six hours today",
            ],
            [
                "Bread, cakes and everything in between",
                "Users browsing this forum: No registered users and 3 guests",
                "Powered by phpBB",
                "Return to “Sourdough”",
                "Search this topic…",
            ],
        ),
    ],
    ids=["forum_it", "forum_en"],
)
def test_forum_replies(name, kept, dropped):
    """A forum thread: the first post and the replies are the text; user boxes, signatures and board chrome are not."""
    _check(name, kept, dropped)


def test_question_heading_is_no_comments_header():
    """A section heading that asks a question and starts with a comments word ("Comments or
    questions?", French "Comment faire ?") heads the article's last section, not a comment thread."""
    _check(
        "question_heading_en.txt",
        [
            "The council collects garden waste every other week",
            "Comments or questions?",
            "report it within two working days and a crew will return before the end of the week.",
        ],
        ["Was this page helpful?", "Sign in to My Account", "Privacy notice"],
    )


def test_lead_beside_menu_with_a_full_menu_line():
    """The lead drawn beside a menu column one of whose lines fills its cell (one blank between the
    columns there): the lead is read whole, its wrapped lines as one paragraph, apart from the menu."""
    _check(
        "lead_beside_menu_pl.txt",
        [
            "Od poniedziałku 17 marca urząd przyjmuje wnioski pracodawców o dofinansowanie szkoleń dla"
            " pracowników z Krajowego Funduszu Szkoleniowego.",
            "Pierwszeństwo mają firmy, które szkolą osoby po pięćdziesiątym roku życia albo pracowników",
            "Nabór potrwa do wyczerpania środków, dlatego warto się pospieszyć.",
        ],
        ["Archiwum 2024", "Projekt", "Funduszu Społecznego", "Deklaracja dostępności", "Powrót do listy"],
    )


def test_list_lines_between_paragraphs():
    """Short list lines under their headings between the lead and the closing paragraph are the
    story (a packing list), not a menu."""
    _check(
        "list_lines_it.txt",
        [
            "basta uno zaino da venti litri",
            "calze di lana leggera",
            "due litri d'acqua",
            "fischietto",
            "non abbiate paura di tornare indietro",
        ],
        [
            "Scarica la nostra checklist stampabile",
            "Iscriviti alla newsletter",
            "I cinque rifugi più panoramici delle Dolomiti",
            "P.IVA",
            "Attrezzatura",
        ],
    )
