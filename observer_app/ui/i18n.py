"""The interface languages (English, Russian, Kazakh) and their translation catalogues.

Every user-visible string of the GUI goes through Qt's ``tr()`` (or
``QCoreApplication.translate(context, text)`` outside a QObject, or
``QT_TRANSLATE_NOOP`` for tables of labels translated later). Catalogues live
in ``resources/translations`` as ``.ts`` sources with compiled ``.qm`` beside
them:

- ``observer_app_<lang>.ts``: the files directly in ``observer_app/ui/``;
- ``observer_app_<package>_<lang>.ts``: each sub-package of the GUI (for
  example ``observer_app/ui/entry`` → ``observer_app_entry_<lang>.ts``), so
  people working on different parts never edit the same catalogue.

At start and on every switch, :func:`install_language` loads *every*
``*_<lang>.qm`` of that folder plus Qt's own ``qtbase_<lang>.qm`` (standard
buttons and dialogs); installing translators makes Qt send ``LanguageChange``
to every widget, which retranslates itself in ``changeEvent`` without a restart
and without losing what was typed.

Keep the catalogues current with::

    python -m observer_app.ui.i18n update [CATALOGUE...]   # pyside6-lupdate: strings → .ts
    python -m observer_app.ui.i18n compile [CATALOGUE...]  # pyside6-lrelease: .ts → .qm
    python -m observer_app.ui.i18n check                   # fail when a message lacks a translation

Form labels (protocol lines, relation messages) are not in these catalogues:
they come from the protocol form file in :func:`current_language`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from observer_app.paths import resources_dir

# Endonyms: each language is always shown in its own name, never translated.
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
LOCALES = {"en": "en_GB", "ru": "ru_RU", "kk": "kk_KZ"}

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The system's language when the app speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The language of the interface now: also the language of form labels."""
    return _current


def catalogue_files(lang: str, suffix: str = ".qm") -> list[Path]:
    return sorted(translations_dir().glob(f"observer_app*_{lang}{suffix}"))


def install_language(lang: str) -> str:
    """Switch the running app to ``lang`` (falls back to English); returns the language set."""
    global _current
    app = QCoreApplication.instance()
    if lang not in LANGUAGES:
        lang = "en"
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    _current = lang
    if app is None:
        return lang
    files = catalogue_files(lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            _installed.append(translator)
    if lang != "en":
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{lang}", qt_dir):
            _installed.append(qt_base)
    for translator in _installed:
        app.installTranslator(translator)  # each one makes Qt send LanguageChange
    return lang


# -- maintaining the catalogues -------------------------------------------------------------

UI = Path(__file__).resolve().parent


def catalogues() -> dict[str, list[Path]]:
    """Catalogue name → the Python sources whose strings it holds."""
    out: dict[str, list[Path]] = {"observer_app": sorted(UI.glob("*.py"))}
    for package in sorted(p for p in UI.iterdir() if (p / "__init__.py").is_file()):
        out[f"observer_app_{package.name}"] = sorted(package.rglob("*.py"))
    return out


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6-Essentials in this environment)")
    return found


def update(names: list[str] | None = None) -> None:
    """Extract every tr() string into the .ts files (keeps existing translations).

    ``names`` limits it to some catalogues (``observer_app``, ``observer_app_entry``...).
    """
    out = translations_dir()
    out.mkdir(parents=True, exist_ok=True)
    for name, sources in catalogues().items():
        if names and name not in names:
            continue
        rel = [os.path.relpath(p, out) for p in sources]
        for lang in LANGUAGES:
            ts = out / f"{name}_{lang}.ts"
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *rel,
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-source-language",
                    "en_GB",
                    "-target-language",
                    LOCALES[lang],
                    "-ts",
                    ts.name,
                ],
                cwd=out,
                check=True,
            )


def compile_all(names: list[str] | None = None) -> None:
    for ts in sorted(translations_dir().glob("observer_app*.ts")):
        if names and ts.stem.rsplit("_", 1)[0] not in names:
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def unfinished(ts: Path) -> list[str]:
    """Source strings of ``ts`` that have no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [] if tr is None else [f.text for f in tr.findall("numerusform")]
            texts = forms or ([] if tr is None else [tr.text])
            if tr is None or tr.get("type") == "unfinished" or not all(texts):
                missing.append(f"{ts.name}: [{ctx}] {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m observer_app.ui.i18n", description=__doc__)
    parser.add_argument("action", choices=("update", "compile", "check", "all"))
    parser.add_argument(
        "catalogue", nargs="*", help="only these catalogues (default: all), e.g. observer_app"
    )
    args = parser.parse_args(argv)
    if args.action in ("update", "all"):
        update(args.catalogue)
    if args.action in ("compile", "all"):
        compile_all(args.catalogue)
    if args.action in ("check", "all"):
        missing = [m for ts in sorted(translations_dir().glob("*.ts")) for m in unfinished(ts)]
        print("\n".join(missing) or "every message is translated")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
