"""Signals to a run with workers: the run ends promptly, says so, and leaves no temporary files."""
import os
import signal
import subprocess
import sys
import time

from conftest import ROOT


def test_sigterm_to_the_whole_group_while_a_worker_is_idle(tmp_path):
    """`timeout` and CI cancellation signal the whole process group: one worker busy on a long
    document, the other idle (it has no second job), both die at once; the parent must not wait on them."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    article = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    (inputs / "big.txt").write_text(article * 60, encoding="utf-8")  # ~1.8 M characters: seconds of work
    (inputs / "small.txt").write_text("上海市投资1亿元。", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "extract", "run", str(inputs), "-o", str(out), "--quiet",
                             "--workers", "2"], stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(1.5)  # start-up done, the big document under way
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise AssertionError("the run did not end after SIGTERM")
    assert proc.returncode in (130, -signal.SIGTERM), err
    if proc.returncode == 130:  # the parent handled it (it may also die at once, before its handler is set)
        assert err.strip().splitlines()[-1] == f"interrupted: the tables in {out} were left as they were", err
        assert "Traceback" not in err
    assert not out.exists() or [p.name for p in out.iterdir()] == []


def test_a_stop_signal_inside_a_finalizer_still_stops_the_run(tmp_path, monkeypatch):
    """Python prints and drops an exception a signal handler raises inside __del__ (regex's parser
    objects have one, and the garbage collector runs them at any moment): the run must stop at
    its next batch all the same, publish nothing and say so, with no traceback."""
    from click.testing import CliRunner

    from extract import run as run_module
    from extract.cli import main

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(40):
        (inputs / f"a{i:02d}.txt").write_text("上海市投资1亿元。", encoding="utf-8")
    real = run_module.process_file

    class Finalizer:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)  # the handler runs here, inside __del__

    def process_file(source, *args, **kwargs):
        if source.doc_id == "a01":
            Finalizer()  # made and finalized at once
        return real(source, *args, **kwargs)

    monkeypatch.setattr(run_module, "process_file", process_file)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(inputs), "-o", str(out), "--workers", "1", "--quiet"])
    assert result.exit_code == 130 and "Traceback" not in result.output, result.output
    assert result.output.strip().splitlines()[-1] == f"interrupted: the tables in {out} were left as they were"
    assert [p.name for p in out.iterdir()] == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the run's handlers are gone with it
