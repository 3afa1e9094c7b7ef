"""The brand kits a user can choose: the bundled ones (templates, read-only) and the user's
own, kept as ``NAME.kit.json`` files with their logo beside them in a ``kits`` folder next
to the library, and stored in the library too so that document packages carry them."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.model.brand_kit import BrandKit, BrandKitError, find_brand_kit, load_brand_kit
from desktop_app.resources import resource_path
from desktop_app.store import Library, StoreError
from desktop_app.text.fonts import FontRegistry

KIT_SUFFIX = ".kit.json"
KIT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,59}")


def bundled_kit_names() -> list[str]:
    return sorted(p.name.removesuffix(KIT_SUFFIX) for p in resource_path("kits").glob("*.kit.json"))


def find_kit(
    name: str, base_dir: Path | None, registry: FontRegistry, kits_folder: Path | None = None
) -> BrandKit:
    """The kit a document names: a user kit in ``kits_folder`` by that name, else what
    :func:`find_brand_kit` finds (a kit file beside the document or a bundled kit)."""
    if kits_folder is not None and name and KIT_NAME.fullmatch(name):
        path = kits_folder / f"{name}{KIT_SUFFIX}"
        if path.is_file() and name not in bundled_kit_names():
            return load_brand_kit(path, registry)
    return find_brand_kit(name, base_dir or Path("."), registry)


def write_atomically(path: Path, data: bytes) -> None:
    """A temporary file in the same folder, flushed, then renamed over ``path``."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class KitShelf:
    """The bundled kits and the user's kits folder (plus the library's kits, when there is
    a library: a kit that came in a document package is written out to the folder)."""

    def __init__(self, folder: Path, library: Library | None = None) -> None:
        self.folder = folder
        self.library = library

    def user_kit_names(self) -> list[str]:
        names = {p.name.removesuffix(KIT_SUFFIX) for p in self._folder_files()}
        if self.library is not None:
            with contextlib.suppress(StoreError, OSError):
                for name in self.library.brand_kits():
                    if name not in names and self._write_out(name):
                        names.add(name)
        bundled = set(bundled_kit_names())
        return sorted(n for n in names if KIT_NAME.fullmatch(n) and n not in bundled)

    def names(self) -> list[tuple[str, bool]]:
        """Every kit as (name, bundled?): the bundled ones first."""
        return [(n, True) for n in bundled_kit_names()] + [
            (n, False) for n in self.user_kit_names()
        ]

    def path(self, name: str) -> Path:
        if name in bundled_kit_names():
            return resource_path("kits", f"{name}{KIT_SUFFIX}")
        return self.folder / f"{name}{KIT_SUFFIX}"

    def save(self, name: str, data: dict[str, Any], logo: Path | None) -> Path:
        """Write the kit ``data`` (a kit's JSON object) as ``NAME.kit.json``, with a copy of
        ``logo`` beside it, each atomically; the library gets the same kit. Raises
        OSError, or BrandKitError when the written kit does not read back."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = dict(data)
        files: dict[str, bytes] = {}
        if logo is not None:
            logo_name = f"{name}-logo{logo.suffix.lower()}"
            files[logo_name] = logo.read_bytes()
            write_atomically(self.folder / logo_name, files[logo_name])
            data["logo"] = logo_name
        else:
            data["logo"] = None
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        target = self.folder / f"{name}{KIT_SUFFIX}"
        write_atomically(target, text.encode("utf-8"))
        load_brand_kit(target)
        for stale in self.folder.glob(f"{name}-logo.*"):  # an earlier logo of another type
            if stale.name not in files:
                stale.unlink(missing_ok=True)
        if self.library is not None:
            try:
                self.library.put_brand_kit(name, text, files)
            except StoreError as error:
                raise OSError(str(error)) from None
        return target

    def _folder_files(self) -> list[Path]:
        try:
            return sorted(self.folder.glob(f"*{KIT_SUFFIX}"))
        except OSError:
            return []

    def _write_out(self, name: str) -> bool:
        """Copy a library kit into the folder, so that previews and exports find it."""
        if not KIT_NAME.fullmatch(name) or self.library is None:
            return False
        stored = self.library.brand_kit(name)
        if stored is None:
            return False
        text, files = stored
        self.folder.mkdir(parents=True, exist_ok=True)
        for file_name, data in files.items():
            if "/" in file_name or "\\" in file_name or file_name.startswith("."):
                return False
            existing = self.folder / file_name
            if existing.exists() and existing.read_bytes() != data:
                return False  # another kit's file of the same name: leave both alone
        for file_name, data in files.items():
            write_atomically(self.folder / file_name, data)
        write_atomically(self.folder / f"{name}{KIT_SUFFIX}", text.encode("utf-8"))
        return True


__all__ = ["KIT_NAME", "BrandKitError", "KitShelf", "bundled_kit_names", "find_kit"]
