"""Process-level peak memory of one tool: resident-set growth in a fresh child process.

    python -m benchmarks.memory --tool trafilatura --set aeb [--corpora P] [--limit N] [--sample-every K]

``tracemalloc`` (the py-heap figure of :mod:`benchmarks.harness`) sees only Python allocations; the
libxml2 trees of lxml-based tools and Resiliparse's C++ DOM are ``malloc``'d in C and invisible to
it. This module measures what the operating system sees instead, in a child process of its own so
that no other tool's imports, caches or freed-but-kept memory are in the way:

1. import the tool (build its adapter, :data:`benchmarks.run.FACTORIES`);
2. read the selected pages of the set (same ``--limit`` / ``--sample-every`` selection as
   ``benchmarks.run``) into memory, raw bytes and decoded text, as the adapters take them;
3. ``gc.collect()``, then read the baseline ``VmRSS`` from ``/proc/self/status`` and reset the
   high-water mark ``VmHWM`` (writing ``5`` to ``/proc/self/clear_refs``);
4. run the tool once over every selected page, in order, dropping each output;
5. report ``VmHWM - baseline`` (peak growth over the run) and, after ``gc.collect()``,
   ``VmRSS - baseline`` (what the process still holds at the end: caches, allocator free lists,
   leaks). Around each call the high-water mark is reset too, so the result also gives the growth
   of the first call (one-time costs plus that page) and the largest growth of any single call
   (``VmHWM`` after it minus ``VmRSS`` before it: memory the allocator already holds is reused, so
   later calls often show 0).

The first call is not a separate warm-up here: one-time costs (compiled regexes, lazily loaded
models or modules) are part of the process peak and are counted. Linux only (``/proc``); where
the high-water mark cannot be reset, ``ru_maxrss`` / ``VmHWM`` is used as is, which overstates the
growth if importing or loading peaked above the baseline (the result says ``hwm_reset: false``).
Caveats: RSS counts resident pages, not bytes asked for (allocators keep freed memory and round
up); the peak is set by the largest page of the selection, so a sample can miss it; a single run
varies by a few hundred KiB.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .corpora import REPO_ROOT, add_corpora_arg, add_selection_args, iter_pages

RESULT_MARK = "RSS-RESULT "
KIB = 1024
MIB = 2**20
STATUS = Path("/proc/self/status")
CLEAR_REFS = Path("/proc/self/clear_refs")


def status_kib(field_name: str) -> int | None:
    """A ``kB`` field of ``/proc/self/status`` (``VmRSS``, ``VmHWM``), or ``None`` off Linux."""
    try:
        text = STATUS.read_text(encoding="ascii")
    except OSError:
        return None
    m = re.search(rf"^{field_name}:\s+(\d+)\s+kB", text, re.MULTILINE)
    return int(m.group(1)) if m else None


def reset_hwm() -> bool:
    """Reset the process's peak RSS (``VmHWM``) to its current RSS; ``False`` if the kernel refuses."""
    try:
        CLEAR_REFS.write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def peak_kib() -> int:
    """Peak RSS of this process in KiB: ``VmHWM``, else ``ru_maxrss`` (KiB on Linux, bytes on macOS)."""
    hwm = status_kib("VmHWM")
    if hwm is not None:
        return hwm
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss // KIB if sys.platform == "darwin" else maxrss


def measure_here(tool: str, corpora: Path, set_name: str, limit: int | None, every: int) -> dict[str, Any]:
    """Steps 1-5 of the module docstring, in this process (meant to be a fresh one)."""
    from .run import FACTORIES, PageInput  # imported here: benchmarks.run imports this module

    rss0 = status_kib("VmRSS")
    if rss0 is None:
        return {"error": "no /proc/self/status (RSS is measured on Linux only)"}
    fn = FACTORIES[tool]()
    rss_import = status_kib("VmRSS") or 0
    inputs = []
    for _, pages in iter_pages(corpora, [set_name], limit, every):
        for page in pages:
            raw = page.raw()
            inputs.append(PageInput(raw, raw.decode("utf-8", errors="replace"), page.url))
        del pages
    gc.collect()
    base = status_kib("VmRSS") or 0
    hwm_reset = reset_hwm()
    errors = 0
    peak = base
    per_call: list[int] = []  # KiB: VmHWM after the call - VmRSS before it (HWM reset before it)
    t0 = time.perf_counter()
    for inp in inputs:
        before = status_kib("VmRSS") or 0
        if hwm_reset:
            reset_hwm()
        try:
            out = fn(inp)
        except Exception:  # errors are counted (and shown) by the timed pass
            errors += 1
        else:
            del out
        hwm = peak_kib()
        per_call.append(hwm - before)
        peak = max(peak, hwm)
    seconds = time.perf_counter() - t0
    gc.collect()
    end = status_kib("VmRSS") or 0
    return {
        "tool": tool,
        "set": set_name,
        "pages": len(inputs),
        "errors": errors,
        "seconds": seconds,
        "import_mib": (rss_import - rss0) * KIB / MIB,
        "base_mib": base * KIB / MIB,
        "peak_growth_mib": (peak - base) * KIB / MIB,
        "end_growth_mib": (end - base) * KIB / MIB,
        "first_call_growth_mib": per_call[0] * KIB / MIB if per_call else None,
        "call_growth_max_mib": max(per_call) * KIB / MIB if per_call else None,
        "hwm_reset": hwm_reset,
    }


def measure_rss(
    tool: str,
    corpora: Path,
    set_name: str,
    limit: int | None,
    every: int,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Run :func:`measure_here` in a fresh ``python -m benchmarks.memory`` child and return its result.

    A failed child gives ``{"error": ...}`` instead of raising.
    """
    cmd = [sys.executable, "-m", "benchmarks.memory", "--tool", tool, "--set", set_name, "--corpora", str(corpora)]
    cmd += ["--sample-every", str(every)] + (["--limit", str(limit)] if limit is not None else [])
    try:
        proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout} s"}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(RESULT_MARK) :])
            return result
    tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return {"error": f"child exited {proc.returncode}: {tail}"[:200]}


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m benchmarks.memory`` (the child; prints one ``RSS-RESULT {json}`` line)."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__.split("\n\n")[0])
    add_corpora_arg(ap)
    add_selection_args(ap)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--set", required=True, dest="set_name")
    args = ap.parse_args(argv)
    result = measure_here(args.tool, args.corpora, args.set_name, args.limit, args.sample_every)
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0 if "error" not in result else 1


if __name__ == "__main__":
    sys.exit(main())
