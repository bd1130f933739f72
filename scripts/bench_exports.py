"""The export part of scripts/bench: regiongraph's exports of a scale's network next to
networkx's write_graphml / write_gexf / json.dumps of the same graph, each export in a process
of its own so that its peak memory is the export's, and a check that both wrote the same graph.

Target 4 of "Performance, round 2": the peak memory of any export ≤ 1.5 × the loaded
network's, where the loaded network's peak is that of `regiongraph-bench --load-only` (load the
folder, nothing else) and an export's is that of `regiongraph-bench --export FORMAT` (load, then
stream the export to its file), both the larger of getrusage's and /usr/bin/time's maximum
resident set; and regiongraph's GraphML, GEXF and JSON export faster than networkx's.
"""
import collections
import json
import os
import shutil
import sys
import xml.etree.ElementTree as ET

PEER_FORMATS = ("graphml", "gexf", "json")
ALL_FORMATS = ("graphml", "gexf", "json", "popolo", "csv", "neo4j", "mermaid", "xlsx")
PEAK_RATIO_TARGET = 1.5


def local(tag):
    return tag.rsplit("}", 1)[-1]


def graphml_graph(path):
    """{node id: {attribute: value}} and {edge id: (source, target, {attribute: value})}."""
    keys, nodes, edges = {}, {}, {}
    for _, element in ET.iterparse(path, events=("end",)):
        tag = local(element.tag)
        if tag == "key":
            keys[element.get("id")] = element.get("attr.name")
        elif tag == "node":
            nodes[element.get("id")] = {keys[d.get("key")]: d.text or "" for d in element if local(d.tag) == "data"}
            element.clear()
        elif tag == "edge":
            values = {keys[d.get("key")]: d.text or "" for d in element if local(d.tag) == "data"}
            edges[element.get("id")] = (element.get("source"), element.get("target"), values)
            element.clear()
    return nodes, edges


def gexf_graph(path):
    """{node id: {attribute: value}} (label included) and a multiset of edges as (source,
    target, attributes) with the label: networkx numbers GEXF edges itself."""
    titles, nodes, edges = {}, {}, collections.Counter()
    for _, element in ET.iterparse(path, events=("end",)):
        tag = local(element.tag)
        if tag == "attribute":
            titles[element.get("id")] = element.get("title")
        elif tag in ("node", "edge"):
            values = {"label": element.get("label")}
            if tag == "edge" and element.get("type"):
                values["type"] = element.get("type")  # networkx writes the attribute "type" so
            for value in element.iter():
                # The dates are compared in GraphML and JSON: regiongraph's GEXF spells them as
                # a dynamic graph's days and a `validity` text, networkx's as given.
                # networkx also writes each edge's key (networkx_key): its numbering is not ours.
                if local(value.tag) == "attvalue" and titles[value.get("for")] not in ("validity", "networkx_key"):
                    values[titles[value.get("for")]] = value.get("value")
            if tag == "node":
                nodes[element.get("id")] = values
            else:
                edges[(element.get("source"), element.get("target"), tuple(sorted(values.items())))] += 1
            element.clear()
    return nodes, edges


def json_graph(path, ours):
    """Nodes {id: (kind, name, country)} and edges {key: (from, to, type, role, start, end,
    sources)} from regiongraph's JSON or networkx's node-link JSON."""
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    if ours:
        nodes = {e["id"]: (e["kind"], e["name"], e["country"]) for e in data["entities"]}
        edges = {r["id"]: (r["from"], r["to"], r["type"], r.get("role"), r.get("start"), r.get("end"), r["sources"])
                 for r in data["relations"]}
    else:
        nodes = {n["id"]: (n["kind"], n["name"], n["country"]) for n in data["nodes"]}
        edges = {l["key"]: (l["source"], l["target"], l["type"], l.get("role"), l.get("start"), l.get("end"),
                            json.loads(l.get("sources", "[]"))) for l in data["links"]}
    return nodes, edges


