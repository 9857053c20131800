"""The whole pipeline on generated text: never an exception, and every row as SPEC.md defines it.

Text is drawn from pieces real articles are made of (numbers in every
writing, units, place names, years, markup, whitespace, invisible
characters, odd punctuation), so that the rules meet their edge cases.
CI runs a bounded number of examples; for a longer local run:
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_pipeline_property.py
"""
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Document, get_engine

settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=30_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PIECES = ["上海", "浦东新区", "云南省", "曲靖市", "会泽县", "喀什", "莎车县", "大理", "投入", "资金", "帮扶", "对口支援",
          "2019年", "2016-2020年", "十三五", "截至", "以来", "从", "自", "今年", "去年", "12月", "底",
          "1.2亿元", "200多万元", "三四千元", "数十亿", "人民币", "美元", "$", "块", "毛钱", "5分", "元", "万", "亿", "千",
          "1,200", "82，225.00", "壹仟玖佰圆", "两个亿", "一点五", "名", "人次", "户", "口", "一家", "人", "约", "近",
          "超过", "不少于", "以上", "左右", "余", "多", "几", "-", "—", "至", "到", "(含)", "/年", "每亩", "人均",
          "，", "。", "、", "；", "（", "）", "“", "”", "\n", "\n\n", " ", "\u3000", "\u200b", "**", "__", "\ufeff",
          "http://x.cn/2019/1", "0", "1", "7", "9", "〇", "一", "二", "十", "百", "零", "a", "Z", "%"]


@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_every_row_is_as_spec_defines_it(text):
    doc = get_engine()(Document("p", text))
    for table in doc.mentions:
        if table == "documents":
            assert [r["chars"] for r in doc.records(table)] == [str(len(text))]
            continue
        for row in doc.records(table):
            start, end = row["start"], row["end"]
            assert 0 <= start < end <= len(text), (table, row)
            assert row["text"] == "".join(text[start:end].split()) and row["text"], (table, row)
            assert not text[start].isspace() and not text[end - 1].isspace()
        for m in doc.mentions[table]:
            value = m.value
            if hasattr(value, "value_max") and value.value_max is not None:
                assert value.value <= value.value_max, (text, m)
            if table == "years":
                assert 1900 <= value.year <= 2100 and (value.year_end is None or value.year <= value.year_end)
