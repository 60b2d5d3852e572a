#!/usr/bin/env python3
# bench-startup.py
# SPDX-License-Identifier: GPL-3.0-or-later
"""Time to the first painted frame, and peak memory, of koers against a
minimal GTK 4 window (bench/minimal-window.c) measured in the same run.

One Xvfb and one session D-Bus, both started here, serve every run. Each
program runs with KOERS_BENCH_FRAMES=quit, prints
"koers-bench first-frame <monotonic us>" (and koers "plan-frame" once the
plan it opened is on screen) and closes itself. The time of a frame is
counted from just before the process is spawned (both clocks are
CLOCK_MONOTONIC). Peak memory is the process's VmHWM: the maximum resident
set size that wait4() reports when it exits, checked against the last
/proc/PID/status read while it ran.

Runs alternate between the programs, after one warm-up run of each; figures
are medians. Targets: koers + example first frame <= 1.3x minimal; koers +
example peak memory <= 1.3x minimal; a 50000-entry plan never blocks the
first frame (its first frame comes before its plan frame in every run, and
no later than 1.2x the example's first frame).

  bench-startup.py --koers BUILD/src/koers --minimal BUILD/bench/minimal-window
                   --gen-plan BUILD/bench/koers-gen-plan --schema-dir BUILD/data
                   --example data/examples/koers-example-nl.koers [--runs 7]
"""

import argparse
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

FIRST_FRAME_TARGET = 1.3
MEMORY_TARGET = 1.3
BIG_PLAN_ENTRIES = 50000
BIG_PLAN_SLACK = 1.2
RUN_TIMEOUT = 120


def now_us():
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


