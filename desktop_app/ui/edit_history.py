"""Undo and redo across a whole document form, as a list of snapshots of the document.

Each field widget has its own undo; a form of dozens of fields needs one history, in
which Ctrl+Z also takes back an added agenda item or a moved section. The form records
a snapshot a short pause after each change. Changes in one field in quick succession
merge into one step, as a word processor merges the letters of one burst of typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

State = TypeVar("State")

MERGE_SECONDS = 2.0  # edits of one field closer than this are one step
MAX_STEPS = 200


@dataclass(frozen=True)
class Step(Generic[State]):
    state: State
    field: str  # where the change was made ("" for a button or a load)
    cursor: int  # the cursor position in that field, after the change


class EditHistory(Generic[State]):
    def __init__(self, initial: State, max_steps: int = MAX_STEPS) -> None:
        self.max_steps = max_steps
        self.reset(initial)

    def reset(self, initial: State) -> None:
        self._steps: list[Step[State]] = [Step(initial, "", 0)]
        self._index = 0
        self._merge_field: str | None = None
        self._recorded_at = float("-inf")

    @property
    def current(self) -> Step[State]:
        return self._steps[self._index]

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._steps) - 1

    def record(self, state: State, field: str = "", cursor: int = 0, now: float = 0.0) -> bool:
        """Add ``state`` as the newest step; False when nothing changed."""
        if state == self.current.state:
            return False
        step = Step(state, field, cursor)
        merging = (
            field
            and field == self._merge_field
            and self._index > 0
            and now - self._recorded_at < MERGE_SECONDS
        )
        del self._steps[self._index + 1 :]  # a new change forgets what was undone
        if merging:
            self._steps[self._index] = step
        else:
            self._steps.append(step)
            self._index += 1
            if len(self._steps) > self.max_steps:
                del self._steps[0]
                self._index -= 1
        self._merge_field = field
        self._recorded_at = now
        return True

    def undo(self) -> tuple[Step[State], Step[State]] | None:
        """Step back: (the step to restore, the step undone — where it was made)."""
        if not self.can_undo:
            return None
        undone = self._steps[self._index]
        self._index -= 1
        self._merge_field = None
        return self._steps[self._index], undone

    def redo(self) -> Step[State] | None:
        if not self.can_redo:
            return None
        self._index += 1
        self._merge_field = None
        return self._steps[self._index]
