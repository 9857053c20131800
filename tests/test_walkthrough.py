"""The README walkthrough, kept true: a pattern the rules miss, and how to add it."""
import re

from click.testing import CliRunner

from conftest import ROOT
from extract.cli import main

SENTENCE = "企业累计投资20亿韩币"


def explain(rules_dir):
    result = CliRunner().invoke(main, ["explain", "--rules", str(rules_dir), SENTENCE])
    assert result.exit_code == 0, result.output
    return result.output


def test_adding_a_currency_word(rules_copy):
    assert "amounts" not in explain(rules_copy)          # 1. the shipped rules miss 韩币
    path = rules_copy / "amounts.yaml"                    # 2. the edit: one lexicon line, one example
    text = path.read_text(encoding="utf-8")
    text = text.replace("    韩元: KRW\n", "    韩元: KRW\n    韩币: KRW\n", 1)
    text = text.replace("      - text: 推动城乡二元结构转型",
                        "      - text: 企业累计投资20亿韩币。\n"
                        "        rows: [{text: 20亿韩币, value: 2000000000, currency: KRW}]\n"
                        "      - text: 推动城乡二元结构转型", 1)
    path.write_text(text, encoding="utf-8")
    check = CliRunner().invoke(main, ["rules", "check", str(rules_copy)])  # 3. the check
    assert check.exit_code == 0, check.output
    quoted = re.search(r"`extract rules check` → `([^`]+)`", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert quoted.group(1) == check.output.strip().splitlines()[-1]  # the README quotes today's count
    assert "20亿韩币" in explain(rules_copy)              # 4. the new row
    assert "value=2000000000 currency=KRW" in explain(rules_copy)
