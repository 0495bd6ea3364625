#!/usr/bin/env python3
"""Estimate the printed page number of a line in the Voorontwerp Nota Ruimte text.

The seed text (seeds/voorontwerp-nota-ruimte-2024-06.txt) was extracted from the
PDF and has lost its page breaks.  Only a few page footers survive
("Voorontwerp Nota Ruimte  | 22") plus the table of contents (lines ~51-92,
"heading  page").  This script turns those into anchors and interpolates.

Model
-----
Every line gets a continuous position x; its page is floor(x).

* hard anchors
  - line 1                         -> x = 1.0          (cover)
  - footer "... | P" on line L     -> x(L) = P + 0.999  (last line of page P)
                                      x(L+1) = P + 1.0  (first line of page P+1)
  - chapter heading (ToC entry without bullet) found on line L, page P
                                   -> x(L) = P          (chapters start a page;
                                      P + 0.01 when the footer of page P-1
                                      survived and already starts the page)
  - last line                      -> x = LAST_PAGE + 0.999
* soft anchors: ToC sub-headings ("• Keuzes 34").  A sub-heading may sit
  anywhere on its page, so it is only added when plain interpolation puts it
  on the wrong page; then it is clamped to P + 0.02 .. P + 0.98.

Between anchors x is interpolated linearly.  The script checks that the
anchors are strictly monotone and that every footer line is reproduced
exactly (footer line -> P, next line -> P + 1); it exits with status 2 when
a check fails.

Usage
-----
  tools/nr-page-of-line.py LINE [PATH]     print the page of LINE (1-based)
  tools/nr-page-of-line.py --all [PATH]    print "line<TAB>page" for every line
  tools/nr-page-of-line.py --anchors [PATH]  print the anchors used

PATH defaults to ../shared/seeds/voorontwerp-nota-ruimte-2024-06.txt relative
to the repository root (the parent of this script's folder).
"""
import math
import os
import re
import sys

LAST_PAGE = 128
TOC_FIRST, TOC_LAST = 51, 92          # 1-based, inclusive
FOOTER_RE = re.compile(r"Voorontwerp Nota Ruimte\s*\|\s*(\d+)\s*$")
TOC_RE = re.compile(r"^\s*(•\s*)?(.*?)\s+(\d+)\s*$")
# Headings whose first occurrence after the previous heading is not the real
# one: search only from this line on.  "Water en bodem" also heads a short
# overview inside "Nationale keuzes ..." (line ~422); the chapter on page 13
# is the later one, directly followed by "Urgentie en opgaven".
SEARCH_FROM = {"Water en bodem": 470}


def default_path():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    return os.path.normpath(os.path.join(
        repo, "..", "shared", "seeds", "voorontwerp-nota-ruimte-2024-06.txt"))


def norm(s):
    s = s.strip().replace("’", "'")
    if s.startswith("Thema: "):
        s = s[len("Thema: "):]
    return re.sub(r"\s+", " ", s)


def parse_toc(lines):
    """Return [(heading, page, is_sub)] from the table of contents."""
    entries, pending = [], ""
    for i in range(TOC_FIRST - 1, TOC_LAST):
        raw = lines[i]
        if not raw.strip() or FOOTER_RE.search(raw) or raw.strip() == "Inhoud":
            continue
        m = TOC_RE.match(raw)
        if not m:                      # heading wrapped onto the next line
            pending = (pending + " " + raw.strip()).strip()
            continue
        bullet, text, page = m.group(1), m.group(2), int(m.group(3))
        text = (pending + " " + text).strip() if pending else text
        pending = ""
        entries.append((norm(text), page, bool(bullet)))
    return entries


