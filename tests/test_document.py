import unicodedata

import pytest
from hypothesis import given, strategies as st

from extract.document import SIMPLIFIED, Document, Stops
from extract.load import DocumentError, decode


def test_offsets_point_into_raw_text_across_breaks_and_markup():
    raw = "投入\n\n6.04\n\n亿元，**141.08亿元**"
    doc = Document("d", raw)
    assert doc.clean == "投入6.04亿元，141.08亿元"
    i = doc.clean.index("6.04")
    s, e, text = doc.locate(i, i + len("6.04亿元"))
    assert raw[s:e] == "6.04\n\n亿元"
    assert text == "6.04亿元"
    j = doc.clean.index("141")
    s, e, text = doc.locate(j, j + len("141.08亿元"))
    assert raw[s:e] == text == "141.08亿元"


def test_every_kind_of_whitespace_is_dropped():
    """str.isspace() and re's \\s include the separators U+001C-U+001F; the regex module's \\s does not."""
    doc = Document("d", "投资1\x1f000元，帮扶5\x1c0人\u3000\xa0共计")
    assert doc.clean == "投资1000元，帮扶50人共计"


def test_full_width_digits_fold_and_urls_are_masked():
    doc = Document("d", "投资１２３万元，见http://www.gov.cn/2019/1.html")
    assert doc.clean.startswith("投资123万元")
    assert "2019" not in doc.clean


def test_traditional_characters_read_as_simplified_in_place():
    """A text in traditional characters matches rules written in simplified ones, character for character, while
    rows keep the text as written; characters simplified text uses too (著名, 乾坤) stay."""
    raw = "廈門市對口幫扶海原縣，著名的乾坤灣。"
    doc = Document("d", raw)
    assert doc.clean == "厦门市对口帮扶海原县，著名的乾坤湾。"
    i = doc.clean.index("海原县")
    assert doc.locate(i, i + 3)[2] == "海原縣"
    assert doc.as_written("对口帮扶", 0) == "對口幫扶"
    assert Document("d", "上海市对口帮扶云南省").clean == "上海市对口帮扶云南省"


def test_a_tab_between_cells_reads_as_the_cell_mark():
    """A table copied from a web page keeps its cells apart by tabs: each reads as ｜, in place, and the row is a
    paragraph of its own; a tab at a line's start or end is dropped with the rest of the blank."""
    raw = "序号\t项目\t投资额\t落地县\n1\t刺梨项目\t5.2亿元\t大方县\n\t2019年，投资增加。"
    doc = Document("d", raw)
    assert doc.clean == "序号｜项目｜投资额｜落地县1｜刺梨项目｜5.2亿元｜大方县2019年，投资增加。"
    i = doc.clean.index("5.2亿元")
    assert doc.locate(i, i + 5)[2] == "5.2亿元"
    assert [doc.clean[p.start:p.end] for p in doc.paragraphs][1] == "1｜刺梨项目｜5.2亿元｜大方县"


def test_a_table_written_with_spaces_has_rows_under_its_heading():
    """Columns parted by spaces make table rows like cell marks do, under a heading row of as many cells; a line of
    spaced words with no heading row over it is no row."""
    raw = "记者　王明　摄\n序号　帮扶区　　受援县　　资金（万元）\n1　　西湖区　　雷山县　　4320\n说明：以上　数据　截至6月"
    doc = Document("d", raw)
    (row,) = doc.table_rows
    assert [doc.clean[a:b] for a, b in row.cells] == ["1", "西湖区", "雷山县", "4320"]
    assert [doc.clean[a:b] for a, b in row.head] == ["序号", "帮扶区", "受援县", "资金（万元）"]


