"""English subheadings that begin with "Over" are part of the story: only Dutch "Over het/de X" heads an
"About X" block (h89's heads of press releases). Invented text."""

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
