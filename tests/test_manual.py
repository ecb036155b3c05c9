"""The manual (resources/manual): the same pages in Dutch and English, every link and picture
there, simple well-formed HTML, and shipped with the package.

Pages are parsed with the standard library's HTML parser, so a broken link or a missing
screenshot fails here, not in front of a coordinator pressing F1.
"""

from __future__ import annotations

import fnmatch
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from buurtapp.ui.help_pages import BY_CLASS, BY_KIND, PAGES

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "resources" / "manual"
LANGUAGES = ("nl", "en")
#: Elements without an end tag; every other element a page opens must be closed in order.
VOID = {"meta", "img", "br", "hr", "link", "input"}


class Page(HTMLParser):
    """What a test needs of one page: its links, pictures, title, language and tag balance."""

    def __init__(self, path: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.links: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.title = ""
        self.lang: str | None = None
        self.open: list[str] = []
        self.problems: list[str] = []
        self.scripts = 0
        self._in_title = False
        self.feed(path.read_text(encoding="utf-8"))
        self.close()
        if self.open:
            self.problems.append(f"not closed: {self.open}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img":
            self.images.append(values)
        if tag == "script" or any(name.startswith("on") for name in values):
            self.scripts += 1
        if tag == "title":
            self._in_title = True
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1] if self.open else 'nothing'}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def pages(lang: str) -> list[Path]:
    return sorted((MANUAL / lang).glob("*.html"))


def test_every_page_is_there_in_both_languages_and_in_the_contents():
    """Same file names in nl and en (F1 opens the same page name in either language), the
    list the viewer shows (PAGES) is exactly what is on disk, and every page the F1 mapping
    can ask for exists."""
    names = {lang: {p.stem for p in pages(lang)} for lang in LANGUAGES}
    assert names["nl"] == names["en"]
    assert names["nl"] == set(PAGES)
    assert set(BY_CLASS.values()) | set(BY_KIND.values()) <= set(PAGES)
    for lang in LANGUAGES:
        index = Page(MANUAL / lang / "index.html")
        linked = {Path(urlsplit(link).path).stem for link in index.links}
        assert linked >= set(PAGES) - {"index"}, f"{lang}: the contents miss a page"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_and_picture_resolves(lang):
    """Links go to pages of the same manual (never out to the web: the program is offline);
    pictures exist in that language's own folder and say what they show (alt text)."""
    problems: list[str] = []
    for path in pages(lang):
        page = Page(path)
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                problems.append(f"{path.name}: a link out of the manual: {link}")
                continue
            target = (path.parent / parts.path).resolve() if parts.path else path
            if not target.is_file() or target.parent != path.parent:
                problems.append(f"{path.name}: broken link {link}")
        for image in page.images:
            src = image.get("src") or ""
            target = (path.parent / src).resolve()
            if not target.is_file():
                problems.append(f"{path.name}: missing picture {src}")
            elif target.parent != (MANUAL / "images" / lang).resolve():
                problems.append(f"{path.name}: a picture of another language: {src}")
            if not (image.get("alt") or "").strip():
                problems.append(f"{path.name}: picture without alt text: {src}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_are_simple_well_formed_html(lang):
    """Each page: its language, a title (the viewer's contents list shows it), closed tags
    and no scripts (QTextBrowser runs none; a page must not need them)."""
    titles = set()
    for path in pages(lang):
        page = Page(path)
        assert page.problems == [], path.name
        assert page.lang == lang, path.name
        assert page.title.strip(), path.name
        assert page.scripts == 0, path.name
        titles.add(page.title.strip())
    assert len(titles) == len(pages(lang))  # every entry of the contents can be told apart


def test_the_pictures_are_small_and_the_manual_uses_them():
    """The screenshots ship in the package: under 3 MB together, and none lies unused."""
    pictures = sorted((MANUAL / "images").glob("*/*.png"))
    assert pictures
    assert sum(p.stat().st_size for p in pictures) < 3 * 1024 * 1024
    used = {
        (path.parent / (image.get("src") or "")).resolve()
        for lang in LANGUAGES
        for path in pages(lang)
        for image in Page(path).images
    }
    assert {p.resolve() for p in pictures} == used


def test_the_manual_reaches_the_installed_package():
    """pip install . ships what package-data lists: every file of the manual must match."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["buurtapp.resources"]
    resources = ROOT / "resources"
    files = [p for p in MANUAL.rglob("*") if p.is_file()]
    assert files
    missing = [
        str(p.relative_to(resources))
        for p in files
        if not any(fnmatch.fnmatchcase(str(p.relative_to(resources)), pat) for pat in patterns)
    ]
    assert missing == []