def find_headings(lines, toc):
    """Locate each ToC heading in the body, in order.  Returns [(line, page, sub, heading)]."""
    found, pos = [], TOC_LAST          # 0-based index to search from
    for heading, page, sub in toc:
        key = heading[:24]
        start = max(pos, SEARCH_FROM.get(heading, 0) - 1)
        hit = None
        for i in range(start, len(lines)):
            body = norm(lines[i])
            # the body heading may be wrapped over several lines, so a
            # long-enough first line that starts the heading also counts
            if body.startswith(key) or (len(body) >= 12 and heading.startswith(body)):
                hit = i
                break
        if hit is None:
            sys.stderr.write("waarschuwing: kop niet gevonden: %r\n" % heading)
            continue
        found.append((hit + 1, page, sub, heading))
        pos = hit + 1
    return found


class PageModel:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.n = len(self.lines)
        self.footers = []
        for i, raw in enumerate(self.lines):
            m = FOOTER_RE.search(raw)
            if m:
                self.footers.append((i + 1, int(m.group(1))))
        self.headings = find_headings(self.lines, parse_toc(self.lines))
        hard = {1: 1.0, self.n: LAST_PAGE + 0.999}
        for line, page in self.footers:
            hard[line] = page + 0.999
            hard[line + 1] = page + 1.0
        footer_pages = {page for _, page in self.footers}
        for line, page, sub, _ in self.headings:
            if not sub:
                # when the previous page's footer survived, that footer already
                # marks the start of this page; put the heading just after it
                hard[line] = page + (0.01 if (page - 1) in footer_pages else 0.0)
        self.anchors = sorted(hard.items())
        self.problems = []
        self._check_monotone()
        for line, page, sub, heading in self.headings:
            if not sub:
                continue
            x = self.x(line)
            if math.floor(x) != page:
                clamped = min(max(x, page + 0.02), page + 0.98)
                self.anchors = sorted(self.anchors + [(line, clamped)])
        self._check_monotone()
        self._check_footers()

    def _check_monotone(self):
        for (l1, x1), (l2, x2) in zip(self.anchors, self.anchors[1:]):
            if not (l2 > l1 and x2 > x1):
                self.problems.append("ankers niet monotoon: regel %d->%.3f, regel %d->%.3f" % (l1, x1, l2, x2))

    def _check_footers(self):
        for line, page in self.footers:
            if self.page(line) != page:
                self.problems.append("voettekst regel %d: pagina %d verwacht, %d berekend" % (line, page, self.page(line)))
            if line < self.n and self.page(line + 1) != page + 1:
                self.problems.append("regel na voettekst %d: pagina %d verwacht" % (line, page + 1))

    def x(self, line):
        a = self.anchors
        if line <= a[0][0]:
            return a[0][1]
        if line >= a[-1][0]:
            return a[-1][1]
        lo, hi = 0, len(a) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if a[mid][0] <= line:
                lo = mid
            else:
                hi = mid
        (l1, x1), (l2, x2) = a[lo], a[hi]
        return x1 + (x2 - x1) * (line - l1) / (l2 - l1)

    def page(self, line):
        return max(1, min(LAST_PAGE, math.floor(self.x(line))))


def main(argv):
    args = argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if args else 1
    mode = args[0]
    path = args[1] if len(args) > 1 else default_path()
    model = PageModel(path)
    for p in model.problems:
        sys.stderr.write("fout: " + p + "\n")
    if mode == "--all":
        for line in range(1, model.n + 1):
            print("%d\t%d" % (line, model.page(line)))
    elif mode == "--anchors":
        for line, page, sub, heading in model.headings:
            print("kop\t%d\t%d\t%s%s" % (line, page, "• " if sub else "", heading))
        for line, page in model.footers:
            print("voettekst\t%d\t%d" % (line, page))
        for line, x in model.anchors:
            print("anker\t%d\t%.3f" % (line, x))
    else:
        try:
            line = int(mode)
        except ValueError:
            sys.stderr.write("onbekend argument: %s\n" % mode)
            return 1
        if not 1 <= line <= model.n:
            sys.stderr.write("regel %d valt buiten 1..%d\n" % (line, model.n))
            return 1
        print(model.page(line))
    return 2 if model.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
