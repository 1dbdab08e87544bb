"""Invented page dumps (English, German) on which the cleaner takes the wrong story: the page's own
story (under its headline, no byline) is shorter than a later feature that has a byline, so the
cleaner keeps the feature and the story is its second candidate. Between them, a long list of
teaser links; at the top a consent notice and a menu."""

from __future__ import annotations

EN_STORY = [
    "The council of Kellby voted on Tuesday to keep the small car ferry that links the town with the "
    "island of Stora Holm, after a campaign by residents who said the crossing was their only way to "
    "reach the hospital.",
    '"We are not a postcard, we are people who have to get to work and to the doctor," said Elin Berg, '
    "a nurse who organised the petition, which gathered 2,400 signatures in a town of 6,000.",
    "The council will now ask the regional government to share the cost of new engines, which the "
    "harbour master put at 1.1 million crowns, and hopes to have the ferry back in full service by June.",
]
EN_FEATURE = [
    "The three stone cottages at the foot of the old lighthouse on Stora Holm, empty since the light was "
    "automated in 1987, reopened this winter as a field school for marine biology students from four "
    "universities.",
    "Each term, up to twenty students live in the cottages for six weeks, counting seabirds on the "
    "cliffs, sampling the water of the bay and mapping the kelp forests that grow along the western shore.",
    "The project began when a retired teacher, Sven Ahlgren, bought the cottages at auction for a "
    "symbolic sum, on condition that he would restore them and open them to the public once a month.",
    "Restoring the roofs alone took two summers, and the builders had to bring every sack of lime and "
    "every roof tile across on the ferry, which limited deliveries to what a single van could carry.",
    "The students say the isolation is part of the appeal: there is no shop on the island, the mobile "
    "signal comes and goes with the weather, and the nearest café is a forty-minute crossing away.",
    "Ahlgren now hopes to add a small museum about the lighthouse keepers who lived there for more than "
    "a century, using letters and logbooks that their families have lent him over the past three years.",
    "Local historians have offered to help catalogue the letters, some of which describe winters when "
    "the bay froze solid and the keepers walked across the ice to fetch supplies from the town.",
]
EN = {
    "menu": "Home | News | Sport | Weather | Culture",
    "consent_head": "Cookie settings",
    "consent": [
        "We and our 847 partners store and access information on your device, such as cookies and unique "
        "identifiers, and process personal data such as browsing data and IP addresses to show you "
        "personalised advertising and content and to measure its performance.",
        "You can withdraw or change your consent at any time by clicking the privacy settings link at the "
        "bottom of every page. Your choices apply to this website only and are kept for thirteen months.",
    ],
    "buttons": "Accept all [4]Reject all [5]Manage options",
    "sections": "Local news,Politics,Business,Harbour,Schools,Letters,Obituaries,Events,Weather,Traffic,"
    "Photos,Video,Podcasts,Puzzles,Sailing,Fishing,Island life,Council,Health,Jobs",
    "headline": "Harbour town votes to keep its ferry",
    "story": EN_STORY,
    "share": "Share [7]Tweet",
    "most_read": "Most read",
    "teasers": "Storm warning for the coast,Ten things to do this weekend,School bus route changes,"
    "New bakery opens in the square,Fishing quotas cut again,Museum night draws record crowd,"
    "Road works on the harbour bridge,Choir wins regional prize,Library extends opening hours,"
    "Sailing club elects new chair,Football: Kellby beat Norrvik,Power cut hits island homes,"
    "Farmers' market moves indoors,Council tax to rise by 2 percent,Seal pups spotted near the pier,"
    "Hotel plans rejected again,Cycle path finally finished,Dentist surgery to close,"
    "Tourist numbers up this summer,Old cinema up for sale,Ice rink reopens after repairs,"
    "Police warn of phone scam,Student wins science award,Church bells restored,"
    "Ferry timetable for Easter,Harbour festival line-up announced,Dog show returns in May,"
    "Allotment waiting list grows,Bus fares frozen for a year,Town hall clock stops again",
    "feature_head": "Lighthouse keepers' cottages find new life as a school",
    "byline": "By Jonas Ek, 2 March 2026",
    "feature": EN_FEATURE,
    "footer": "© 2026 Kellby Courier",
}

