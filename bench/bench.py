"""Throughput and peak memory of `extract run` against the tools a user would pick instead.

    .venv/bin/python bench/bench.py            # 20 MB corpus
    .venv/bin/python bench/bench.py --quick    # 2 MB smoke run

Builds two corpora in a temp folder from the corpus/ articles, each copy
shifted by a different number of filler paragraphs, and (when
../shared/news/rmrb-2020q1 exists) real People's Daily articles: the
benchmark's corpus (40% news) and a half-news, half-corpus mix. Every
measured command runs in its own subprocess; seconds are wall time from
start to exit (start-up included), peak RSS comes from os.wait4 (the largest
single process of the tree) and, with psutil, from sampling the whole tree.
Shared machines have slow spells: every command runs --rounds times,
interleaved, and the best time of each is reported. Start-up (extract on a
one-line file, importing JioNLP) is measured too, and throughput after it.

Peers, each on the same text (skipped when not installed): JioNLP's money
extraction (the amounts table), cpca's address extraction from running text
(places), JioNLP's time extraction (years; it runs at ~35k characters/s, so
on one file in 20, and its chars/s is over those files).
"""
from __future__ import annotations

import argparse
import compileall
import datetime
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "news" / "rmrb-2020q1"

SEGMENT = """
import sys, pathlib
files = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))[::int(sys.argv[2])]
{setup}
for f in files:
    {call}(f.read_text(encoding="utf-8"))
"""
SAMPLE = 20  # the slow peers run on one file in SAMPLE


@dataclass(frozen=True)
class Baseline:
    setup: str
    call: str
    module: str = ""  # a peer that may not be installed (its lines are skipped then)
    step: int = 1  # one file in `step`


BASELINES = {
    "jieba.lcut (Python jieba)": Baseline(
        "import jieba, logging; jieba.setLogLevel(logging.WARNING); jieba.initialize()", "jieba.lcut"),
    "rjieba.cut": Baseline("import rjieba", "rjieba.cut"),
    "jionlp.ner.extract_money": Baseline("import jionlp", "jionlp.ner.extract_money", "jionlp"),
    # cpca builds a DataFrame of what it found and, under pandas 3, raises KeyError when that is nothing
    "cpca.transform_text_with_addrs": Baseline(
        "import cpca, contextlib\ndef places(text):\n    with contextlib.suppress(KeyError):\n"
        "        cpca.transform_text_with_addrs(text)", "places", "cpca"),
    f"jionlp.ner.extract_time (1 file in {SAMPLE})": Baseline("import jionlp", "jionlp.ner.extract_time", "jionlp",
                                                              SAMPLE),
}


def build_corpus(folder: Path, target_bytes: int, news_share: float = 0.4) -> str:
    used, size = [], 0
    if NEWS.is_dir():
        news = sorted(NEWS.rglob("*.txt"))
        step = max(1, round(sum(f.stat().st_size for f in news) / (target_bytes * news_share)))
        for f in news[::step]:
            if size >= target_bytes * news_share:
                break
            data = f.read_bytes()
            (folder / f"rmrb_{f.stem}.txt").write_bytes(data)
            size += len(data)
        used.append(f"{size / 2**20:.1f} MB of {NEWS.relative_to(ROOT.parent)} (1 article in {step})")
    else:
        used.append(f"no {NEWS} (real news skipped)")
    articles = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "corpus").glob("*.txt"))]
    filler = [p for a in articles for p in a.split("\n") if len(p) > 40]
    start, copy = size, 0
    while size < target_bytes:
        for j, text in enumerate(articles):
            k = (copy * 7 + j * 3) % 23  # a different shift for each copy
            head = "\n\n".join(filler[(copy + i) % len(filler)] for i in range(k))
            data = ((head + "\n\n" if head else "") + text).encode("utf-8")
            (folder / f"syn_{copy:05d}_{j}.txt").write_bytes(data)
            size += len(data)
        copy += 1
    used.append(f"{(size - start) / 2**20:.1f} MB of corpus/ x{copy} with 0-22 filler paragraphs in front")
    return "; ".join(used)


