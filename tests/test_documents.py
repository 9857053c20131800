"""documents.csv: title, address and date from header lines, file names or the input; duplicates across a run;
relative years read against the date."""
import csv

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from conftest import ROOT
from extract import Document, get_engine, run as local
from extract.cli import main
from extract.tables.documents import _lines

NEWS = ("连接：http://paper.people.com.cn/rmrb/html/2020-03/19/nw.D110000renmrb_20200319_4-01.htm\n"
        "标题：补短板 强农业 稳就业\n遵义，整体脱贫\n\n内容：\n　　今年以来，遵义投入资金3亿元，去年脱贫5万人。3月10日，黔北大地。\n")


def info(text, doc_id="d", date=""):
    return get_engine()(Document(doc_id, text, input_date=date)).mentions["documents"][0].value


def table(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_header_lines_give_title_address_and_date():
    got = info(NEWS)
    assert got.title == "补短板 强农业 稳就业 遵义，整体脱贫"
    assert (got.date, got.date_source) == ("2020-03-19", "url")
    assert got.url.startswith("http://paper.people.com.cn/") and got.chars == len(NEWS)


def test_a_date_header_line_wins_over_the_address_and_a_malformed_one_is_no_date():
    dated = "标题：对口帮扶\n发布时间：2020年7月20日 10:30\n链接：http://www.gov.cn/2020-07/21/a.htm\n内容：正文。"
    assert (info(dated).date, info(dated).date_source) == ("2020-07-20", "header")
    broken = "标题：对口帮扶\n日期：2020-13-45\n内容：正文。"
    assert (info(broken).date, info(broken).date_source) == ("", "")


def test_header_lines_under_the_title_lines_give_the_date():
    page = "深圳28家民企牵手我市42个贫困村！\n村企结对帮扶协议资金达3860万元\n\n发布时间：2020-06-18 09:45　来源：河池日报\n\n今年以来，深圳投入资金。"
    got = info(page)
    assert (got.date, got.date_source, got.title) == ("2020-06-18", "header", "")  # no 标题： line: no title column
    clean = Document("d", page).clean  # (title_at is in the clean text's offsets)
    assert clean[got.title_at[0]:got.title_at[1]] == "深圳28家民企牵手我市42个贫困村！村企结对帮扶协议资金达3860万元"
    assert info("深圳牵手河池\n\n今年投入资金。\n时间：2020-06-18").date == ""  # not a 时间： line further down
    assert info("深圳牵手河池。\n发布时间：2020-06-18").date == ""  # a sentence is no title line


def test_header_lines_under_the_title_lines_that_give_no_date_still_end_the_header():
    page = "教育协作再结硕果\n今年我市高校招收学子1380名\n\n来源：宁波日报　　2020-09-16 07:45\n\n我市对来自兴仁市的学生资助。"
    got = info(page)
    assert (got.date, got.date_source) == ("", "")  # (a 来源： line's date is no publication date: SPEC.md)
    clean = Document("d", page).clean
    assert clean[got.title_at[0]:got.title_at[1]] == "教育协作再结硕果今年我市高校招收学子1380名"
    assert clean[got.body_at:].startswith("我市对来自")
    assert info("来源：宁夏日报\n\n吴忠去年落实资金2.85亿元\n\n正文。").body_at > 0  # (header lines first, no title above)


def test_a_mailbox_reply_is_dated_by_its_letter_and_its_body_starts_under_the_letter_label():
    page = ("关于务工交通补贴的回复\n\n来信标题：去杭州打工有补贴吗？\n来信人：王**\n来信时间：2020-05-06 09:12\n"
            "处理单位：县人社局\n回复时间：2020-05-09 15:30\n\n来信内容：\n我今年想去杭州打工。")
    got = info(page)
    assert (got.date, got.date_source) == ("2020-05-06", "header")  # (来信时间 first: the letter's date)
    assert Document("d", page).clean[got.body_at:] == "我今年想去杭州打工。"  # (来信内容： opens the body, as 内容：)


def test_a_date_in_the_body_only_is_not_the_publication_date():
    assert info("2020年3月10日，上海对口帮扶云南，今年投入1亿元。").date == ""
    assert get_engine()(Document("d", "2020年3月10日，今年投入1亿元。")).records("years") == [
        {"doc_id": "d", "start": 0, "end": 5, "text": "2020年", "year": "2020", "year_end": "", "kind": "point",
         "rule": "year.single"}]


def test_file_name_and_input_dates_and_their_order():
    assert (info("正文。", doc_id="20200720-01-01").date, info("正文。", doc_id="20200720-01-01").date_source) == \
        ("2020-07-20", "file_name")
    assert (info("正文。", date="2021-05-06").date, info("正文。", date="2021-05-06").date_source) == ("2021-05-06", "input")
    assert info(NEWS, date="2021-05-06").date == "2020-03-19"  # what the document states comes first


def test_relative_years_need_the_date():
    dated = get_engine()(Document("d", NEWS)).records("years")
    assert [(r["text"], r["year"], r["kind"]) for r in dated] == [("今年", "2020", "since"), ("去年", "2019", "point")]
    body = NEWS.split("内容：")[1]
    assert get_engine()(Document("d", body)).records("years") == []
    assert [r["year"] for r in get_engine()(Document("d", body, input_date="2018-01-01")).records("years")] == ["2018", "2017"]


@pytest.mark.parametrize("workers", [1, 2])
def test_duplicates_are_found_across_the_run(tmp_path, workers):
    src = tmp_path / "in"
    src.mkdir()
    (src / "20200319-01-04.txt").write_text(NEWS, encoding="utf-8")
    (src / "20200319-06-02.txt").write_text(NEWS.replace("4-01.htm", "2-06.htm").replace("　　", "  "), encoding="utf-8")
    (src / "other.txt").write_text("浦东新区投入5000万元。", encoding="utf-8")
    for i in range(30):  # enough files for both workers to get some
        (src / f"z{i:02d}.txt").write_text(f"第{i}篇：上海投入{i + 1}万元。", encoding="utf-8")
    summary = local.run([str(src)], str(tmp_path / "out"), workers=workers, progress=False)
    assert "1 duplicate document(s)" in summary.line()
    rows = {r["doc_id"]: r for r in table(tmp_path / "out" / "documents.csv")}
    assert rows["20200319-06-02"]["duplicate_of"] == "20200319-01-04"
    assert rows["20200319-01-04"]["duplicate_of"] == "" and rows["other"]["date"] == ""
    assert len(table(tmp_path / "out" / "amounts.csv")) == 33  # a duplicate's rows are still written


def test_the_duplicate_pass_keeps_a_digest_not_the_text():
    from extract.tables.documents import FirstOfBody
    seen = FirstOfBody()
    seen("a", info(NEWS))
    assert all(len(key) == 32 for key in seen.first)


def test_run_date_option_and_eval_scores_documents(tmp_path):
    (tmp_path / "a.txt").write_text("今年以来投入1亿元。", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--date", "2020-02-30"])
    assert result.exit_code == 2 and "not a date" in result.output
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--date", "2020-02-03"])
    assert result.exit_code == 0, result.output
    assert table(tmp_path / "out" / "documents.csv")[0]["date_source"] == "input"
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "documents.csv").write_text("doc_id,source,title,date,date_source,url,chars,duplicate_of,note\n"
                                        "a,,,2020-02-04,input,,9,,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), str(tmp_path / "out"), "--show", "documents"])
    assert "documents" in result.output and "date 0.000" in result.output and "date: 2020-02-03≠2020-02-04" in result.output


def test_corpus_documents_match_gold():
    from extract.evaluate import evaluate
    out = ROOT / "output"
    score = evaluate(ROOT / "tests" / "gold", out).scores["documents"].as_dict()
    assert score["agreement"] == {"date": 1.0, "duplicate_of": 1.0}


@given(st.text(alphabet="标题：ab \n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\u3000", max_size=40))
def test_header_lines_are_split_where_splitlines_splits(text):
    assert list(_lines(text)) == text.splitlines(keepends=True)
