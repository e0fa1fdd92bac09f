#!/usr/bin/env python3
"""Measures `eventdesk-cli set` on a folder of real event files.

For each file and each case below, runs `eventdesk-cli set FILE KEY=YAML` and checks, from the
outside, that
  - `git diff --no-index` changes only the lines of that key (an added key: only new lines), and
  - ../shared/oracle/psych_dump.rb (Jekyll's reading) finds the asked value under the key and
    every other key as it was.

  python3 benchmarks/oracle/set_corpus.py build/app/eventdesk-cli ../shared/corpus/numerique/_evenements

Needs git and Ruby. Not part of the test suite.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

CASES = [
    ("lieu", "Salle 2"),
    ("title", "'Atelier : l''accessibilité « pour tous » #2'"),
    ("event_start_date", "2024-03-12 09:30:00 +01:00"),
    ("champs_informations",
     "[{intitule: Horaires, contenu: 9h30 - 12h}, "
     "{intitule: Inscription, contenu: Obligatoire, lien: 'https://example.org/inscription'}]"),
]

HERE = os.path.dirname(os.path.abspath(__file__))
PSYCH_DUMP = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "oracle", "psych_dump.rb"))


def psych(paths):
    out = subprocess.run(["ruby", PSYCH_DUMP, *paths], capture_output=True, text=True, check=True).stdout
    result = {}
    for line in out.splitlines():
        path, _, data = line.partition("\t")
        result[path] = None if data.startswith("ERROR") else json.loads(data)
    return result


def key_lines(text, key):
    """The file lines (1-based) of a top-level key: its line up to the next top-level key."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return set()
    starts = []
    for number, line in enumerate(lines[1:], start=2):
        if re.match(r"^(---|\.\.\.)\s*$", line):
            starts.append((number, None))
            break
        match = re.match(r"^([^\s#\-][^:]*):(\s|$)", line)
        if match:
            starts.append((number, match.group(1)))
    for (start, name), (end, _) in zip(starts, starts[1:]):
        if name == key:
            return set(range(start, end))
    return set()


def changed_lines(old_path, new_path):
    diff = subprocess.run(["git", "diff", "--no-index", "-U0", old_path, new_path],
                          capture_output=True, text=True).stdout
    old, new = set(), set()
    for match in re.finditer(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", diff, re.M):
        a, b = int(match.group(1)), int(match.group(2) or 1)
        c, d = int(match.group(3)), int(match.group(4) or 1)
        old.update(range(a, a + b))
        new.update(range(c, c + d))
    return old, new


def main():
    cli, folder = sys.argv[1], sys.argv[2]
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder)
                   if name.endswith((".md", ".markdown")))
    originals = psych(files)
    with tempfile.TemporaryDirectory() as work:
        expected_values = {}
        for key, literal in CASES:
            probe = os.path.join(work, "probe.md")
            with open(probe, "w", encoding="utf-8") as f:
                f.write(f"---\n{key}: {literal}\n---\n")
            expected_values[key] = psych([probe])[probe][key]
        for key, literal in CASES:
            passed, failures = 0, []
            outputs = []
            for index, path in enumerate(files):
                run = subprocess.run([cli, "set", path, f"{key}={literal}"], capture_output=True)
                if run.returncode != 0:
                    failures.append(f"{path}: exit {run.returncode}: {run.stderr.decode().strip()}")
                    continue
                new_path = os.path.join(work, f"{key}-{index}.md")
                with open(new_path, "wb") as f:
                    f.write(run.stdout)
                outputs.append((path, new_path))
            read_back = psych([new for _, new in outputs])
            for path, new_path in outputs:
                with open(path, encoding="utf-8") as f:
                    old_text = f.read()
                with open(new_path, encoding="utf-8") as f:
                    new_text = f.read()
                old_changed, new_changed = changed_lines(path, new_path)
                old_range, new_range = key_lines(old_text, key), key_lines(new_text, key)
                expected = dict(originals[path] or {})
                expected[key] = expected_values[key]
                problems = []
                if not old_changed <= old_range:
                    problems.append(f"lines {sorted(old_changed - old_range)} outside the key changed")
                if not new_changed <= new_range:
                    problems.append(f"new lines {sorted(new_changed - new_range)} outside the key")
                if read_back.get(new_path) != expected:
                    problems.append("Psych reads other data")
                if problems:
                    failures.append(f"{path}: " + "; ".join(problems))
                else:
                    passed += 1
            print(f"{key}: {passed}/{len(files)} files changed only that key's lines and read back as asked")
            for failure in failures:
                print("  " + failure)


if __name__ == "__main__":
    main()
