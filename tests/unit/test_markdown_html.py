"""The help files' Markdown subset becomes the HTML the Processing dialog shows; the help files are found per language.

Expected HTML written by hand from the rules in core/markdown_html.py's docstring.
"""

from netload_plugin.core.markdown_html import inline_html, markdown_to_html
from netload_plugin.processing import help as algorithm_help


def test_inline_code_and_bold_become_tags_and_the_rest_is_escaped():
    assert inline_html("**URL** (default `a<b>`): x & <QGIS profile>") == (
        "<b>URL</b> (default <code>a&lt;b&gt;</code>): x &amp; &lt;QGIS profile&gt;")


def test_underscores_and_single_stars_are_text():
    assert inline_html("MAX_DISTANCE_KM × 2 * 3 _a_") == "MAX_DISTANCE_KM × 2 * 3 _a_"


def test_bold_may_hold_code():
    assert inline_html("**`OUTPUT`**") == "<b><code>OUTPUT</code></b>"


def test_blocks_heading_paragraph_list_and_code():
    text = ("Downloads the\nregistry.\n\n"
            "### Parameters\n\n"
            "- **URL**: the file\n  (cached).\n- **STATES**: letters.\n\n"
            "```\nqgis_process run x -- A=1\n\n  B=2\n```\n")
    assert markdown_to_html(text) == (
        "<p>Downloads the registry.</p>\n"
        "<h3>Parameters</h3>\n"
        "<ul><li><b>URL</b>: the file (cached).</li><li><b>STATES</b>: letters.</li></ul>\n"
        "<pre>qgis_process run x -- A=1\n\n  B=2</pre>")


def test_a_heading_followed_at_once_by_text_keeps_both():
    assert markdown_to_html("### Outputs\n- **OUTPUT**: points") == (
        "<h3>Outputs</h3><ul><li><b>OUTPUT</b>: points</li></ul>")


def test_windows_line_ends_read_the_same():
    assert markdown_to_html("a\r\nb\r\n\r\nc") == "<p>a b</p>\n<p>c</p>"


def test_help_languages_go_from_the_locale_to_its_language_to_english():
    assert algorithm_help.help_languages("pt_BR") == ["pt_BR", "pt", "en"]
    assert algorithm_help.help_languages("en_US") == ["en_US", "en"]
    assert algorithm_help.help_languages("en") == ["en"]


def test_a_language_without_help_files_falls_back_to_english():
    english = algorithm_help.help_file("run_pipeline", "en")
    assert english == algorithm_help.HELP_DIR / "en" / "run_pipeline.md"
    assert algorithm_help.help_file("run_pipeline", "de_DE") == english
    assert algorithm_help.help_file("run_pipeline", "pt_BR") == algorithm_help.HELP_DIR / "pt_BR" / "run_pipeline.md"
    assert algorithm_help.help_file("no_such_algorithm", "en") is None
    assert algorithm_help.help_markdown("no_such_algorithm", "en") == ""


def test_shared_texts_are_included_where_an_algorithm_names_them():
    source = (algorithm_help.HELP_DIR / "en" / "hidden_load.md").read_text(encoding="utf-8")
    shared = (algorithm_help.HELP_DIR / "en" / "_load_table.md").read_text(encoding="utf-8").strip()
    assert "@include _load_table.md" in source
    text = algorithm_help.help_markdown("hidden_load", "en")
    assert shared in text and "@include" not in text


def test_the_reference_page_follows_the_help_language():
    base = "https://github.com/netload/netload-qgis/blob/main/docs/"
    assert algorithm_help.reference_url("hidden_load", "pt_BR") == base + "algorithms.pt_BR.md#netloadhidden_load"
    assert algorithm_help.reference_url("hidden_load", "en_GB") == base + "algorithms.md#netloadhidden_load"
    assert algorithm_help.reference_url("hidden_load", "de_DE") == base + "algorithms.md#netloadhidden_load"


def test_labels_follow_the_first_bold_mention_of_each_parameter_escaped():
    text = "<li><b>ZONES</b>: polygons</li><li><b>OUTPUT_ZONES</b>: per zone; see <b>ZONES</b></li>"
    assert algorithm_help.with_labels(text, {"ZONES": "Zones (<= 1000)", "MISSING": "x"}) == (
        "<li><b>ZONES</b> <i>Zones (&lt;= 1000)</i>: polygons</li>"
        "<li><b>OUTPUT_ZONES</b>: per zone; see <b>ZONES</b></li>")
