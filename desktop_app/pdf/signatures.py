"""Signature blocks: titles and names side by side, with room below to sign and stamp."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

SIGNING_SPACE = 26 * mm  # a signature and a round stamp of 25 mm


def signature_table(
    signers: list[tuple[Flowable, Flowable]], width: float, rtl: bool
) -> KeepTogether:
    """One column per signer, the first at the start of the line: its title, its name,
    then blank room. Kept on one page."""
    columns = [[title, name, Spacer(1, SIGNING_SPACE)] for title, name in signers]
    if rtl:
        columns.reverse()
    rows = [list(row) for row in zip(*columns, strict=True)]
    table = Table(rows, colWidths=[width / len(columns)] * len(columns), hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Spacer(1, 4 * mm), table])
