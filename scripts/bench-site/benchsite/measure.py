"""One timed build in a child process: wall time and the child's peak resident memory (`wait4`'s ru_maxrss)."""
import os
import shutil
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    wall: float
    """Seconds from start to exit."""
    peak_rss_mb: float
    """The child's peak resident set size, in MB (ru_maxrss is in KiB on Linux)."""
    cpu: float
    """User and system CPU seconds of the child: steadier than wall time on a busy machine."""


class BuildFailed(Exception):
    pass


def fresh(folder):
    """Removes `folder` so the next build writes into an empty place; flushes the removal to disk first."""
    shutil.rmtree(folder, ignore_errors=True)
    os.sync()


def set_aside(folder):
    """Renames `folder`, if it exists, to a new `<folder>-old-N` beside it: out of the way at once, removed
    later by `remove_set_aside`."""
    if not os.path.exists(folder):
        return
    n = 0
    while os.path.exists(f"{folder}-old-{n}"):
        n += 1
    os.rename(folder, f"{folder}-old-{n}")


def remove_set_aside(folder):
    """Removes every folder `set_aside` made from `folder`."""
    parent, name = os.path.split(folder)
    for entry in os.listdir(parent or "."):
        if entry.startswith(name + "-old-"):
            shutil.rmtree(os.path.join(parent, entry), ignore_errors=True)


def run(command, cwd=None):
    """Runs `command` to the end and measures it; raises `BuildFailed` with its stderr when it fails."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    # Read stderr while waiting (a full pipe would block the child), then reap it with its own usage.
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    if child.returncode != 0:
        raise BuildFailed(f"{' '.join(command)} exited with {child.returncode}:\n{errors.decode(errors='replace')[-4000:]}")
    return Measurement(wall=wall, peak_rss_mb=usage.ru_maxrss / 1024, cpu=usage.ru_utime + usage.ru_stime)


@dataclass
class OutputCount:
    html: int
    feeds: int
    """RSS files and the JSON Feed."""
    files: int


def count(folder):
    """What a build wrote: HTML pages (redirect-only pages included), feeds and all files."""
    html = feeds = files = 0
    for _, _, names in os.walk(folder):
        for name in names:
            files += 1
            if name.endswith(".html"):
                html += 1
            elif name in ("feed.xml", "feed.json"):
                feeds += 1
    return OutputCount(html=html, feeds=feeds, files=files)
