"""`newslint check --fix` stopped mid-run by SIGINT, SIGTERM or SIGKILL: every file is
exactly its old or its new version, never a mix (fixes are written to a temporary file
and renamed over the old one). SIGINT and SIGTERM also leave no temporary file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

FILES = 300
OLD = "".join(f"Prices rose alot on day {n}, and more alot than before.\n" for n in range(400))
NEW = OLD.replace("alot", "a lot")


def _interruptible() -> None:
    # As from a terminal: a run started in the background (CI's is) inherits SIGINT
    # ignored, and Python then installs no KeyboardInterrupt handler.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_every_file_is_old_or_new_after_a_kill(project, signum):
    folder = project.root / "news"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"story{n:03}.txt").write_text(OLD, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "check", "--fix", "--quiet", "news"],
        cwd=project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_interruptible,
    )
    first = folder / "story000.txt"
    deadline = time.monotonic() + 60
    while first.read_text(encoding="utf-8") == OLD and time.monotonic() < deadline:
        time.sleep(0.005)  # until the first fix is written
    process.send_signal(signum)
    process.wait(timeout=60)
    contents = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    assert all(text in (OLD, NEW) for text in contents)
    assert contents.count(NEW) >= 1 and contents.count(OLD) >= 1, "not stopped mid-run"
    expected_status = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}
    assert process.returncode == expected_status[signum]
    if signum != signal.SIGKILL:  # a killed process cannot clean up: the rename is atomic
        assert len(os.listdir(folder)) == FILES
        assert b"Traceback" not in process.stderr.read()
