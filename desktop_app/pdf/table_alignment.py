"""Where the text of each table cell sits: figures flush right so they line up on their
last digit, in either direction, with the header of a column of figures above them."""

from __future__ import annotations

from desktop_app.model import Table, runs_text
from desktop_app.text.locale_format import is_figure


def cell_alignments(table: Table) -> list[list[str]]:
    """``"right"`` or ``"start"`` for every cell, row by row as typed."""
    figure_columns = {
        column
        for column in range(table.column_count)
        if _is_figure_column([row[column] for row in table.rows[table.header_rows :]])
    }
    alignments = []
    for index, row in enumerate(table.rows):
        header = index < table.header_rows
        alignments.append(
            [
                "right"
                if is_figure(runs_text(cell)) or (header and column in figure_columns)
                else "start"
                for column, cell in enumerate(row)
            ]
        )
    return alignments


def _is_figure_column(cells: list) -> bool:
    texts = [text for cell in cells if (text := runs_text(cell).strip())]
    return bool(texts) and all(is_figure(text) for text in texts)
