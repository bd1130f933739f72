#!/usr/bin/env python3
"""Checks a report folder (regiongraph report) for broken internal links.

Every href and src of every HTML page must name a file of the report (and, with #fragment, an
id in it) or be a fragment of the page itself; nothing may be loaded from elsewhere (a src,
or a link element's href, with a scheme or starting with //). Prints each problem and exits 1
when there is any.

    scripts/check-report-links.py REPORT_FOLDER
"""
import html.parser
import os
import sys
import urllib.parse


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []  # (tag, attribute, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.add(value)
            if name in ("href", "src", "xlink:href", "action") and value is not None:
                self.links.append((tag, name, value))

    handle_startendtag = handle_starttag


def main(folder):
    pages = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".html"):
            page = Page()
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                page.feed(handle.read())
            pages[name] = page
    problems = []
    links = 0
    for name, page in pages.items():
        for tag, attribute, value in page.links:
            links += 1
            parsed = urllib.parse.urlsplit(value)
            if parsed.scheme or value.startswith("//"):
                problems.append(f"{name}: <{tag} {attribute}=\"{value}\"> leaves the report")
                continue
            target_name = urllib.parse.unquote(parsed.path) or name
            target_path = os.path.join(folder, target_name)
            if not os.path.isfile(target_path):
                problems.append(f"{name}: <{tag} {attribute}=\"{value}\"> names a missing file")
                continue
            if parsed.fragment:
                target = pages.get(target_name)
                if target is None or urllib.parse.unquote(parsed.fragment) not in target.ids:
                    problems.append(f"{name}: <{tag} {attribute}=\"{value}\"> names a missing anchor")
    for problem in problems:
        print(problem)
    print(f"check-report-links: {len(pages)} pages, {links} links, {len(problems)} broken")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check-report-links.py REPORT_FOLDER")
    sys.exit(main(sys.argv[1]))
