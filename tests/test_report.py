"""`extract report`: the site's pages, its gold marks, its errors; and the pages as a real browser renders them."""
import csv
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from conftest import ROOT
from extract.cli import main

DOC = "000_d60384f613a0bde8"
ARTIFACTS = ROOT / "test-artifacts"  # screenshots of the rendered pages, for a person to look at


def report(*args):
    result = CliRunner().invoke(main, ["report", *map(str, args)])
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def tampered_gold(tmp_path_factory):
    """tests/gold with three planted disagreements in DOC's amounts: a value changed (wrong value), a row
    removed (the prediction becomes a false alarm), a row added where nothing is found (a miss)."""
    gold = tmp_path_factory.mktemp("gold")
    for f in (ROOT / "tests" / "gold").glob("*.csv"):
        shutil.copy(f, gold)
    path = gold / "amounts.csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    mine = [r for r in rows if r["doc_id"] == DOC]
    mine[0]["value"] = "230000001"
    rows.remove(mine[1])
    rows.append({**mine[2], "start": "12", "end": "16", "text": "扶贫协作", "value": "1"})
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return gold


@pytest.fixture(scope="module")
def site(tmp_path_factory, tampered_gold):
    out = tmp_path_factory.mktemp("site")
    code, output = report(ROOT / "corpus", "-o", out, "--gold", tampered_gold, "--quiet")
    assert code == 0, output
    return out


def page(site, doc_id=DOC):
    return (site / "articles" / f"{doc_id}.html").read_text(encoding="utf-8")


def test_index_lists_every_article_with_counts_scores_plots_and_pairings(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count('href="articles/') == 5
    assert index.count("<svg") >= 2 and 'id="pairings"' in index  # two plots from facts.csv, the pairing table
    assert "F1 amounts" in index and "0.714" in index  # DOC: 5 of its 7 amounts right, 5 of the 7 gold rows found


def test_every_mention_is_highlighted_with_its_columns_and_rule(site):
    html = page(site)
    with open(ROOT / "output" / "places.csv", encoding="utf-8") as f:
        places = [r for r in csv.DictReader(f) if r["doc_id"] == DOC]
    assert len(re.findall(r'<a id="m-places-\d+">', html)) == len(places)
    assert "places: 浦东新区  name=浦东新区 kind=区 level=county parent=上海市 code=310115  [place.gazetteer]" in html


def test_every_sentence_is_marked_where_facts_read_it(site):
    from extract.document import Document
    raw = (ROOT / "corpus" / f"{DOC}.txt").read_text(encoding="utf-8")
    starts = [int(x) for x in re.findall(r'<span class="s" id="s-(\d+)">', page(site))]
    assert starts == [s for s, _ in Document(DOC, raw).raw_sentences()] and len(starts) > 20
    assert all(not raw[s].isspace() for s in starts)  # a sentence starts at its first character
    links = [int(x) for x in re.findall(r'href="#s-(\d+)"', page(site))]
    assert links and set(links) <= set(starts)  # every fact links to the sentence it was read in


def test_gold_marks_and_their_list(site):
    html = page(site)
    for kind in ("g-miss", "g-false", "g-wrong"):
        assert f'class="m {kind}' in html or f" {kind}" in re.sub(r"<li[^>]*>", "", html), kind
    assert "Against gold: 1 miss(s), 1 false alarm(s), 1 wrong value(s)" in html
    assert "value 230000000≠230000001" in html


def test_the_site_is_self_contained(site):
    for path in [site / "index.html", *(site / "articles").glob("*.html")]:
        html = path.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in html
        assert not re.search(r'<(script|link|img)[^>]+(src|href)=', html), path  # nothing fetched


def test_bad_inputs_are_one_line_each_and_nothing_half_written(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    code, output = report(bad, tmp_path / "missing.txt", ROOT / "corpus" / f"{DOC}.txt", "-o", tmp_path / "out")
    assert code == 1
    assert "bad.txt: binary" in output and "missing.txt: no such file" in output
    assert (tmp_path / "out" / "articles" / f"{DOC}.html").is_file()
    code, output = report(bad, "-o", tmp_path / "none")
    assert code == 1 and not (tmp_path / "none" / "index.html").exists()
    assert [p.name for p in (tmp_path / "none").iterdir()] == []  # no temporary folder left behind


def _browser() -> str | None:
    return next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)


def _chrome(browser, *args):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1600"]
    return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120)


def test_in_a_real_browser(site):
    browser = _browser()
    if browser is None:
        pytest.skip("no chromium found (.ci/run installs Debian's chromium; locally: apt-get install chromium)")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no Chinese font: the screenshots would show boxes (apt-get install fonts-noto-cjk)"
    dom = _chrome(browser, "--dump-dom", (site / "articles" / f"{DOC}.html").as_uri()).stdout
    assert 'class="js"' in dom  # the page's script ran
    assert re.search(r'<span class="m t-places" title="places: 浦东新区 [^"]*code=310115', dom)
    assert 'class="m g-false' in dom or "g-false" in dom and 'class="m t-amounts g-false"' in dom
    assert re.search(r'class="m [^"]*g-miss', dom) and re.search(r'class="m [^"]*g-wrong', dom)
    assert 'href="#s-' in dom  # facts link to their sentences
    ARTIFACTS.mkdir(exist_ok=True)
    for name, target in (("report-index.png", site / "index.html"),
                         ("report-article.png", site / "articles" / f"{DOC}.html")):
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        _chrome(browser, f"--screenshot={shot}", target.as_uri())
        assert shot.is_file() and os.path.getsize(shot) > 20_000, name
