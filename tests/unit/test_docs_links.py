"""Every relative link and anchor in README.md, demo/README.md and docs/*.md resolves.

The anchors follow GitHub's rules for headings; the expected slugs below are written by hand from
how GitHub renders those headings, not taken from the checker. Links into the generated
docs/algorithms.md are checked only once the page exists.
"""

import pytest

from tests.support.doc_links import REPO, anchors, broken_links, heading_slug, links, markdown_files


@pytest.mark.parametrize("heading, slug", [
    ("Walk-through: from a fresh machine", "walk-through-from-a-fresh-machine"),
    ("netload:download_aneel_gd", "netloaddownload_aneel_gd"),
    ("`netload:classify_rooftops`", "netloadclassify_rooftops"),
    ("Calibration to ONS's level (optional)", "calibration-to-onss-level-optional"),
    ("Load: my own load table", "load-my-own-load-table"),
    ("Settings ▸ Options ▸ NetLoad", "settings--options--netload"),
    ("Capacity factor across Brazil (27 capitals)", "capacity-factor-across-brazil-27-capitals"),
    ("Usar o painel em português", "usar-o-painel-em-português"),
    ("The *demo* on [real](x.md) magnitudes", "the-demo-on-real-magnitudes"),
    ("`_pipeline_run.py` steps", "_pipeline_runpy-steps"),
])
def test_heading_slugs_follow_github(heading, slug):
    assert heading_slug(heading) == slug


def test_repeated_headings_are_numbered_and_code_blocks_are_not_headings():
    text = "# Speed\n\n## Speed\n\n```sh\n# a shell comment\n```\n\n## Speed\n"
    assert anchors(text) == {"speed", "speed-1", "speed-2"}


def test_links_outside_code_are_found():
    text = ("See [the guide](docs/desktop.md#the-run-tab) and ![map](docs/demo_map.png \"map\").\n"
            "`[not a link](nowhere.md)`\n\n    [indented code](nowhere.md)\n\n"
            "```\n[fenced](nowhere.md)\n```\n[ref]: docs/sources.md\n")
    assert [target for _line, target in links(text)] == [
        "docs/desktop.md#the-run-tab", "docs/demo_map.png", "docs/sources.md"]


def test_a_broken_file_or_anchor_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("# A page\n\n## The part\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("[ok](docs/page.md#the-part) [gone](docs/missing.md) [bad](docs/page.md#no-part)\n"
                      "[self](#a-readme) [web](https://example.org/x.md#y)\n\n# A README\n"
                      "[later](docs/algorithms.md#netloadrun_pipeline)\n", encoding="utf-8")
    assert broken_links([readme], repo=tmp_path) == [
        "README.md:1: docs/missing.md: no such file docs/missing.md",
        "README.md:1: docs/page.md#no-part: no heading with anchor #no-part in docs/page.md",
    ]
    (tmp_path / "docs" / "algorithms.md").write_text("# Algorithms\n\n## netload:hidden_load\n", encoding="utf-8")
    assert broken_links([readme], repo=tmp_path) == [
        "README.md:1: docs/missing.md: no such file docs/missing.md",
        "README.md:1: docs/page.md#no-part: no heading with anchor #no-part in docs/page.md",
        "README.md:5: docs/algorithms.md#netloadrun_pipeline: no heading with anchor #netloadrun_pipeline "
        "in docs/algorithms.md",
    ]


def test_every_link_of_the_documentation_resolves():
    pages = markdown_files()
    assert REPO / "README.md" in pages and len(pages) > 5
    assert broken_links(pages) == []
