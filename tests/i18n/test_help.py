"""The user guide is part of the translation: every page of the window has its guide page in
Vietnamese and in English, the two say it with the same pictures and links, each is headed with
the page's own words from the catalogue, and the guide ships in the package and the frozen build.

The guide is whole HTML pages per language (resources/help/<language>/), not catalogue strings:
a guide page reads as one text and is corrected as one. These checks keep the languages from
drifting apart."""

from __future__ import annotations

import fnmatch
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from doan_desktop import i18n
from doan_desktop.ui.help_viewer import HELP_LANGUAGES, INDEX, help_root
from doan_desktop.ui.pages import page_titles

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_data  # noqa: E402

VIETNAMESE_LETTERS = re.compile(
    r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]"
)


class Page(HTMLParser):
    """What a guide page says: its language, heading, pictures, links and text."""

    def __init__(self, path: Path):
        super().__init__()
        self.lang = ""
        self.h1: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []
        self.stylesheets: list[str] = []
        self.text: list[str] = []
        self._in_h1 = False
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        elif tag == "h1":
            self._in_h1 = True
            self.h1.append("")
        elif tag == "img":
            self.images.append(attrs.get("src", ""))
            assert attrs.get("alt"), f"a picture without words: {attrs.get('src')}"
        elif tag == "a":
            self.links.append(attrs.get("href", ""))
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs.get("href", ""))

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1[-1] += data
        self.text.append(data)

    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


TOPICS = [INDEX, *page_titles()]


def read(language: str, key: str) -> Page:
    return Page(help_root() / language / f"{key}.html")


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_page_of_the_window_has_its_guide_page_and_nothing_else(language):
    folder = help_root() / language
    assert sorted(p.stem for p in folder.glob("*.html")) == sorted(TOPICS)
    assert [p.name for p in folder.iterdir() if p.suffix != ".html"] == []


@pytest.mark.parametrize("language", HELP_LANGUAGES)
@pytest.mark.parametrize("key", sorted(page_titles()))
def test_a_guide_page_is_headed_with_the_words_of_the_navigation(qapp, language, key):
    assert i18n.install(language)
    page = read(language, key)
    assert page.lang == language
    assert page.h1 == [page_titles()[key]]


def test_the_first_page_is_titled_as_the_guide_window_lists_it():
    assert read("en", INDEX).h1 == ["Getting started"]
    vietnamese = read("vi", INDEX).h1
    assert len(vietnamese) == 1 and VIETNAMESE_LETTERS.search(vietnamese[0].lower())


@pytest.mark.parametrize("key", TOPICS)
def test_both_languages_show_the_same_pictures_and_links(key):
    vi, en = read("vi", key), read("en", key)
    assert vi.images == en.images
    assert vi.links == en.links
    assert vi.stylesheets == en.stylesheets == ["../help.css"]


@pytest.mark.parametrize("key", TOPICS)
def test_the_vietnamese_page_is_written_in_vietnamese(key):
    vi, en = read("vi", key), read("en", key)
    assert vi.words() != en.words()
    letters = VIETNAMESE_LETTERS.findall(vi.words().lower())
    assert len(letters) > len(vi.words()) / 40, "too few Vietnamese letters: not translated?"
    assert not VIETNAMESE_LETTERS.search(en.h1[0].lower())


@pytest.mark.parametrize("language", HELP_LANGUAGES)
def test_every_picture_and_link_is_there(language):
    used = set()
    for key in TOPICS:
        page = read(language, key)
        for src in page.images:
            picture = (help_root() / language / src).resolve()
            assert picture.is_file(), f"{language}/{key}.html: no picture {src}"
            used.add(picture.name)
        for href in page.links:
            target = href.split("#")[0]
            assert target in {f"{t}.html" for t in TOPICS}, f"{language}/{key}.html: {href}"
    # No picture is shipped that no page shows.
    assert sorted(p.name for p in (help_root() / "images").iterdir()) == sorted(used)


def _guide_files() -> list[Path]:
    return sorted(p for p in help_root().rglob("*") if p.is_file())


def test_the_guide_is_in_the_package_data():
    """pip install ships what pyproject.toml's package-data patterns match."""
    project = bundle_data.read_project(ROOT)
    patterns = project.package_data["doan_desktop.resources"]
    resources = ROOT / "resources"
    for path in _guide_files():
        relative = path.relative_to(resources).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative


def test_the_guide_is_in_the_frozen_build():
    bundled = {Path(source).resolve(): folder for source, folder in bundle_data.data_files(ROOT)}
    for path in _guide_files():
        relative = path.relative_to(ROOT / "resources").parent
        assert bundled.get(path.resolve()) == str(Path("doan_desktop/resources", relative)), path