def test_a_table_parted_by_one_full_width_space_has_rows_too():
    """A statistics page parts its columns by one full-width space (区（县）　结对帮扶市（区）　资金): its rows are
    found in a text with no wider gap, and a header line of one-space fields, its digits and all, is no row."""
    raw = ("发布时间：2020-11-09　来源：统计局\n区（县）　结对帮扶市（区）　财政帮扶资金（万元）\n碧江区　昆山市　3862\n"
           "江口县　姑苏区　3015")
    doc = Document("d", raw)
    assert [[doc.clean[a:b] for a, b in row.cells] for row in doc.table_rows] == [
        ["碧江区", "昆山市", "3862"], ["江口县", "姑苏区", "3015"]]


def test_a_caption_line_is_no_table_row():
    """A photo's caption ends its sentences with its byline in one-space fields (…。（记者　王洋　摄）): no table's
    heading, nor a row under the caption above it."""
    raw = ("　　专家在永宁县人民医院为群众义诊。（记者　王洋　摄）\n\n"
           "　　福建对口帮扶西吉县以来，累计投入帮扶资金5.2亿元，实施项目400余个。（记者　张涛　摄）")
    assert Document("d", raw).table_rows == []


def test_a_space_between_digits_parts_two_numbers():
    """A space between two digits stays, as one space at its raw offset: a date and its time, an item's number and
    a year are no one number; a space parting thousands, a space elsewhere, or an invisible mark between digits is
    dropped."""
    doc = Document("d", "2020-12-30　18:06 发布\n01　　2016年，投资1 000 000元、2\u200b000万元")
    assert doc.clean == "2020-12-30 18:06发布01 2016年，投资1000000元、2000万元"
    i = doc.clean.index("2016年")
    assert doc.locate(i, i + 5)[:2] == (24, 29)


def test_a_space_after_a_lines_item_number_parts_it_from_the_figure():
    """A line's item number and its dot, then a space and a figure (a data column's 3. 38.7亿元), are two numbers,
    not 3.38.7; a dot inside a line (投入3. 5亿元, a stray space in a decimal) joins as before."""
    doc = Document("d", "数说十年\n\n　　3. 38.7亿元　累计投入\n12． 420名　选派干部\n投入3. 5亿元")
    assert doc.clean == "数说十年3. 38.7亿元累计投入12. 420名选派干部投入3.5亿元"


def test_decode_utf8_gbk_and_failures():
    assert decode("上海".encode("utf-8")) == ("上海", "")
    text, note = decode("上海对口帮扶云南".encode("gbk"))
    assert text == "上海对口帮扶云南" and "GBK" in note
    with pytest.raises(DocumentError, match="binary"):
        decode(b"\x00\x01\x02abc")
    with pytest.raises(DocumentError, match="empty"):
        decode(b"  \n")
    with pytest.raises(DocumentError, match="not UTF-8"):
        decode(bytes([0x80, 0xfd, 0xff, 0xfe]) * 10)


def test_numeral_heading_above_digits_stays_apart():
    doc = Document("d", "六\n\n133人参加，投入\n\n6.04\n\n亿元")
    assert doc.clean == "六\n133人参加，投入6.04亿元"


def test_a_line_introducing_who_speaks_is_a_heading_even_with_titles_listed():
    raw = "江苏对口帮扶贵州铜仁工作队印江工作组组长、印江县委常委、副县长沈建民：\n自从我们吴江区携手印江县开展扶贫协作后。"
    first = Document("d", raw).paragraphs[0]
    assert first.heading and raw.startswith("江苏") and first.end == raw.index("\n")  # not glued to the story under it
    assert not Document("d", "他说，今年全村有三件大事：\n修路、建校、办厂。").paragraphs[0].heading  # a sentence going on


def test_a_subheading_of_two_phrases_ends_its_paragraph_but_heads_no_section():
    doc = Document("d", "　　全区民兵积极行动。\n　　老兵带动，民兵火线入党\n　　164名民兵申请入党。")
    lines = [(doc.clean[p.start:p.end], p.heading) for p in doc.paragraphs]
    assert lines[1] == ("老兵带动，民兵火线入党", False) and len(lines) == 3
    assert Document("d", "据介绍，\n　　当前各地复工有序。").paragraphs[0].end > 4  # a break after a comma ends nothing
    assert Document("d", "2018年，嘉定区投入\n\n帮扶资金2600万元。").paragraphs[0].end > 12  # a page break: unindented