def start_xvfb():
    """Xvfb on a free display; returns (process, ':N')."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=[write_fd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    number = b""
    ready, _, _ = select.select([read_fd], [], [], 30)
    while ready:
        chunk = os.read(read_fd, 16)
        if not chunk:
            break
        number += chunk
        if number.endswith(b"\n"):
            break
        ready, _, _ = select.select([read_fd], [], [], 30)
    os.close(read_fd)
    if not number.strip():
        xvfb.kill()
        sys.exit("bench-startup: Xvfb did not start")
    return xvfb, ":" + number.decode().strip()


def start_dbus():
    """A private session bus; returns (process, address) or (None, None)."""
    if shutil.which("dbus-daemon") is None:
        return None, None
    dbus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = dbus.stdout.readline().strip()
    return dbus, address


def read_hwm_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, ValueError):
        pass
    return None


class Run:
    """One run of a program: its frame times (ms after spawn) and peak memory."""

    def __init__(self, argv, env, want_plan):
        self.frames = {}
        self.hwm_polled_kib = 0
        start = now_us()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        done = threading.Event()

        def poll():
            while not done.is_set():
                hwm = read_hwm_kib(proc.pid)
                if hwm is not None:
                    self.hwm_polled_kib = max(self.hwm_polled_kib, hwm)
                done.wait(0.005)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        stderr_lines = []
        drain = threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True)
        drain.start()
        timer = threading.Timer(RUN_TIMEOUT, proc.kill)
        timer.start()
        for line in proc.stdout:
            words = line.split()
            if len(words) == 3 and words[0] == "koers-bench":
                self.frames[words[1]] = (int(words[2]) - start) / 1000.0
        # wait4 gives the exact peak (ru_maxrss, KiB) of the process that ended.
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        timer.cancel()
        done.set()
        poller.join()
        drain.join()
        self.hwm_kib = usage.ru_maxrss
        missing = [f for f in ["first-frame"] + (["plan-frame"] if want_plan else [])
                   if f not in self.frames]
        if proc.returncode != 0 or missing:
            sys.stderr.write("".join(stderr_lines))
            sys.exit(f"bench-startup: {argv[0]} exited with {proc.returncode}, "
                     f"missing {missing or 'nothing'}")


def median(values):
    return statistics.median(values)


def verdict(ok):
    return "met" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--koers", required=True)
    parser.add_argument("--minimal", required=True)
    parser.add_argument("--gen-plan", required=True)
    parser.add_argument("--schema-dir", required=True)
    parser.add_argument("--example", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="koers-bench-startup-")
    big_plan = os.path.join(tmp, f"plan-{BIG_PLAN_ENTRIES}.koers")
    subprocess.run([args.gen_plan, str(BIG_PLAN_ENTRIES), big_plan], check=True)

    xvfb, display = start_xvfb()
    dbus, bus = start_dbus()
    runtime_dir = os.path.join(tmp, "runtime")
    os.mkdir(runtime_dir, 0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": tmp,                      # recent files and caches stay here
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME",
                                         os.path.expanduser("~/.cache")),
        "XDG_RUNTIME_DIR": runtime_dir,
        "DISPLAY": display,
        "GDK_BACKEND": "x11",
        "GSK_RENDERER": "cairo",
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": args.schema_dir,
        "KOERS_BENCH_FRAMES": "quit",
        "LANG": os.environ.get("LANG", "C.UTF-8"),
    }
    if bus:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus

    programs = {
        "minimal window": ([args.minimal], False),
        "koers + example": ([args.koers, args.example], True),
        f"koers + {BIG_PLAN_ENTRIES} entries": ([args.koers, big_plan], True),
    }
    runs = {name: [] for name in programs}
    try:
        for name, (argv, want_plan) in programs.items():   # warm-up
            Run(argv, env, want_plan)
        for _ in range(args.runs):
            for name, (argv, want_plan) in programs.items():
                runs[name].append(Run(argv, env, want_plan))
    finally:
        xvfb.terminate()
        xvfb.wait()
        if dbus is not None:
            dbus.terminate()
            dbus.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"bench-startup: medians of {args.runs} runs each (one warm-up run first); "
          f"Xvfb, GSK_RENDERER=cairo, {'session bus' if bus else 'no session bus'}")
    print(f"{'':24} {'first frame ms':>14} {'(min-max)':>11} {'plan frame ms':>14} "
          f"{'peak RSS MiB':>13} {'(polled VmHWM)':>15}")
    figures = {}
    for name, results in runs.items():
        firsts = [r.frames["first-frame"] for r in results]
        plans = [r.frames["plan-frame"] for r in results if "plan-frame" in r.frames]
        hwm = median([r.hwm_kib for r in results]) / 1024
        polled = median([r.hwm_polled_kib for r in results]) / 1024
        figures[name] = (median(firsts), median(plans) if plans else None, hwm)
        spread = f"({min(firsts):.0f}-{max(firsts):.0f})"
        plan_text = f"{median(plans):14.1f}" if plans else f"{'-':>14}"
        print(f"{name:24} {median(firsts):14.1f} {spread:>11} {plan_text} {hwm:13.1f} "
              f"{polled:15.1f}")

    minimal = figures["minimal window"]
    example = figures["koers + example"]
    big_name = f"koers + {BIG_PLAN_ENTRIES} entries"
    big = figures[big_name]
    first_ratio = example[0] / minimal[0]
    memory_ratio = example[2] / minimal[2]
    before = sum(1 for r in runs[big_name]
                 if r.frames["first-frame"] < r.frames["plan-frame"])
    big_ratio = big[0] / example[0]
    never_blocks = before == len(runs[big_name]) and big_ratio <= BIG_PLAN_SLACK

    print()
    print(f"first frame, koers + example / minimal:   {first_ratio:5.2f}x "
          f"(target <= {FIRST_FRAME_TARGET}x)  {verdict(first_ratio <= FIRST_FRAME_TARGET)}")
    print(f"peak memory, koers + example / minimal:   {memory_ratio:5.2f}x "
          f"(target <= {MEMORY_TARGET}x)  {verdict(memory_ratio <= MEMORY_TARGET)}")
    print(f"{BIG_PLAN_ENTRIES}-entry plan: first frame before plan frame in "
          f"{before}/{len(runs[big_name])} runs; first frame {big_ratio:.2f}x the example's "
          f"(<= {BIG_PLAN_SLACK}x); plan frame {big[1]:.0f} ms  {verdict(never_blocks)}")
    print(f"peak memory, koers + {BIG_PLAN_ENTRIES} entries / minimal: "
          f"{big[2] / minimal[2]:5.2f}x (no target)")


if __name__ == "__main__":
    main()
