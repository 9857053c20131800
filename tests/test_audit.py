"""Facts on figures drawn at random from the news quarter (tests/gold_audit/README.md).

Each audit set labels the year, actor, target and measure of about 130
figures sampled from poverty-alleviation articles of ../shared/news/, by
readers who saw the article and never the pipeline's output. The tests run
the pipeline on those articles (read in place; skipped when absent) and hold
each column's accuracy above a floor set below what was reached: a fall
fails. Never lower a floor to make a change pass.
"""
import csv

import pytest

from extract import run as batch
from conftest import ROOT, tool

NEWS = ROOT.parent / "shared" / "news" / "rmrb-2020q1"
GOLD = ROOT / "tests" / "gold_audit"
SCORES = tool("audit_scores")  # the figures the closing notes quote, computed the one way

# reached (2026-11-28, fifth session; year actor target measure): audit7 0.962 0.718 0.763 0.832;
# audit8 0.962 0.797 0.722 0.767; audit9 0.977 0.841 0.674 0.780; audit10 0.992 0.805 0.707 0.699;
# audit11 0.977 0.782 0.684 0.744 (audit7, 9, 10 and 11 are read to develop rules); audit12 0.957 0.784
# 0.621 0.690 and audit13 0.945 0.883 0.789 0.828 (labelled blind, never read); audit14 (labelled blind
# this session while rules were written, scored after its last rule, never read) 0.959 0.746 0.754 0.721.
# Sixth session: audit15 (labelled blind, with headcount nouns and money rates too, scored at the start
# and after the last rule, never read) 0.959 0.854 0.732 0.724, noun 0.833, per 0.961.
# Seventh session: audit16 (the last 47 poverty articles of the quarter in no set, labelled blind like
# audit15, scored at the start and after each rule, never read) 0.974 0.871 0.793 0.741, noun 0.754, per 0.961;
# audit17 (50 articles on 脱贫/贫困 in no set, labelled blind mid-session, scored when its labels came in, never
# read) 0.908 0.850 0.775 0.775, noun 0.809, per 0.962; audit18 (50 articles on 对口/援建/援助 in no set, labelled
# blind after the session's last facts rule, scored once, never read) 0.976 0.895 0.734 0.734, noun 0.780, per 0.929
# Eighth session, both labelled blind like audit15 at its start: audit19 (50 more on 脱贫/贫困, read to develop
# rules) 0.930 0.870 0.852 0.809, noun 0.836, per 0.907 at the start; audit20 (50 more on 对口/援建/援助, never
# read then; read for its measures in the ninth session) 0.975 0.803 0.746 0.648, noun 0.867, per 0.949 at the start; audit21 (50 more on 脱贫/贫困, labelled blind
# late in the session, scored once with its start and end code, never read) 0.954 0.817 0.734 0.642, noun 0.727,
# per 0.926 at its end
# Ninth session, both labelled blind like audit15 at its start, never read: audit22 (50 more on 对口/援建/援助)
# 0.983 0.783 0.678 0.722, noun 0.779, per 0.931 with the session's start code; audit23 (the last 50 on
# 脱贫/贫困) 0.958 0.908 0.706 0.815, noun 0.886, per 0.900; audit24 (50 on 复工/就业/务工, labelled blind mid-session,
# then read for its measures) 0.948 0.843 0.617 0.617, noun 0.851, per 0.979 with the start code; audit25 (50 on
# 农村/农民/乡村, labelled blind mid-session, never read) 0.965 0.930 0.632 0.737, noun 0.703, per 0.820; audit26 (50
# on 复工/就业/务工/农村, labelled blind after the session's last facts rule, scored once with its start and end
# code, never read) 0.928 -> 0.964, 0.847, 0.622, 0.685 -> 0.730, noun 0.786, per 0.927
# Tenth session, both labelled blind at its start like audit15: audit27 (50 more on 复工/就业/务工, read to
# develop rules) 0.976 0.772 0.585 0.780, noun 0.795, per 0.971 with the start code; audit28 (50 more on
# 农村/农民/乡村, never read row by row; its aggregate was printed while rules were chosen) 0.975 0.775 0.692 0.750,
# noun 0.809, per 0.923 with the start code, 0.975 0.775 0.725 0.767 at the end; audit29 (50 on 企业/经济/投资,
# firms and the economy) and audit30 (50 on 学校/教育/学生, schools), labelled blind late in the session (its last
# facts rule was written meanwhile, from other sets), scored once with its start and end code, never read: audit29 0.921, 0.833 -> 0.825, 0.746 -> 0.772, 0.781, noun
# 0.760 -> 0.780, per 0.922; audit30 0.920, 0.800, 0.710, 0.770 -> 0.790, noun 0.853, per 0.920
# Eleventh session, all labelled blind like audit15 and never read row by row: audit31 (50 on 捐/援, gifts and aid)
# and audit32 (50 on 疫情/医疗/患者, the epidemic), labelled at its start and scored at its start, middle and end:
# audit31 1.000, 0.836 -> 0.853, 0.776, 0.862, noun 0.745, per 1.000; audit32 0.972 -> 0.991, 0.821, 0.755 -> 0.764,
# 0.792, noun 0.785, per 0.963; audit33 (50 more on 农村/农民/乡村) and audit34 (50 more on 复工/就业/务工), labelled
# mid-session, scored once at its end with its start and end code: audit33 0.963, 0.841 -> 0.843, 0.710 -> 0.713,
# 0.804 -> 0.815, noun 0.838 -> 0.853, per 0.872 -> 0.875; audit34 0.946 -> 0.955, 0.750, 0.723, 0.723, noun 0.862,
# per 0.915
# Twelfth session, all labelled blind like audit15 and never read row by row: audit35 (50 more on 企业/经济/投资)
# and audit36 (50 more on 疫情/医疗/患者), labelled at its start and scored at its start, middle and end: audit35
# 0.924, 0.819 -> 0.838, 0.819, 0.819, noun 0.804, per 0.959; audit36 0.973, 0.820, 0.730, 0.721, noun 0.769 -> 0.780,
# per 0.850; audit37 (50 more on 学校/教育/学生) and audit38 (50 on 对口/援, mostly 援鄂), labelled late in the
# session, scored once at its end with its start and end code: audit37 0.918, 0.900, 0.791, 0.782, noun 0.743, per
# 1.000, unchanged; audit38 0.972, 0.917, 0.722 -> 0.713, 0.870, noun 0.753, per 1.000
# Thirteenth session: audit39 (50 on 消费/销售/收入/电商, consumption and sales) and audit40 (50 on 社区/志愿者/基层,
# communities and volunteers), labelled blind like audit15 at its start, scored with its start and end code, never
# read: audit39 0.956 0.912 0.833 0.754, noun 0.864, per 0.900; audit40 0.982 0.891 0.600 0.800, noun 0.861, per
# 0.871, both unchanged from start to end
# floors per set, in the order of FLOOR_COLUMNS (noun and per only where the set labels them)
FLOOR_COLUMNS = ("year", "actor", "target", "measure", "noun", "per")
FLOORS = {name: dict(zip(FLOOR_COLUMNS, floors)) for name, floors in {
    "audit7": (0.93, 0.68, 0.73, 0.80),
    "audit8": (0.93, 0.75, 0.69, 0.73),
    "audit9": (0.94, 0.80, 0.63, 0.74),
    "audit10": (0.95, 0.78, 0.67, 0.64),
    "audit11": (0.94, 0.74, 0.63, 0.71),
    "audit12": (0.93, 0.75, 0.58, 0.66),
    "audit13": (0.92, 0.84, 0.76, 0.79),
    "audit14": (0.93, 0.71, 0.72, 0.69),
    "audit15": (0.93, 0.82, 0.70, 0.69, 0.81, 0.93),
    "audit16": (0.94, 0.84, 0.76, 0.71, 0.72, 0.93),
    "audit17": (0.88, 0.82, 0.74, 0.74, 0.78, 0.93),
    "audit18": (0.94, 0.86, 0.70, 0.70, 0.75, 0.90),
    "audit19": (0.90, 0.84, 0.82, 0.78, 0.80, 0.87),
    "audit20": (0.94, 0.77, 0.71, 0.73, 0.83, 0.91),
    "audit21": (0.92, 0.78, 0.70, 0.62, 0.69, 0.89),
    "audit22": (0.95, 0.75, 0.64, 0.70, 0.74, 0.89),
    "audit23": (0.92, 0.87, 0.67, 0.78, 0.85, 0.86),
    "audit24": (0.91, 0.80, 0.57, 0.62, 0.81, 0.94),
    "audit25": (0.92, 0.88, 0.59, 0.69, 0.66, 0.78),
    "audit26": (0.93, 0.81, 0.58, 0.69, 0.75, 0.89),
    "audit27": (0.94, 0.75, 0.59, 0.78, 0.76, 0.94),
    "audit28": (0.94, 0.74, 0.69, 0.74, 0.77, 0.89),
    "audit29": (0.89, 0.79, 0.74, 0.75, 0.75, 0.89),
    "audit30": (0.89, 0.77, 0.68, 0.76, 0.82, 0.89),
    "audit31": (0.97, 0.82, 0.74, 0.83, 0.71, 0.97),
    "audit32": (0.96, 0.79, 0.73, 0.76, 0.75, 0.93),
    "audit33": (0.93, 0.81, 0.68, 0.78, 0.82, 0.84),
    "audit34": (0.92, 0.72, 0.69, 0.69, 0.83, 0.88),
    "audit35": (0.89, 0.80, 0.79, 0.79, 0.77, 0.93),
    "audit36": (0.94, 0.79, 0.70, 0.69, 0.75, 0.82),
    "audit37": (0.88, 0.87, 0.76, 0.75, 0.71, 0.97),
    "audit38": (0.94, 0.88, 0.68, 0.84, 0.72, 0.97),
    "audit39": (0.92, 0.88, 0.80, 0.72, 0.83, 0.87),
    "audit40": (0.95, 0.86, 0.57, 0.77, 0.83, 0.84),
}.items()}