def test_the_first_line_over_an_indented_paragraph_is_the_title_commas_and_all():
    doc = Document("d", "顺义区扎实推进京蒙扶贫协作 助力科左中旗、奈曼旗脱贫摘帽\n\n    2018年4月，顺义区与奈曼旗结对。")
    assert [(doc.clean[p.start:p.end][:7], p.heading) for p in doc.paragraphs] == [("顺义区扎实推进", True), ("2018年4月", False)]
    # not a later line (a sentence a page breaks goes on), nor a first line under an unindented one
    assert len(Document("d", "全区民兵积极行动。\n驻村干部、民兵和志愿者在镇区各个路口设卡检查车辆并劝返外地\n    人员。").paragraphs) == 2
    assert len(Document("d", "2018年，嘉定区、宝山区投入\n\n帮扶资金2600万元。").paragraphs) == 1


def test_a_line_ending_with_the_period_it_heads_is_a_heading_commas_and_colons_and_all():
    doc = Document("d", "起步：打井窖、建学校（1996—2000年）\n5年间，福建援助资金1.43亿元。")
    assert [p.heading for p in doc.paragraphs] == [True, False]
    # not a single year in brackets closing a sentence's line (带动就业300人（2019年）), nor a long line
    assert len(Document("d", "上海市投入资金5000万元，带动就业300人（2019年）\n共1亿元。").paragraphs) == 1
    assert len(Document("d", "宝山区、嘉定区、闵行区、松江区和奉贤区按照协议向云南省各结对县投入帮扶资金（2019年）\n\n共1亿元。"
                                  ).paragraphs) == 1


def test_a_numbered_heading_ends_its_paragraph_indented_or_not_but_heads_no_section():
    for raw in ("一、基本情况\n全区投入资金1亿元。", "　　一、基本情况\n　　全区投入资金1亿元。", "3、劳务协作\n\n转移就业500人。",
                "（二）强化资金项目管理，帮扶成效持续显现\n1.资金投入。全年到位资金1亿元。"):
        doc = Document("d", raw)
        lines = [(doc.clean[p.start:p.end], p.heading) for p in doc.paragraphs]
        assert len(lines) == 2 and not lines[0][1] and lines[0][0].endswith(("基本情况", "劳务协作", "持续显现")), raw
    assert len(Document("d", "一、坚持精准，\n扎实推进。").paragraphs) == 1  # a sentence going on past its comma
    for heading in ("二、县区结对，把协作延伸到村到户", "一、寻甸县：聚焦整村推进，夯实产业基础"):
        two_phrases = Document("d", heading + "\n2017年以来，两省区完善结对关系。")
        assert [p.numbered for p in two_phrases.paragraphs] == [True, False], heading  # a heading of two phrases
    item = Document("d", "1、投入资金1亿元，实施项目42个\n选派干部20名。")  # an item whose period was left off
    assert len(item.paragraphs) == 1


def test_a_numbered_heading_after_a_blank_line_opens_a_part_whatever_the_line_above_lacks():
    names = ("二、先进个人（14名）\n李卫东　北京市东城区挂职阿尔山市委常委、副市长\n韩　梅（女）　化德县扶贫开发办公室股长\n\n"
             "三、结对关系及到位资金（部分）\n\n东城区——化德县（1.02亿元）")
    doc = Document("d", names)
    parts = [(doc.clean[p.start:p.end][:4], p.numbered) for p in doc.paragraphs]
    assert ("三、结对", True) in parts and doc.numbered_above(len(parts) - 1) == len(parts) - 2, parts
    # (a page break inside a sentence goes on: no numbered heading after it; nor does the line right under the list,
    # no blank line between: a record's line goes on there as before)
    assert len(Document("d", "2018年，嘉定区投入\n\n帮扶资金2600万元。").paragraphs) == 1
    unbroken = Document("d", names.replace("股长\n\n三、", "股长\n三、"))
    assert not any(p.numbered and unbroken.clean[p.start:p.end].startswith("三、") for p in unbroken.paragraphs)