def measure(cmd: list[str]) -> tuple[float, float, float | None, str]:
    """Seconds, peak RSS MB of the largest process, peak MB of the whole tree (psutil), error."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    tree_peak, stop = [0], threading.Event()
    try:
        import psutil

        def sample():
            parent = psutil.Process(proc.pid)
            while not stop.wait(0.05):
                try:
                    procs = [parent, *parent.children(recursive=True)]
                    rss = 0
                    for p in procs:
                        try:
                            rss += p.memory_info().rss
                        except psutil.Error:
                            pass
                    tree_peak[0] = max(tree_peak[0], rss)
                except psutil.Error:
                    return
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
    except ImportError:
        sampler = None
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    stop.set()
    if sampler:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = err.strip().splitlines()
    error = "" if proc.returncode in (0, 1) else (lines[-1] if lines else f"exit {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024, (tree_peak[0] / 2**20 if sampler else None), error


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--quick", action="store_true", help="2 MB corpus, a smoke run")
    ap.add_argument("--rounds", type=int, default=3,
                    help="run every command this many times, interleaved, and keep each one's best (default 3)")
    args = ap.parse_args()
    mb = 2 if args.quick else args.mb
    rounds = 1 if args.quick else max(1, args.rounds)
    # the peers' bytecode was compiled when pip installed them; ours too, as an installed package's is
    # (an editable install under PYTHONDONTWRITEBYTECODE would compile every module at every start)
    compileall.compile_dir(ROOT / "src" / "extract", quiet=1)
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        corpora = {}
        for name, share in (("bench", 0.4), ("mix", 0.5)):
            folder = Path(tmp) / name
            folder.mkdir()
            used = build_corpus(folder, int(mb * 2**20), share)
            files = sorted(folder.glob("*.txt"))
            chars = [len(f.read_text(encoding="utf-8")) for f in files]
            corpora[name] = (folder, chars)
            print(f"corpus {name}: {len(files)} files, {sum(f.stat().st_size for f in files) / 2**20:.1f} MB, "
                  f"{sum(chars):,} characters: {used}")
        runs = _commands(corpora, Path(tmp))
        best: dict[str, tuple | str] = {}  # the best (seconds, peak, tree), or the error when no round succeeded
        times: list[dict[str, float]] = []  # seconds of each command, round by round
        for _ in range(rounds):  # interleaved, so a slow spell of a shared machine hits every command alike
            times.append({})
            for name, (cmd, _) in runs.items():
                seconds, peak, tree, error = measure(cmd)
                if error:
                    best.setdefault(name, error)
                    continue
                times[-1][name] = seconds
                if not isinstance(best.get(name), tuple) or seconds < best[name][0]:
                    best[name] = (seconds, peak, tree)
        _report(best, runs, mb, rounds)
        for corpus in corpora:
            _paired(times, corpus)


def _paired(times: list[dict[str, float]], corpus: str) -> None:
    """The one-worker run against JioNLP, run back to back in each round: a
    ratio per round, which a slow spell of the machine moves less than the
    best times do."""
    ours, theirs = f"extract run --workers 1 [{corpus}]", f"jionlp.ner.extract_money [{corpus}]"
    ratios = sorted(r[theirs] / r[ours] for r in times if ours in r and theirs in r)
    if ratios:
        print(f"{ours} against {theirs}, round by round: "
              f"{', '.join(f'{r:.2f}x' for r in ratios)} (median {ratios[len(ratios) // 2]:.2f}x)")


def _installed(module: str) -> bool:
    check = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    if check.returncode:
        reason = (check.stderr.strip().splitlines() or ["?"])[-1]
        print(f"{module}: not installed, its baselines are skipped ({reason})")
    return not check.returncode


def _commands(corpora: dict, tmp: Path) -> dict[str, tuple[list[str], int | None]]:
    """name -> (command, characters it reads; None for a start-up)."""
    tiny = tmp / "tiny"
    tiny.mkdir()
    (tiny / "one.txt").write_text("上海市对口帮扶云南省，投入资金三千五百万元，培训两千人。2020年。", encoding="utf-8")
    extract = [sys.executable, "-m", "extract", "run"]
    installed = {b.module: _installed(b.module) for b in BASELINES.values() if b.module}

    def peer(name: str, folder: Path) -> list[str]:
        b = BASELINES[name]
        return [sys.executable, "-c", SEGMENT.format(setup=b.setup, call=b.call), str(folder), str(b.step)]

    runs = {}
    for corpus, (folder, sizes) in corpora.items():
        chars = sum(sizes)
        runs[f"extract run --workers 1 [{corpus}]"] = (
            [*extract, str(folder), "-o", str(tmp / f"out1_{corpus}"), "--quiet", "--workers", "1"], chars)
        if installed["jionlp"]:  # right after the one-worker run: the two are compared round by round
            runs[f"jionlp.ner.extract_money [{corpus}]"] = (peer("jionlp.ner.extract_money", folder), chars)
    folder, sizes = corpora["bench"]
    chars = sum(sizes)
    runs["extract run --workers 2 [bench]"] = (
        [*extract, str(folder), "-o", str(tmp / "out2"), "--quiet", "--workers", "2"], chars)
    runs["extract start-up (1 line)"] = ([*extract, str(tiny), "-o", str(tmp / "out_tiny"), "--quiet"], None)
    if installed["jionlp"]:
        runs["jionlp start-up (import)"] = ([sys.executable, "-c", "import jionlp"], None)
    for name in ("cpca.transform_text_with_addrs", f"jionlp.ner.extract_time (1 file in {SAMPLE})"):
        if installed[BASELINES[name].module]:
            runs[f"{name} [bench]"] = (peer(name, folder), sum(sizes[::BASELINES[name].step]))  # the files it read
    for name in ("jieba.lcut (Python jieba)", "rjieba.cut"):
        runs[f"{name} [bench]"] = (peer(name, folder), chars)
    return runs


def _report(best: dict, runs: dict, mb: float, rounds: int) -> None:
    print(f"\n{'command':<52} {'seconds':>8} {'chars/s':>11} {'peak MB':>8} {'tree MB':>8}")
    speed = {}
    for name, (_, chars) in runs.items():
        if not isinstance(best[name], tuple):
            print(f"{name:<52} failed: {best[name]}")
            continue
        seconds, peak, tree = best[name]
        tree_s = f"{tree:8.0f}" if tree is not None else f"{'-':>8}"
        if chars is None:
            print(f"{name:<52} {seconds:8.2f} {'':>11} {peak:8.0f} {tree_s}")
            continue
        speed[name] = chars / seconds
        print(f"{name:<52} {seconds:8.1f} {speed[name]:11,.0f} {peak:8.0f} {tree_s}")
    print()
    for corpus in ("bench", "mix"):
        for baseline in ("jionlp.ner.extract_money", "jieba.lcut (Python jieba)"):
            ours, theirs = f"extract run --workers 1 [{corpus}]", f"{baseline} [{corpus}]"
            if ours in speed and theirs in speed:
                print(f"{ours} / {theirs}, chars/s: {speed[ours] / speed[theirs]:.2f}x")
    startup = best.get("extract start-up (1 line)")
    ours = "extract run --workers 1 [bench]"
    if isinstance(startup, tuple) and ours in speed:
        work = runs[ours][1] / speed[ours] - startup[0]
        if work > 0:  # a tiny --quick corpus can take less than start-up, on a slow spell
            print(f"{ours}, after start-up: {runs[ours][1] / work:,.0f} chars/s")
    print(f"\n{datetime.date.today()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {mb:g} MB corpora, "
          f"best of {rounds} interleaved round(s); peak MB = largest process (os.wait4), tree MB = all processes (psutil)")


if __name__ == "__main__":
    main()
