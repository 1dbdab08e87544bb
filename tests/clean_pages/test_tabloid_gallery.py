"""Tabloid layouts (pictures, captions, READ MORE links, teasers between paragraphs) and galleries."""

from ._load import cleaned, paragraphs

STORY = [
    "A grandmother who won £2million on the lottery has handed half of her prize",
    'Margaret Hollis, 67, said she had "more than enough"',
    "The retired dinner lady from Little Warden, Suffolk",
    '"I sat at the kitchen table and shook for an hour," she said.',
    "The parish council said the money would pay for the playground",
    "Council chairman Peter Lowe said the village had never seen anything like it.",
    "Mrs Hollis said she would keep her own spending modest",
    "Camelot said the number of winners who share their prize",
]


def test_tabloid_story_keeps_every_paragraph_and_drops_what_interleaves():
    r = cleaned("tabloid_en.txt")
    paras = paragraphs(r)
    for n, start in enumerate(STORY):
        assert paras[n].startswith(start), (n, paras[n])
    assert len(paras) == len(STORY)
    for junk in (
        "READ MORE",
        "Most Read",
        "Teacher, 34",
        "CLICK HERE",
        "Don't miss",
        "(Image:",
        "newsletters",
    ):
        assert junk not in r.text


def test_gallery_keeps_the_intro_and_every_caption_but_not_counters_or_credits_es():
    r = cleaned("gallery_es.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Miles de personas participaron la noche del domingo")
    assert len(paras) == 6
    assert paras[-1].startswith("La fiesta terminó con un espectáculo de fuegos artificiales")
    for junk in ("1 / 5", "Foto: EFE", "Foto: Ana Ruiz", "Más galerías", "mercado medieval"):
        assert junk not in r.text


def test_one_line_teasers_between_paragraphs_are_dropped_es():
    # "Te puede interesar: <another story's headline>" on a line of its own inside the article
    r = cleaned("inline_teasers_es.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("El pleno municipal aprobó este martes")
    assert paras[-1] == "Las obras costarán 2,3 millones de euros y se pagarán en parte con fondos europeos."
    assert len(paras) == 5
    for junk in ("Te puede interesar", "puente sobre el río", "Lo más leído", "robar cobre"):
        assert junk not in r.text


def test_one_line_teasers_between_paragraphs_are_dropped_de():
    r = cleaned("inline_teasers_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Das Freibad am Stadtwald öffnet in diesem Jahr")
    assert paras[-1].startswith("Der Förderverein plant zur Eröffnung")
    assert len(paras) == 4
    for junk in ("interessieren", "Hallenbad", "Meistgelesen", "Landstraße"):
        assert junk not in r.text