def test_a_dashed_pair_line_opens_a_paragraph_and_the_next_one_is_an_item_not_a_heading():
    doc = Document("d", "结对关系\n截至2020年，上海主要区的结对关系如下：\n黄浦区——普洱市：澜沧县、孟连县\n"
                        "徐汇区——红河州：泸西县\n松江区——西双版纳州\n其余各区分别与大理等州市的贫困县结对。")
    lines = [(doc.clean[p.start:p.end][:5], p.heading) for p in doc.paragraphs]
    assert lines == [("结对关系", True), ("截至202", False), ("黄浦区——", False), ("徐汇区——", False),
                     ("松江区——", False), ("其余各区分", False)]
    assert {doc.section_index(k) for k in range(1, 6)} == {0}
    # the list's first item no heading either, however short
    doc = Document("d", "结对关系\n截至2020年，上海主要区的结对关系如下：\n松江区——西双版纳州\n徐汇区——红河州：泸西县")
    assert [p.heading for p in doc.paragraphs] == [True, False, False, False]
    # a range of years opening a line goes on with the sentence above it
    assert len(Document("d", "截至2020年底，上海市累计投入资金\n2016—2020年间共计1亿元。").paragraphs) == 1


def test_a_quoted_phrase_with_dashes_opening_a_line_goes_on_with_the_sentence_above():
    """No dashed pair line (DASHED_ITEM): a quoted or titled phrase with dashes in it or after it, a run of dashes,
    a table's row with an empty cell; a sentence broken before it keeps its year."""
    doc = Document("d", "2019年，两地建立\n“州—县—乡”三级劳务协作工作站，帮助贫困劳动力就业1200人。")
    assert len(doc.paragraphs) == 1
    assert len(Document("d", "2021年，宁夏播出了\n《山海情》——一部讲述闽宁协作的电视剧。").paragraphs) == 1
    assert len(Document("d", "截至2020年，宁波市累计投入资金\n——记中国—东盟博览会上的宁波展团。").paragraphs) == 1
    assert len(Document("d", "上海市累计投入，\n合计｜——｜55300万元").paragraphs) == 1


def test_a_note_in_brackets_after_a_sentence_end_ends_the_line_s_paragraph():
    plan = Document("d", "1. 安排资金不低于2.35亿元，其中投向澜沧县8000万元。（责任单位：区财政局）\n"
                         "2. 全年实施项目110个，带动贫困人口1万人。（责任单位：区合作交流办）")
    assert len(plan.paragraphs) == 2
    one = Document("d", "宝山区投入资金2.35亿元，实施项目42个（区财政局\n负责）。共1亿元。")  # no sentence ends before it
    assert len(one.paragraphs) == 1


def test_a_table_record_heads_nothing():
    table = Document("d", "附：2020年项目表\n项目名称：茶园 / 资金：860万元\n项目名称：养殖 / 资金：620万元")
    assert [p.heading for p in table.paragraphs] == [True, False, False]  # records under the table's heading
    for line in ("日期：2020年9月10日　来源：普洱市教育体育局", "来源：新华网 | 作者：王明"):
        assert Document("d", line + "\n投入资金1亿元。").paragraphs[0].heading, line  # a header line is no record


def test_a_line_with_a_number_spaced_off_is_no_record_line():
    record = Document("d", "二、先进个人\n张明　上海市援滇干部\n李强　红河州绿春县扶贫办主任")
    assert record.record_line_start(record.clean.index("红河州")) == record.clean.index("李强")
    wrapped = Document("d", "2019年，上海市宝山区与\n云南省曲靖市会泽县结对帮扶，投入资金 1200 万元。")
    assert wrapped.record_lines == ([], [])  # (a hard wrap inside a sentence ends nothing: SPEC.md)


