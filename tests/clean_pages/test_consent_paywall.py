"""Consent walls, newsletter forms and paywall teasers before, after or inside the article."""

import pytest

from reader.clean.boilerplate import has_boilerplate

from ._load import cleaned, is_low, paragraphs


def test_cookie_wall_before_the_article_is_not_the_article_de():
    r = cleaned("consent_wall_de.txt")
    paras = paragraphs(r)
    assert len(paras) == 5
    assert paras[0].startswith("Die Stadtwerke wollen bis 2028 rund 4.000 Haushalte")
    assert paras[-1].endswith("über die nötigen Verträge abstimmen.")
    for junk in ("Cookies", "Einwilligung", "akzeptieren", "Datenschutzerklärung", "Mehr zum Thema"):
        assert junk not in r.text
    assert r.title == "Stadtwerke bauen neues Wärmenetz für drei Stadtteile"


def test_long_cookie_notice_after_a_short_article_is_dropped_fr():
    r = cleaned("consent_after_short_article_fr.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Le bac qui relie Mindin à Saint-Nazaire")
    assert paras[-1].endswith("selon les associations de riverains.")
    assert len(paras) == 3
    for junk in ("cookies", "partenaires", "consentement"):
        assert junk not in r.text
    # the body sits right next to consent text: the journalist is told
    assert is_low(r)
    assert "consent" in r.reason


def test_newsletter_form_with_a_data_consent_clause_is_dropped_pl():
    r = cleaned("newsletter_form_pl.txt")
    paras = paragraphs(r)
    assert len(paras) == 4
    assert paras[0].startswith("Budowa nowego terminalu kontenerowego")
    assert (
        paras[-1]
        == "Prace przy torach dojazdowych mają rozpocząć się jesienią, a ich zakończenie planowane jest na koniec 2027 roku."
    )
    for junk in ("newslettera", "danych osobowych", "[ ]", "[____"):
        assert junk not in r.text


def test_paywall_teaser_inside_the_article_is_dropped_and_flagged_es():
    r = cleaned("paywall_inside_es.txt")
    paras = paragraphs(r)
    assert len(paras) == 3
    assert paras[0].startswith("El puerto de Almería registró en 2023")
    assert paras[-1].endswith("en el muelle de Poniente.")
    for junk in ("Suscríbete", "suscriptor", "Noticias relacionadas"):
        assert junk not in r.text
    # the rest of the story is behind the paywall: the text is likely cut short
    assert is_low(r)
    assert "paywall" in r.reason


def test_affiliate_link_notice_above_the_lead_is_dropped_de():
    # a disclosure that the page's links earn a commission is the site's notice, not the article
    r = cleaned("affiliate_notice_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Wer auch bei Schneematsch und Streusalz zur Arbeit radelt")
    assert paras[-1].endswith("bevor sie Ritzel und Kettenblätter mit abnutzt.")
    assert len(paras) == 4
    for junk in ("Affiliate", "Partnerlinks", "Provision", "Newsletter", "Winterhandschuhe"):
        assert junk not in r.text


def test_affiliate_link_notice_above_the_lead_is_dropped_fr():
    r = cleaned("affiliate_notice_fr.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Un balcon exposé au nord ne reçoit guère plus")
    assert paras[-1].endswith("avec deux ou trois semaines de retard sur un balcon au sud.")
    assert len(paras) == 4
    for junk in ("affiliation", "commission", "Partager", "aromatiques"):
        assert junk not in r.text


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("This post may contain affiliate links.", True),
        ("If you buy through our links, we may earn a small commission.", True),
        ("Dieser Beitrag enthält Werbelinks.", True),
        ("*Partnerlinks: Kaufst du darüber ein, erhalten wir eine Provision.", True),
        ("Ce guide contient des liens affiliés.", True),
        ("Dit artikel bevat affiliatelinks.", True),
        ("Ten wpis zawiera linki partnerskie.", True),
        ("Questo articolo contiene link di affiliazione.", True),
        ("Este post contiene enlaces patrocinados.", True),
        # an article that speaks of the trade, or of partners and commissions, is no notice
        ("Bloggers earn money through affiliate marketing, the study found.", False),
        ("The council and its partner agencies met on Tuesday.", False),
        ("La banca ha ricevuto una commissione dal partner.", False),
        ("Die Partnerstadt erhielt im Mai eine Delegation aus Polen.", False),
    ],
)
def test_affiliate_link_notice_is_boilerplate(line, notice):
    assert has_boilerplate(line) is notice