def same_graph(format, ours, theirs):
    """Whether two exports hold the same graph; the first difference otherwise."""
    if format == "graphml":
        a, b = graphml_graph(ours), graphml_graph(theirs)
    elif format == "gexf":
        a, b = gexf_graph(ours), gexf_graph(theirs)
    else:
        a, b = json_graph(ours, True), json_graph(theirs, False)
    for what, mine, peer in (("nodes", a[0], b[0]), ("edges", a[1], b[1])):
        if mine != peer:
            only = [k for k in mine if k not in peer][:1] or [k for k in peer if k not in mine][:1]
            if only:
                return f"{what}: {only[0]!r} in one only ({len(mine)} vs {len(peer)})"
            key = next(k for k in mine if mine[k] != peer[k])
            return f"{what}: {key!r}: {mine[key]!r} vs {peer[key]!r}"
    return None


def run_exports(scale, folder, bench, peers, data_root, runs, timeout, formats, run, median, log):
    """Runs the exports `runs` times; returns the rows of the table and whether each peer
    export holds the same graph as regiongraph's."""
    out = os.path.join(data_root, "out", scale, "exports")
    shutil.rmtree(out, ignore_errors=True)
    load_peaks = []
    results = collections.defaultdict(list)
    for round in range(runs):
        log(f"{scale}: regiongraph load only, run {round + 1}/{runs} …")
        phases, peak, _ = run([bench, "--data", folder, "--out", os.path.join(out, "load"), "--load-only",
                               "--progress", "never"], timeout)
        load_peaks.append(peak)
        for format in formats:
            log(f"{scale}: regiongraph export {format}, run {round + 1}/{runs} …")
            target = os.path.join(out, "regiongraph", format)
            phases, peak, _ = run([bench, "--data", folder, "--out", target, "--export", format,
                                   "--progress", "never"], timeout)
            results[("regiongraph", format)].append((phases.get(f"export-{format}"), peak))
            if format in PEER_FORMATS:
                log(f"{scale}: networkx export {format}, run {round + 1}/{runs} …")
                target = os.path.join(out, "networkx", format)
                phases, peak, _ = run([sys.executable, peers, "--impl", "networkx", "--data", folder,
                                       "--out", target, "--export", format], timeout)
                results[("networkx", format)].append((phases.get(f"export-{format}"), peak))
    load_peak = median(load_peaks)
    rows = []
    differences = {}
    for format in formats:
        ours = results[("regiongraph", format)]
        theirs = results.get(("networkx", format), [])
        rows.append((format, median([t for t, _ in ours]), median([t for t, _ in theirs]),
                     median([p for _, p in ours]), median([p for _, p in theirs])))
        if format in PEER_FORMATS:
            differences[format] = same_graph(
                format, os.path.join(out, "regiongraph", format, f"network.{format}"),
                os.path.join(out, "networkx", format, f"network.{format}"))
    return load_peak, rows, differences


def print_exports(scale, runs, load_peak, rows, differences, cell):
    """The table of exports and target 4's lines."""
    def verdict(ok):
        return "ok" if ok else "MISSED"
    print()
    print(f"{scale:<9} {'export':<9}{'rg s':>10}{'nx s':>10}{'rg/nx':>9}{'rg peak':>10}{'nx peak':>10}"
          f"{'rg/load':>9}   (medians of {runs}; MB; load-only peak {load_peak:.0f} MB)")
    for format, mine, theirs, peak, peer_peak in rows:
        ratio = f"{mine / theirs:.3f}×" if mine is not None and theirs else "—"
        print(f"{'':<9} {format:<9}{cell(mine):>10}{cell(theirs):>10}{ratio:>9}{cell(peak, 0):>10}"
              f"{cell(peer_peak, 0):>10}{peak / load_peak:>8.2f}×")
    print(f"{'':<9} targets:")
    worst = max(rows, key=lambda row: row[3])
    ratio = worst[3] / load_peak
    print(f"{'':<11} export peak ≤ {PEAK_RATIO_TARGET} × loaded network's peak: largest {worst[0]} "
          f"{worst[3]:.0f} MB = {ratio:.2f}× {load_peak:.0f} MB  {verdict(ratio <= PEAK_RATIO_TARGET)}")
    for format, mine, theirs, _, _ in rows:
        if format in differences:
            faster = mine is not None and theirs is not None and mine < theirs
            same = differences[format]
            print(f"{'':<11} {format}: {cell(mine)} s vs networkx {cell(theirs)} s, faster  {verdict(faster)}; "
                  f"same graph: {'yes' if same is None else 'NO: ' + same}")
    return all(d is None for d in differences.values())
