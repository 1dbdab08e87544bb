"""Subheadings inside a story do not end it: an English one that begins with "Over" is no Dutch "Over het X"
(h89's "About X" heads of press releases), and a bare "Reactions" is no comment thread's header (that has its
count). Invented text."""

from reader.clean import clean_dump

PARA = (
    "The council approved the new tram line on Tuesday after a long debate that lasted well into the evening, "
    "with several members raising questions about the cost and the timetable of the works."
)


def test_over_subheadings_keep_the_story_after_them():
    text = "\n\n".join(
        [
            "Home | News | Sport | Weather",
            "Tram line approved after long debate",
            "By Jane Dorrow",
            PARA,
            PARA.replace("Tuesday", "Monday"),
            "Over the Years",
            "The project was first proposed in 2009 and has since been redesigned three times, each time with "
            "a longer route and a higher price tag for the city's taxpayers to carry.",
            "Residents along the route said they welcomed the decision but feared the disruption the "
            "construction would bring to the shops on the high street for at least two years.",
            "Over Budget and Late",
            "Engineers warned that the tunnel section under the river could add months to the schedule if the "
            "ground proved softer than the surveys had suggested last spring.",
            "The mayor said the city would publish the full contract next month so that residents can see "
            "exactly what they are paying for and when.",
            "Copyright 2026 The Daily | Privacy | Contact",
        ]
    )
    body = clean_dump(text).text
    for kept in ("first proposed in 2009", "Engineers warned", "The mayor said the city"):
        assert kept in body
    assert "Copyright" not in body


def test_a_bare_reactions_subheading_keeps_the_story_after_it():
    """A thread's header is the word with its count ("Réactions (6)"); the bare word is a subheading."""
    para = (
        "The government announced on Monday that the retirement age would rise by two years over the next "
        "decade, a change that unions immediately said they would fight in the streets and in the courts."
    )
    text = "\n\n".join(
        [
            "Home | News | Politics",
            "Retirement age to rise by two years",
            "By Sam Okafor",
            para,
            para.replace("Monday", "Sunday"),
            para.replace("decade", "ten years"),
            "Reactions",
            "The largest union called the plan an insult to workers who had already given up two pay rises "
            "since the crisis began.",
            "Employers welcomed the decision but asked the government to phase the change in more slowly for "
            "manual workers.",
            "Copyright 2026 | Privacy",
        ]
    )
    body = clean_dump(text).text
    assert "The largest union" in body and "Employers welcomed" in body
