"""facts.csv and pairings.csv on sentences of our own making (SPEC.md, "Facts"): how far a year reaches,
who acts and who receives, what a figure measures, what is and is not a standing pairing."""
import pytest
from click.testing import CliRunner

from extract import Document, get_engine
from extract.cli import main


def facts(text, date="2020-06-01", engine=None):
    doc = (engine or get_engine())(Document("d", text, input_date=date))
    return {doc.text[m.start:m.end]: m.value for m in doc.mentions["facts"]}


def pairs(text, engine=None):
    doc = (engine or get_engine())(Document("d", text))
    return [(p.value.helper, p.value.helped, p.value.relation) for p in doc.mentions["pairings"]]


def test_a_page_break_inside_a_sentence_ends_nothing():
    fact = facts("2018年，嘉定区投入\n\n帮扶资金2600万元，用于产业项目。")["2600万元"]
    assert (fact.year, fact.actor, fact.measure, fact.cue) == (2018, "嘉定区", "aid", "帮扶资金")  # what 投入 moves


def test_a_year_reaches_the_rest_of_its_paragraph_but_not_the_next_one():
    same = facts("2019年，杨浦区在普洱市实施项目42个。项目覆盖贫困群众1.2万人。")["1.2万人"]
    assert (same.year, same.actor, same.target, same.measure) == (2019, "杨浦区", "普洱市", "benefited")
    assert facts("2019年，杨浦区在普洱市实施项目42个。\n全市共有建档立卡贫困人口8万人。")["8万人"].year is None


def test_a_giver_from_outside_the_sentence_must_act_in_the_document():
    held_there = facts("培训班于1月13日在北京开班。各地选派骨干教师300名参加培训。")["300名"]
    assert held_there.actor == ""  # 北京 is where it was held: no pairing, no clause it opens
    paired = facts("北京市对口帮扶和田地区。活动在北京开幕。各地选派骨干教师300名参加培训。")["300名"]
    assert paired.actor == "北京市"  # the document pairs 北京市 with 和田地区: it acts


def test_a_section_headed_by_a_pair_is_its_giver_s_not_a_story_s_setting():
    report = "苏州市对口帮扶铜仁市。\n（一）张家港市—沿河土家族自治县\n选派干部人才78名。\n"
    assert facts(report)["78名"].actor == "张家港市"  # the giver of the pair the heading names
    story = "苏州市对口帮扶铜仁市。\n张家港市永联村——\n村里选派干部人才78名。\n"
    assert facts(story)["78名"].actor == ""  # a heading naming a place alone sets the scene


def test_a_wider_place_above_a_figure_stands_for_the_paired_giver_inside_it():
    report = ("一、深圳市龙华区对口帮扶都安瑶族自治县工作情况\n（二）人才交流\n1.干部挂职。选派3名处级干部到都安挂职，"
              "接收12名科级干部赴深圳挂职锻炼。\n2.专业技术人才交流。选派专业技术人才37名到都安开展帮扶。\n")
    assert facts(report)["37名"].actor == "龙华区"  # 深圳 above it: the paired 龙华区 inside it acts, not 深圳市


def test_the_helper_a_county_calls_by_its_role_is_the_giver_it_names_most():
    text = "上海市静安区与我县建立结对关系，静安所能，我县所需。\n资金支持逐年递增。2017年以来，帮扶方累计向我县投入财政帮扶资金2.18亿元。"
    assert facts(text)["2.18亿元"].actor == "静安区"  # 帮扶方: the helper, named most


def test_a_year_after_the_figure_dates_it_only_in_brackets():
    assert facts("帮扶资金1.2亿元（2019年）已全部到位。")["1.2亿元"].year == 2019
    assert facts("他家年收入两万元，2018年就脱贫了。")["两万元"].year is None  # the year of another clause


def test_a_time_word_of_its_own_keeps_the_paragraph_year_out():
    fact = facts("2019年，上海援建项目加快推进。目前，叶城县有未脱贫人口3200人。")["3200人"]
    assert (fact.year, fact.actor, fact.target, fact.measure) == (None, "", "叶城县", "poor")
    yearly = facts("湘江纸业建厂于1958年。这个曾有1000多名职工、每年纳税近亿元的造纸厂关停了。")  # a rate per year
    assert (yearly["1000多名"].year, yearly["亿元"].year) == (None, None)


def test_the_base_of_a_comparison_dates_nothing():
    fact = facts("勐海县茶叶产值比2018年增长15%，达到6.5亿元。")["6.5亿元"]
    assert (fact.year, fact.target, fact.measure) == (None, "勐海县", "output")


def test_this_year_telling_an_age_dates_nothing():
    told = facts("今年49岁的他有28年党龄。社区现有居民3506户。今年全村脱贫120户。")
    assert (told["3506户"].year, told["120户"].year) == (None, 2020)
    assert facts("2019年28岁的他种了30亩地，年收入3万元。")["3万元"].year == 2019  # the age that year
    assert facts("今年四十几岁的他有28年党龄。社区现有居民3506户。")["3506户"].year is None  # an age said roughly
    assert facts("今年四十来岁的他有28年党龄。社区现有居民3506户。")["3506户"].year is None  # 来 as numbers read it


