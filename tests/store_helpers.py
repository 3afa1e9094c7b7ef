"""Documents for the library tests."""

from __future__ import annotations

from desktop_app.model import Document, Heading, Metadata, Paragraph, Run
from desktop_app.model.minutes import Action, Minutes


def text_document(title: str, *paragraphs: str, language: str = "ar") -> Document:
    blocks = [Heading([Run(title)]), *(Paragraph([Run(text)]) for text in paragraphs)]
    return Document(language=language, metadata=Metadata(title=title), blocks=blocks)


def minutes_document(body: str, date: str, actions: list[tuple[str, str]]) -> Document:
    return Document(
        kind="minutes",
        language="ar",
        metadata=Metadata(title=f"محضر {body} {date}", date=date),
        minutes=Minutes(
            body=body,
            actions=[
                Action(action=[Run(text)], responsible="المدير", deadline="2026-12-31", status=s)
                for text, s in actions
            ],
        ),
    )
