"""The entity index: one line per entity (canonical name, other names, mention count; Store.entity_index),
and every mention of the one picked, in context (Store.entity_mentions by entity id). Enter on a
mention opens its article with the mention selected. Both reads run in worker threads.

Merging and splitting happen here, through the undo history (one step each, u undoes):
space marks entities, m merges the marked ones into the highlighted one ("Kurose" into
"Ayumi Kurose"), s splits the highlighted one's other names off again."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.entities import EntityGroup, Mention
from reader.errors import NotFound, ReaderError
from reader.history import History, said
from reader.tui.base import ListScreen
from reader.tui.footer import Footer
from reader.tui.held_list import EndOptionList, HeldOptionList
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar

MAX_GROUPS = 2000  # an OptionList of a few thousand rows still draws fast; filter by label for more


def group_prompt(group: EntityGroup, colour: str, marked: bool = False) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append("✓ " if marked else "  ", "bold green")
    out.append("■ ", style=colour)
    out.append(f"{clean(group.label):<9}", "bold")
    out.append(shorten(group.text, 40))
    # the other names before the counts: a line too long for its pane is cut at the right, and the
    # names are what a merge is decided on
    others = [a for a in group.aliases if a != group.text]
    if others:
        out.append("  also: " + ", ".join(shorten(a, 30) for a in others), "dim")
    counts = []
    if group.mentions or not group.claims:
        counts.append(f"{group.mentions} mention{'s' if group.mentions != 1 else ''}")
        counts.append(f"{group.articles} article{'s' if group.articles != 1 else ''}")
    if group.claims:
        counts.append(claimant_of(group.claims))
    out.append("  " + " · ".join(counts), "italic")
    return out


def claimant_of(claims: int) -> str:
    return f"claimant of {claims} claim{'s' if claims != 1 else ''}"


def mention_prompt(m: Mention, colour: str) -> Text:
    out = Text()
    out.append(shorten(m.article_title or "(untitled)", 70), "bold")
    out.append("\n")
    sentence = clean(m.sentence)
    a = max(0, m.start - m.sentence_start)
    b = max(a, min(len(sentence), m.end - m.sentence_start))
    out.append(sentence[:a])
    out.append(sentence[a:b], style=f"bold #1a1a1a on {colour}")
    out.append(sentence[b:])
    return out


class EntityIndexScreen(ListScreen):
    HELP_NAME = "Entity index"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="entities.back"),
        Binding("l", "filter_label", "Filter label", id="entities.filter_label"),
        Binding("tab", "switch_pane", "Entities/mentions", id="entities.switch"),
        Binding("space", "mark", "Mark", id="entities.mark"),
        Binding("m", "merge", "Merge marked here", id="entities.merge"),
        Binding("s", "split", "Split names off", id="entities.split"),
        Binding("u,ctrl+z", "undo", "Undo", id="entities.undo"),
        Binding("U,ctrl+y", "redo", "Redo", show=False, id="entities.redo"),
        Binding("C", "app.claims", "Claims", id="entities.claims"),
    ]
    EXTRA_KEYS = [
        ("enter", "On an entity: list its mentions; on a mention: open the article there"),
        ("up, down", "Move in the list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.label_filter: str | None = None
        self.groups: list[EntityGroup] = []
        self.mentions: list[Mention] = []
        self.total = 0
        self.current: EntityGroup | None = None
        self.marked: set[int] = set()  # entity ids to merge into the highlighted one (m)
        self._heard_change = False  # a colleague's change heard, its reload not shown yet
        # Marked entities a colleague's change took out of the list (id: name): m names them
        self.marks_gone: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="entities-title", markup=False)
        with Horizontal(id="entities-body"):
            with Vertical(id="groups-pane"):
                yield HeldOptionList(id="groups")
            with Vertical(id="mentions-pane"):
                yield Static(
                    Text("Mentions: pick an entity (enter)", "italic"), id="mentions-title", markup=False
                )
                yield EndOptionList(id="mentions")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.colours = {label.name: label.colour for label in self.store.labels()}
        self.query_one("#groups", OptionList).focus()

    def on_store_changed(self) -> None:
        self._heard_change = True  # a colleague's change: the reload may take the highlighted row away
        super().on_store_changed()

    def reload(self) -> None:
        self._header("loading…")
        self.load_groups(self.label_filter)
        if self.current is not None:
            self.load_mentions(self.current)

    @work(thread=True, exclusive=True, group="entity-index")
    def load_groups(self, label: str | None) -> None:
        worker = get_current_worker()
        try:
            groups = self.store.entity_index(label)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_groups, groups)

    def _show_groups(self, groups: list[EntityGroup]) -> None:
        lst = self.query_one("#groups", OptionList)
        keep = lst.highlighted
        # The highlight follows its entity, not its row: a merge or a colleague's tags reorder the
        # list (most mentioned first), and m acts on the highlighted entity.
        gone = self.groups[keep] if keep is not None and 0 <= keep < len(self.groups) else None
        was = gone.entity_id if gone is not None else None
        ids = {g.entity_id for g in groups}
        if self._heard_change:  # m then says which marked entity went, as the store does when it goes first
            self.marks_gone.update(
                (g.entity_id, g.text) for g in self.groups if g.entity_id in self.marked - ids
            )
        self.total = len(groups)
        self.groups = groups[:MAX_GROUPS]
        self.marked &= ids  # merged away, split, or undone
        if self.current is not None and self.current.entity_id not in ids:
            self._clear_mentions()
        lst.clear_options()
        if not self.groups:
            lst.add_option(
                Option(
                    Text(
                        "No entities annotated yet"
                        + (f" with {self.label_filter}" if self.label_filter else ""),
                        "italic",
                    ),
                    disabled=True,
                )
            )
        else:
            lst.add_options(Option(self._prompt(g)) for g in self.groups)
            same = [i for i, g in enumerate(self.groups) if was is not None and g.entity_id == was]
            lst.highlighted = same[0] if same else min(keep or 0, len(self.groups) - 1)
        heard, self._heard_change = self._heard_change, False
        if heard and gone is not None and gone.entity_id not in ids:
            # merged away or deleted elsewhere: a key already on its way still means it, not the
            # entity that took its place
            self.query_one("#groups", HeldOptionList).taken_away((None, gone))
        self._header()
        self.query_one("#groups", HeldOptionList).filled_now()  # the moves typed while it was read

    def _merge_hint(self) -> str:
        """ "2 marked (Kurose, Ayumi K.): m merges them into “Ayumi Kurose”": what m would do now,
        named, as the highlight moves on after each mark."""
        n = len(self.marked)
        named = [shorten(g.text, 24) for g in self.groups if g.entity_id in self.marked]
        shown = ", ".join(named[:3]) + (" …" if len(named) > 3 else "")
        lst = self.query_one("#groups", OptionList)
        at = lst.highlighted
        target = self.groups[at] if at is not None and 0 <= at < len(self.groups) else None
        into = f"“{shorten(target.text, 30)}”" if target is not None else "the highlighted one"
        them = "it" if n == 1 else "them"
        other = self._other_labels(target)
        if target is not None and other:
            # the store refuses it (an entity has one label): say so before m is pressed
            return (
                f"{n} marked" + (f" ({shown})" if shown else "") + f": {self.key('entities.merge')} cannot "
                f"merge {them} into {clean(target.label)} {into} (another label): highlight a {other[0]}"
            )
        return (
            f"{n} marked"
            + (f" ({shown})" if shown else "")
            + f": {self.key('entities.merge')} merges {them} into {into}"
        )

    def _other_labels(self, target: EntityGroup | None) -> list[str]:
        """The labels of the marked entities that are not the target's (merge refuses them)."""
        if target is None:
            return []
        labels = {
            g.label for g in self.groups if g.entity_id in self.marked and g.entity_id != target.entity_id
        }
        return sorted(clean(label) for label in labels if label != target.label)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "groups" and self.marked:
            self._header()  # the merge target named in the title follows the highlight

    def _header(self, note: str = "") -> None:
        title = Text("Entity index", "bold")
        parts = [f"{self.total} entit{'ies' if self.total != 1 else 'y'}"]
        if self.total > len(self.groups):
            parts.append(f"showing the {len(self.groups)} most mentioned: filter by label (l)")
        parts.append(f"label: {clean(self.label_filter)}" if self.label_filter else "all labels")
        if self.marked:
            parts.append(self._merge_hint())
        if note:
            parts.append(note)
        title.append("  " + " · ".join(parts))
        self.query_one("#entities-title", Static).update(title)
        self.query_one(StatusBar).show(
            message="enter: mentions / open · "
            + " · ".join(
                f"{self.key(binding_id)} {what}"
                for binding_id, what in [
                    ("entities.mark", "mark"),
                    ("entities.merge", "merge"),
                    ("entities.split", "split"),
                    ("entities.undo", "undo"),
                    ("entities.filter_label", "label"),
                ]
            )
        )

    def _prompt(self, g: EntityGroup) -> Text:
        return group_prompt(g, self.colours.get(g.label, "#888888"), g.entity_id in self.marked)

    def _clear_mentions(self) -> None:
        self.current = None
        self.mentions = []
        self.query_one("#mentions", OptionList).clear_options()
        self.query_one("#mentions-title", Static).update(Text("Mentions: pick an entity (enter)", "italic"))

    @work(thread=True, exclusive=True, group="entity-mentions")
    def load_mentions(self, group: EntityGroup) -> None:
        worker = get_current_worker()
        try:
            mentions = self.store.entity_mentions(group.label, group.key, entity_id=group.entity_id)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_mentions, mentions, group)

    def _show_mentions(self, mentions: list[Mention], group: EntityGroup | None = None) -> None:
        if group is not None and (self.current is None or self.current.entity_id != group.entity_id):
            return  # read for an entity no longer open (a filter hid it, a merge took it): stale
        self.mentions = mentions
        lst = self.query_one("#mentions", OptionList)
        keep = lst.highlighted
        lst.clear_options()
        g = self.current
        head = Text("Mentions of ", "italic")
        if g is not None:
            head.append(clean(g.text), "bold")
            head.append(f" ({clean(g.label)}): {len(mentions)}", "italic")
        self.query_one("#mentions-title", Static).update(head)
        if not mentions:
            why = f"No mentions: {claimant_of(g.claims)}" if g and g.claims else ""
            lst.add_option(Option(Text(why or "No mentions left", "italic"), disabled=True))
            return
        for n, m in enumerate(mentions):
            if n:
                lst.add_option(None)  # a separator line
            lst.add_option(Option(mention_prompt(m, self.colours.get(m.label, "#888888")), id=str(n)))
        lst.highlighted = keep if keep is not None and keep < lst.option_count else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "groups":
            index = event.option_index
            if 0 <= index < len(self.groups):
                self.current = self.groups[index]
                self.query_one("#mentions", OptionList).focus()
                self.query_one("#mentions", OptionList).highlighted = None
                self.load_mentions(self.current)
        elif event.option.id is not None:
            m = self.mentions[int(event.option.id)]
            self.app.open_article(m.article_id, None, focus=m.annotation_id)

    def action_filter_label(self) -> None:
        names = [label.name for label in self.store.labels() if label.kind == "entity"]
        cycle = [None, *names]
        i = cycle.index(self.label_filter) if self.label_filter in cycle else 0
        self.label_filter = cycle[(i + 1) % len(cycle)]
        self.query_one("#groups", OptionList).highlighted = 0
        self.reload()

    def highlighted_group(self) -> tuple[int, EntityGroup] | None:
        lst = self.query_one("#groups", OptionList)
        index = lst.highlighted
        if index is None or not 0 <= index < len(self.groups):
            return None
        return index, self.groups[index]

    def keyed_group(self) -> tuple[int | None, EntityGroup] | None:
        """The entity a key acts on: the highlighted one, or the one the user saw highlighted when
        a reload took it away an instant ago (HeldOptionList.seen; its index is then None)."""
        return self.query_one("#groups", HeldOptionList).seen(self.highlighted_group())

    def action_mark(self) -> None:
        found = self.keyed_group()
        if found is None or found[1].entity_id is None:
            return
        index, g = found
        assert g.entity_id is not None
        if index is None:
            self.notify(
                f"“{shorten(g.text, 40)}” is no longer in the entity index (changed elsewhere meanwhile)",
                markup=False,
                timeout=4,
            )
            return
        self.marked ^= {g.entity_id}
        self.marks_gone.clear()  # marking anew: m acts on these marks
        lst = self.query_one("#groups", OptionList)
        lst.replace_option_prompt_at_index(index, self._prompt(g))
        if index + 1 < len(self.groups):
            lst.highlighted = index + 1  # on to the next, as a file manager marks
        self._header()

    def action_merge(self) -> None:
        found = self.keyed_group()
        if found is None or found[1].entity_id is None:
            return
        target = found[1]
        sources = [g for g in self.groups if g.entity_id in self.marked and g.entity_id != target.entity_id]
        gone, self.marks_gone = self.marks_gone, {}
        if not sources and gone:
            names = ", ".join(f"“{shorten(t, 30)}”" for t in gone.values())
            self.notify(
                f"{names} is no longer in the entity index (changed elsewhere meanwhile): nothing merged",
                severity="error",
                markup=False,
                timeout=8,
            )
            return
        if not sources:
            self.notify(
                f"Mark the entities to merge with {self.key('entities.mark')}, then press"
                f" {self.key('entities.merge')} on the one to keep",
                markup=False,
                timeout=4,
            )
            return
        other = self._other_labels(target)
        if other:  # refused by the store too, after the marks were cleared: say it, keep them
            self.notify(
                f"Cannot merge {' and '.join(other)} into {clean(target.label)} “{shorten(target.text, 30)}”: "
                f"an entity has one label; highlight a {other[0]}, or change the tags' label first",
                markup=False,
                timeout=5,
            )
            return
        ids = [g.entity_id for g in sources if g.entity_id is not None]
        assert target.entity_id is not None
        target_id, history = target.entity_id, self.history
        names = ", ".join(f"“{shorten(g.text, 30)}”" for g in sources)
        shown = {g.entity_id: g.text for g in [*sources, target] if g.entity_id is not None}
        self.marked.clear()

        def change() -> None:
            try:
                history.merge_entities(ids, target_id)
            except NotFound:  # a colleague deleted its last tag, or merged it, meanwhile: by name
                gone = ", ".join(f"“{shorten(t, 30)}”" for i, t in shown.items() if not _exists(history, i))
                raise NotFound(
                    f"{gone or names} is no longer in the entity index (changed elsewhere "
                    "meanwhile): nothing merged"
                ) from None

        self.write(
            change,
            f"Merged {names} into “{shorten(target.text, 30)}” (u undoes)",
            then=lambda _: self.reload(),
            undo=self.reload,
        )

    def action_split(self) -> None:
        found = self.keyed_group()
        if found is None or found[1].entity_id is None:
            return
        g = found[1]
        others = [a for a in g.aliases if a != g.text]
        if not others:
            self.notify(f"“{shorten(g.text, 40)}” has no other name to split off", markup=False, timeout=4)
            return
        entity_id, history = g.entity_id, self.history
        assert entity_id is not None
        g.aliases = [g.text]  # split now, for a fast second s, until the list reloads
        name = shorten(g.text, 30)

        def change() -> None:
            try:
                history.split_entity(entity_id)
            except NotFound:  # its tags deleted, or merged into another, elsewhere meanwhile
                raise NotFound(
                    f"“{name}” is no longer in the entity index (changed elsewhere meanwhile): nothing split"
                ) from None

        self.write(
            change,
            f"Split {', '.join(f'“{shorten(a, 30)}”' for a in others)} off “{shorten(g.text, 30)}” (u undoes)",
            then=lambda _: self.reload(),
            undo=self.reload,  # refused: what is stored
        )

    def action_undo(self) -> None:
        self._step(forward=False)

    def action_redo(self) -> None:
        self._step(forward=True)

    def _step(self, forward: bool) -> None:
        history = self.history
        if not (history.can_redo if forward else history.can_undo):
            self.say(f"Nothing to {'redo' if forward else 'undo'}")
            return

        def done(change: object) -> None:
            nothing = f"Nothing to {'redo' if forward else 'undo'}"
            self.say(clean(said(change, forward)) if change else nothing)
            self.reload()

        self.write(history.redo if forward else history.undo, then=done)

    def action_switch_pane(self) -> None:
        groups = self.query_one("#groups", OptionList)
        (self.query_one("#mentions", OptionList) if groups.has_focus else groups).focus()

    def action_back(self) -> None:
        # from either list: tab goes between the two (the mentions' Esc only moved the focus, h103)
        self.app.pop_screen()


def _exists(history: History, entity_id: int) -> bool:
    try:
        history.store.get_entity(entity_id)
    except NotFound:
        return False
    return True