def test_a_quote_opens_a_clause_for_a_place_word_not_for_a_name():
    assert facts("北京东城区东华门街道地处核心区域。“区里派来96名干部，帮助社区防控。”")["96名"].actor == "东城区"
    assert facts("一辆挂着“黄埔欢迎您回家”横幅的大巴停在工地门口。31名工人返岗复工。")["31名"].actor == ""


def test_a_heading_year_dates_the_paragraph_under_it():
    fact = facts("（二）2019年财政收支情况\n全县一般公共预算收入4.2亿元。")["4.2亿元"]
    assert (fact.year, fact.year_kind, fact.measure) == (2019, "point", "budget")


def test_a_speaker_line_and_the_heading_under_it_head_one_section():
    text = ("贵州省剑河县岑松镇党委书记王林：\n2019年 合作社里有了新岗位\n"
            "我们镇的蔬菜基地天天都有人干活，基地带动320人就业，人均月收入2000多元。")
    fact = facts(text)["320人"]
    assert (fact.year, fact.target, fact.measure) == (2019, "剑河县", "employed")  # place and year from the two lines
    other = facts("标题：村里来了新产业\n内容：\n基地带动320人就业。")["320人"]
    assert other.target == ""  # a title line that ends without a colon leads nothing


def test_the_place_of_a_told_story_is_named_by_its_speaker_line():
    text = ("修新路 通山外\n村里的路修好了，全村62户都用上了自来水，去年人均收入8000元。\n"
            "贵州省黔东南州剑河县南加镇党委书记王林讲述\n本报记者 张三整理\n"
            "出门打工 挣钱回家\n我是江西遂川县人。\n我每月工资3600元。\n福建漳州市龙文区工人李四讲述")
    found = facts(text)
    assert (found["62户"].target, found["8000元"].target) == ("剑河县", "剑河县")
    assert found["62户"].actor == ""  # the teller's place is where the story is set, not a giver
    assert found["3600元"].target == "遂川县"  # the story names its place: not where the teller works
    assert facts("合作社带动35户养鸡。\n辽宁某食品集团副总经理李四讲述")["35户"].target == ""  # a firm's province


def test_the_lines_of_one_heading_head_one_section():
    text = "环卫工人黄清辉\n今年有了年终奖\n福利待遇有保障\n春节将至，他刚刚收到了一笔年终奖，奖金将近2000块钱。"
    assert facts(text, date="2020-01-21")["2000块"].year == 2020  # 今年 of the heading's second line
    letter = "习近平\n2020年3月15日\n防控指南\n员工宿舍原则上每间不超过6人。"
    assert facts(letter)["6人"].year is None  # a letter's date is no line of the heading under it


def test_a_plan_period_gives_both_ends():
    fact = facts("“十三五”期间，长宁区累计投入帮扶资金5.6亿元。")["5.6亿元"]
    assert (fact.year, fact.year_end, fact.year_kind, fact.actor) == (2016, 2020, "plan", "长宁区")


def test_relative_years_date_figures_only_in_a_dated_document():
    text = "去年，静安区向广南县捐赠物资折合120万元。"
    assert facts(text)["120万元"].year == 2019
    assert facts(text, date="")["120万元"].year is None


@pytest.mark.parametrize("text,figure,actor,target,measure", [
    ("曲靖市累计投入财政专项扶贫资金21亿元。", "21亿元", "曲靖市", "曲靖市", "aid"),         # spending on itself
    ("社会各界捐款300万元，用于修建村小学。", "300万元", "", "", "donation"),              # no place gives: blank
    ("松江区财政投资800万元建设蔬菜基地。", "800万元", "松江区", "松江区", "aid"),        # a government's 投资 is aid,
    # and with no place paired or named to receive it, spent on itself (as 曲靖市 above)
    ("浙江企业在会理县投资3.5亿元建设工厂。", "3.5亿元", "浙江省", "会理县", "investment"),  # firms' 投资 is investment;
    # 会理县 (会理市 since 2021) is read by its former name: the money lands there (在会理县)
    ("普陀区帮助德宏州芒市1.3万名贫困群众脱贫。", "1.3万名", "普陀区", "芒市", "lifted"),  # 帮助…脱贫, the innermost place
    ("奉贤区组织企业采购云南特色农产品2300万元。", "2300万元", "奉贤区", "云南省", "sales"),
    ("在贵州，榕江县年底前还有贫困人口2100户。", "2100户", "", "榕江县", "poor"),        # 在贵州 frames; 榕江县 is inside
    ("青岛市注资600万元建设扶贫车间。", "600万元", "青岛市", "青岛市", "aid"),            # a government's 注资 is aid
    ("内蒙古自治区对口支援湖北省荆门市。巴彦淖尔市向荆门市捐赠价值300万元的农产品。",   # inside a helper: a helper
     "300万元", "巴彦淖尔市", "荆门市", "donation"),
    ("福建省宁化县曾是国家级贫困县，2016年有贫困人口1.2万人。", "1.2万人", "", "宁化县", "poor"),  # whatever its side
    ("甘肃省去年实现脱贫。今年以来，全省各地帮助农民工返岗就业3.1万人。", "3.1万人", "甘肃省", "甘肃省", "employed"),  # 全省
])
def test_roles_and_measure(text, figure, actor, target, measure):
    fact = facts(text)[figure]
    assert (fact.actor, fact.target, fact.measure) == (actor, target, measure)