def test_a_comma_between_digits_parts_no_clause_where_thousands_are_asked_for():
    text = "就业8,000人、脱贫人口3,500人，另有1,2,3"
    pos = text.index("3,500")
    assert Stops("，,", thousands=True).around(text, pos, 0, len(text)) == (0, text.index("，"))
    assert Stops("，,").around(text, pos, 0, len(text)) == (text.index("8,") + 2, text.index("3,") + 1)
    # (as the rules' DIGITS read them: a comma with no three digits after it parts a list, 1,2,3; so does a full-width one)
    assert Stops("，,", thousands=True).around(text, text.index("另"), 0, len(text)) == (text.index("，") + 1,
                                                                                       text.index("1,") + 1)
    assert Stops("，,", thousands=True).around("投入8，236万元，其中", 0, 0, 12) == (0, 9)


def test_a_header_count_keeps_its_line_break_a_number_before_its_unit_does_not():
    assert Document("d", "标题\n浏览次数：1362\n\n去年投入。").clean == "标题浏览次数：1362\n去年投入。"
    assert Document("d", "帮扶资金：6.04\n亿元。").clean == "帮扶资金：6.04亿元。"  # a page break inside one amount


def test_a_speaker_line_closes_its_section_and_ends_its_paragraph():
    raw = ("种茶叶 鼓腰包\n全乡茶园扩大到两万亩。\n云南省普洱市澜沧县、惠民镇党委书记李华讲述\n"
           "本报记者 王明整理\n修新路 通山外\n村里的路修好了。")
    doc = Document("d", raw)
    lines = [(doc.clean[p.start:p.end], p.heading, p.speaker) for p in doc.paragraphs]
    assert lines[2] == ("云南省普洱市澜沧县、惠民镇党委书记李华讲述", False, True)  # a paragraph, though it has a 、
    assert lines[4] == ("修新路通山外", True, False)  # the next story's heading is not glued to it
    assert doc.speakers(0) == [doc.paragraphs[2]]  # it belongs to the story above it
    assert doc.speakers(4) == []
    assert not Document("d", "他在会上讲述\n了自己的经历。").paragraphs[0].speaker  # a sentence going on


@pytest.mark.parametrize("raw", [
    "\ufeff  开头空白\n\n**上海**  对口\t帮扶__云南__，投入１２３万元\r\n\r\n",
    "六\n\n133人\n**\n\n**7\n\n八 见 www.gov.cn/a 结束 ",
    "   ",
    "无需修补的一句话。",
    "投资2\u200b亿元，捐赠3\u00ad00万元，合计2**3亿元",
])
def test_every_clean_character_maps_to_its_raw_character(raw):
    offsets_agree(raw)


@given(st.text(alphabet="上海对口1２ \n\r\t\u3000*_\u200b\ufeff六", max_size=40))
def test_offsets_agree_on_any_mix_of_blanks_markup_and_text(raw):
    offsets_agree(raw)


def offsets_agree(raw):
    doc = Document("d", raw)
    offsets = [doc.raw_offset(i) for i in range(len(doc.clean))]
    assert offsets == sorted(set(offsets))  # strictly increasing
    for c, o in zip(doc.clean, offsets):
        source = raw[o]
        if c == "\n":
            assert source.isspace()  # a kept break stands where its run began
        elif c == "\u2591":
            assert source.isascii()  # a masked web address
        elif c == "｜" and source == "\t":
            pass  # a tab between a table's cells
        else:
            assert c in (source, unicodedata.normalize("NFKC", source), source.translate(SIMPLIFIED))
    dropped = set(range(len(raw))) - set(offsets)
    assert all(raw[i].isspace() or raw[i] in "*_\ufeff\u200b\u00ad" for i in dropped)
    # and back: every raw offset to the first clean character at or after it
    assert [doc.clean_offset(r) for r in range(len(raw) + 1)] == [
        next((i for i, o in enumerate(offsets) if o >= r), len(doc.clean)) for r in range(len(raw) + 1)]