def read_tsv(path, delimiter="\t"):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


@pytest.fixture(scope="module", params=FLOORS)
def accuracy(request, tmp_path_factory):
    if not NEWS.is_dir():
        pytest.skip(f"{NEWS} not found: the articles are read in place")
    gold = read_tsv(GOLD / f"{request.param}.tsv")
    docs = sorted({row["doc_id"] for row in gold})
    out = tmp_path_factory.mktemp(request.param)
    summary = batch.run([str(NEWS / d.split("-")[0] / f"{d}.txt") for d in docs], str(out), workers=1, progress=False)
    assert summary.documents == len(docs) and not summary.problems
    predicted = {(r["doc_id"], r["start"], r["end"]) for r in read_tsv(out / "facts.csv", delimiter=",")}
    assert all((g["doc_id"], g["start"], g["end"]) in predicted for g in gold)  # every labelled figure is a row
    return request.param, SCORES.scores(SCORES.read(GOLD / f"{request.param}.tsv", "\t"), out)


def test_facts_accuracy_floors(accuracy):
    name, reached = accuracy
    assert all(reached[c] >= floor for c, floor in FLOORS[name].items()), reached


def test_the_labels_use_the_vocabulary():
    measures = {"aid", "donation", "investment", "sales", "output", "income", "subsidy", "loan", "budget", "price",
                "lifted", "poor", "employed", "trained", "sent", "relocated", "benefited", "visitors", "other"}
    for name in FLOORS:
        rows = read_tsv(GOLD / f"{name}.tsv")
        assert {r["measure"] for r in rows} <= measures, name
        assert not [r["row"] for r in rows if r["cue"] and r["measure"] == "other"], name  # other has no cue
