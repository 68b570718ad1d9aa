"""Load on `newslint serve`: N checks of one article sent by C threads at once; prints
requests per second and the latency percentiles (p50, p95, max), and fails if any request is
not answered with 200.

    python benchmarks/serve_load.py                                # starts its own server
    python benchmarks/serve_load.py --requests 2000 --concurrency 64 --endpoint v2
    python benchmarks/serve_load.py --host 127.0.0.1 --port 8000   # a server already running

The article defaults to the README's example (examples/sample-article.txt); --article takes
any file, read in place. Figures only are printed, never text.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, help="a running server's port (default: start one)")
    parser.add_argument("--requests", type=int, default=1000, metavar="N")
    parser.add_argument("--concurrency", type=int, default=32, metavar="C")
    parser.add_argument("--endpoint", choices=("api", "v2"), default="api")
    parser.add_argument("--article", type=Path, default=REPO / "examples" / "sample-article.txt")
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    server = None
    if args.port is None:
        args.port, server = start_server(args.host)
    url = f"http://{args.host}:{args.port}"
    try:
        send = requester(url, args.endpoint, text, args.article.name)
        send(0)  # one before the clock starts: the rules are loaded
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            results = list(pool.map(send, range(args.requests)))
        elapsed = time.perf_counter() - started
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    failed = sum(1 for status, _ in results if status != 200)
    latencies = sorted(took for _, took in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"{args.endpoint} on {args.article.name} ({len(text):,} characters), "
        f"{args.requests} requests, concurrency {args.concurrency}, {os.cpu_count()} cores:"
    )
    print(
        f"  {args.requests / elapsed:.1f} requests/s; latency p50 "
        f"{statistics.median(latencies) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {latencies[-1] * 1000:.1f} ms; {failed} not answered with 200"
    )
    return 1 if failed else 0


def requester(url: str, endpoint: str, text: str, name: str):
    if endpoint == "api":
        body = json.dumps({"text": text, "filename": name}).encode("utf-8")
        path, kind = "/api/check", "application/json"
    else:
        body = urlencode({"text": text, "language": "en-US"}).encode("utf-8")
        path, kind = "/v2/check", "application/x-www-form-urlencoded"

    def send(_index: int) -> tuple[int, float]:
        request = urllib.request.Request(url + path, body, {"Content-Type": kind})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            status = 0
        return status, time.perf_counter() - started

    return send


def start_server(host: str) -> tuple[int, subprocess.Popen]:
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "serve", "--host", host, "--port", str(port)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://{host}:{port}/v2/languages", timeout=1).read()
            return port, process
        except OSError:
            if process.poll() is not None:
                raise SystemExit("newslint serve exited before answering") from None
            time.sleep(0.1)
    process.kill()
    raise SystemExit("newslint serve did not answer within 60 s")


if __name__ == "__main__":
    sys.exit(main())
