"""A long block of prose above the body is kept with it even when it weighs little against the body (a
wiki's lead section above a much longer section the cleaner chose; reader.clean.dump_compete,
KEEP_LONG_WORDS): above only, prose only, long only."""

from reader.clean import dump_compete
from reader.clean.dump_lines import Unit

SENTENCE_PL = "Zamek wzniesiono w połowie czternastego wieku na wzgórzu nad doliną rzeki, jak podają kroniki."
SENTENCE_DE = (
    "Die Mühle wurde im Jahr 1862 gebaut und ist bis heute an den Wochenenden regelmäßig in Betrieb."
)
LINKS = "Strona główna Losuj artykuł Kategorie Ostatnie zmiany Pomoc Wspieraj nas Zaloguj się Utwórz konto"


def _units(texts_scores: list[tuple[str, float]]) -> tuple[list[Unit], list[float]]:
    units = [Unit(text=t, words=len(t.split())) for t, _ in texts_scores]
    return units, [s for _, s in texts_scores]


def _page(block: list[str], block_score: float, body_lines: int = 60) -> tuple[list[Unit], list[float], int]:
    """`block` above a menu line above a body of `body_lines` heavy sentences; (units, scores, body start)."""
    rows = [(t, block_score) for t in block] + [("Spis treści", -6.0)]
    rows += [(SENTENCE_DE, 4.0)] * body_lines
    units, scores = _units(rows)
    return units, scores, len(block) + 1


def test_a_long_block_of_prose_above_a_heavy_body_is_kept():
    block = [SENTENCE_PL] * 16  # 240 words, a tenth of the body's weight
    units, scores, start = _page(block, 1.5)
    assert dump_compete.runner_up_above(units, scores, start, len(units)) is not None
    assert sum(scores[: start - 1]) / sum(scores[start:]) < dump_compete.KEEP_RATIO


def test_a_short_light_block_above_is_not_kept():
    units, scores, start = _page([SENTENCE_PL] * 4, 1.5)  # 60 words
    assert dump_compete.runner_up_above(units, scores, start, len(units)) is None


def test_a_long_light_block_below_the_body_is_not_kept():
    rows = [(SENTENCE_DE, 4.0)] * 60 + [("Komentarze", -6.0)] + [(SENTENCE_PL, 1.5)] * 16
    units, scores = _units(rows)
    assert dump_compete.runner_up_above(units, scores, 0, 60) is None


def test_a_long_link_list_above_is_not_kept():
    units, scores, start = _page([LINKS] * 16, 1.5)
    assert dump_compete.runner_up_above(units, scores, start, len(units)) is None


def test_off_the_long_block_rule_keeps_only_close_blocks(monkeypatch):
    monkeypatch.setattr(dump_compete, "KEEP_LONG_WORDS", None)
    units, scores, start = _page([SENTENCE_PL] * 16, 1.5)
    assert dump_compete.runner_up_above(units, scores, start, len(units)) is None