@pytest.mark.parametrize("text,expected", [
    ("徐汇区、普陀区分别对口帮扶元阳县、红河县。", [("徐汇区", "元阳县", "对口帮扶"), ("普陀区", "红河县", "对口帮扶")]),
    ("徐汇区、普陀区对口帮扶元阳县、红河县。", []),                         # two lists pair up only with 分别
    ("挂职芒市副市长的上海普陀区干部介绍了情况。", []),                      # a posted cadre is no arrangement
    ("沪滇协作不断深化。", []),                                              # one-character names name no division
    ("杭州市与恩施州开展东西部扶贫协作，杭州市对口帮扶恩施州。",              # named twice: one row, the arrangement's name
     [("杭州市", "恩施土家族苗族自治州", "扶贫协作")]),
    ("宁波市对口协作黔西南州。", [("宁波市", "黔西南布依族苗族自治州", "扶贫协作")]),
])
def test_pairings(text, expected):
    assert pairs(text) == expected


def test_a_user_teaches_a_relation_word_with_one_line(rules_copy):
    sentence = "嘉兴市与四川省凉山州协作帮扶。"
    assert pairs(sentence) == [("嘉兴市", "凉山彝族自治州", "帮扶")]  # today: any other wording is 帮扶
    path = rules_copy / "pairings.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    扶贫协作: 扶贫协作\n", "    扶贫协作: 扶贫协作\n    协作帮扶: 扶贫协作\n", 1), encoding="utf-8")
    check = CliRunner().invoke(main, ["rules", "check", str(rules_copy)])
    assert check.exit_code == 0, check.output
    assert pairs(sentence, get_engine(str(rules_copy))) == [("嘉兴市", "凉山彝族自治州", "扶贫协作")]


def test_every_figure_has_one_fact_in_the_same_order(engine):
    doc = engine(Document("d", "2019年，宝山区投入1亿元，带动165户、600人就业。"))
    figures = sorted(doc.mentions["amounts"] + doc.mentions["headcounts"], key=lambda m: m.start)
    assert [(m.start, m.end) for m in doc.mentions["facts"]] == [(m.start, m.end) for m in figures]


@pytest.mark.parametrize("unit", ["天河区与荔波县共同安排帮扶资金100万元，", "两地共同帮助200人到江苏就业，",
                                  "到上海、浙江、江苏等地务工300人、"])
def test_a_figure_in_a_sentence_of_thousands_reads_only_within_reach(engine, monkeypatch, unit):
    """A scraped page with no 。 is one sentence of thousands of figures: each figure looks at places within the
    sentence_reach of its clause, the sentence before it included, never back to the start (which made the
    whole document quadratic and over its time limit)."""
    from extract.tables.facts import _Reader
    widths, places_in = [], _Reader.places_in

    def recording(self, start, end, spots=False):
        if (start, end) != (0, len(self.text)):  # (not the lists read once per document)
            widths.append(end - start)
        return places_in(self, start, end, spots)
    monkeypatch.setattr(_Reader, "places_in", recording)
    doc = engine(Document("d", "天河区对口帮扶荔波县。" + unit * 400 + "。"))
    assert len(doc.mentions["facts"]) >= 400 and max(widths) < 2_000


def test_the_readme_questions_run_on_a_fresh_run(tmp_path):
    """The three pandas answers in README.md run as written, on tables of today's code."""
    from conftest import ROOT
    from extract import run as batch
    batch.run([str(ROOT / "corpus")], str(tmp_path), workers=1, progress=False)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("### pairings.csv and facts.csv")[1].split("```python\n")[1].split("```")[0]
    printed = []
    exec(code.replace('"output/', f'"{tmp_path}/'), {"print": printed.append})
    assert "罗平县" in printed[0]["宝山区"]                   # 1. 宝山区's pairings
    assert printed[2].startswith("1 of 5 figures name no giver")  # 2. the caveat the README quotes
    assert printed[3][("姚安县", "户")] == 100                # 3. households lifted in 姚安县


def test_the_same_tables_whatever_the_hash_seed(tmp_path):
    """Nothing may depend on the order of a set of strings, which changes from process to process:
    two givers named equally often (上海, 广东) give the first named as the passage's giver."""
    import os
    import subprocess
    import sys
    text = "上海市和广东省的企业到湖北省投资。本市企业捐赠物资。全市共采购农产品300万元。"
    program = ("import sys; from extract import Document, get_engine; "
               "print(get_engine()(Document('d', sys.argv[1])).rows('facts'))")
    outputs = {subprocess.run([sys.executable, "-c", program, text], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and "上海市" in outputs.pop()