DE_STORY = [
    "Der Gemeinderat von Kellby hat am Dienstag beschlossen, die kleine Autofähre zur Insel Stora Holm "
    "zu behalten, nachdem Bewohner gesagt hatten, die Überfahrt sei ihr einziger Weg ins Krankenhaus.",
    "„Wir sind keine Postkarte, wir sind Menschen, die zur Arbeit und zum Arzt müssen“, sagte Elin Berg, "
    "eine Krankenpflegerin, die eine Unterschriftensammlung mit 2.400 Namen organisiert hatte.",
    "Der Rat will nun die Landesregierung bitten, sich an den Kosten für neue Motoren zu beteiligen, die "
    "der Hafenmeister auf 1,1 Millionen Kronen schätzt; im Juni soll die Fähre wieder regelmäßig fahren.",
]
DE_FEATURE = [
    "Die drei Steinhäuser am Fuß des alten Leuchtturms auf Stora Holm, leer seit der Automatisierung des "
    "Feuers im Jahr 1987, sind in diesem Winter als Feldschule für Studierende der Meeresbiologie eröffnet worden.",
    "Jedes Semester wohnen bis zu zwanzig Studierende sechs Wochen lang in den Häusern, zählen Seevögel an "
    "den Klippen, nehmen Wasserproben in der Bucht und kartieren die Tangwälder an der Westküste.",
    "Angefangen hat alles, als der pensionierte Lehrer Sven Ahlgren die Häuser für einen symbolischen "
    "Betrag ersteigerte, unter der Bedingung, dass er sie renoviert und einmal im Monat öffnet.",
    "Allein die Dächer zu erneuern dauerte zwei Sommer, denn jeder Sack Kalk und jeder Dachziegel musste "
    "mit der Fähre herübergebracht werden, und ein einziger Lieferwagen fasste nicht viel.",
    "Die Studierenden sagen, gerade die Abgeschiedenheit sei reizvoll: Es gibt keinen Laden auf der Insel, "
    "das Mobilfunknetz kommt und geht mit dem Wetter, und das nächste Café liegt vierzig Minuten entfernt.",
    "Ahlgren möchte nun ein kleines Museum über die Leuchtturmwärter einrichten, die dort mehr als ein "
    "Jahrhundert lang lebten, mit Briefen und Logbüchern, die ihm ihre Familien geliehen haben.",
    "Heimatforscher haben angeboten, die Briefe zu ordnen; einige beschreiben Winter, in denen die Bucht "
    "zufror und die Wärter über das Eis in die Stadt gingen, um Vorräte zu holen.",
]
DE = {
    "menu": "Startseite | Nachrichten | Sport | Wetter | Kultur",
    "consent_head": "Datenschutzeinstellungen",
    "consent": [
        "Wir und unsere 847 Partner speichern und verwenden Informationen auf Ihrem Gerät, etwa Cookies und "
        "eindeutige Kennungen, und verarbeiten personenbezogene Daten wie IP-Adressen, um Ihnen "
        "personalisierte Werbung und Inhalte zu zeigen und deren Leistung zu messen.",
        "Sie können Ihre Einwilligung jederzeit über den Link zu den Datenschutzeinstellungen am Ende jeder "
        "Seite widerrufen oder ändern. Ihre Auswahl gilt nur für diese Website und wird dreizehn Monate gespeichert.",
    ],
    "buttons": "Alle akzeptieren [4]Alle ablehnen [5]Einstellungen",
    "sections": "Lokales,Politik,Wirtschaft,Hafen,Schulen,Leserbriefe,Traueranzeigen,Termine,Wetter,Verkehr,"
    "Fotos,Video,Podcasts,Rätsel,Segeln,Fischerei,Inselleben,Gemeinderat,Gesundheit,Stellenmarkt",
    "headline": "Hafenstadt stimmt für ihre Fähre",
    "story": DE_STORY,
    "share": "Teilen [7]Twittern",
    "most_read": "Meistgelesen",
    "teasers": "Sturmwarnung für die Küste,Zehn Tipps für das Wochenende,Neue Schulbuslinie,"
    "Neue Bäckerei am Marktplatz,Fangquoten erneut gekürzt,Museumsnacht mit Rekordbesuch,"
    "Bauarbeiten an der Hafenbrücke,Chor gewinnt Landespreis,Bibliothek öffnet länger,"
    "Segelclub wählt neuen Vorstand,Fußball: Kellby schlägt Norrvik,Stromausfall auf der Insel,"
    "Bauernmarkt zieht in die Halle,Grundsteuer steigt um zwei Prozent,Robbenbabys am Anleger,"
    "Hotelpläne erneut abgelehnt,Radweg endlich fertig,Zahnarztpraxis schließt,"
    "Mehr Touristen in diesem Sommer,Altes Kino zu verkaufen,Eisbahn wieder offen,"
    "Polizei warnt vor Telefonbetrug,Schülerin gewinnt Forschungspreis,Kirchenglocken restauriert,"
    "Fährplan für Ostern,Programm des Hafenfests steht,Hundeschau kehrt zurück,"
    "Warteliste für Kleingärten wächst,Busfahrpreise eingefroren,Rathausuhr steht wieder still",
    "feature_head": "Leuchtturmwärterhäuser werden zur Schule",
    "byline": "Von Jonas Ek, 2. März 2026",
    "feature": DE_FEATURE,
    "footer": "© 2026 Kellby Kurier",
}
PAGES = {"en": EN, "de": DE}


def lost_page(lang: str) -> str:
    """The page dump, as a text browser saves it (link marks "[n]")."""
    p = PAGES[lang]
    lines = [p["menu"], "[1]Login [2]Abo", "", p["consent_head"], "", *p["consent"], "[3]" + p["buttons"]]
    lines += [f"[{10 + i}]{s}" for i, s in enumerate(p["sections"].split(","))]
    lines += ["", p["headline"], "", *p["story"], "", "[6]" + p["share"], p["most_read"]]
    lines += [f"[{40 + i}]{t}" for i, t in enumerate(p["teasers"].split(","))]
    lines += ["", p["feature_head"], "", p["byline"], "", *p["feature"], "", p["footer"]]
    return "\n".join(lines) + "\n"
