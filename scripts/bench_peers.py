#!/usr/bin/env python3
"""The scale benchmark's phases with igraph or networkx: the reference for regiongraph-bench.

    scripts/bench_peers.py --impl igraph|networkx --data DIR --queries FILE --out DIR

Reads DIR/entities.csv (id,kind,name,...) and DIR/relations.csv (from,to,type,role,...), then
prints one JSON line per phase on stdout, as regiongraph-bench does:

    {"impl":"igraph","version":"1.0.0","phase":"load","seconds":1.2345}

(phases load, queries, projection, degree, total; total adds peak_rss_mb) and writes into --out:

- answers.txt: per query line, in file order: the line, a tab, the answer ids separated by
  single spaces, sorted by code point. `members X`: entities with a member_of relation into X;
  `memberships X`: the targets of X's member_of relations; `shared A B`: bodies both A and B are
  member_of; `participants X`: `id:role` for every participates_in or owns relation into X.
- projection.csv: the co-membership projection among municipalities, `a,b,weight` (the number
  of bodies both are member_of), a < b, weight >= 1, lines sorted.
- degrees.csv: `id,degree` (relations in + out) for every entity, sorted by id.

Each phase includes writing its file. `total` runs from the start of `load` to the end of
`degree` (the interpreter's start and the imports are not counted).

    scripts/bench_peers.py --impl networkx --data DIR --out DIR --export graphml|gexf|json

instead loads the network with every attribute regiongraph exports (node: label, kind, name,
country; edge: label, type, role, start, end, sources, source_documents; edge keys r1, r2, …
in regiongraph's export order), then writes it with `nx.write_graphml`, `nx.write_gexf`, or
`json.dumps` of `nx.node_link_data` (indented by two, as regiongraph's JSON is) into
DIR/network.graphml|gexf|json: phases load, export-FORMAT, total (with peak_rss_mb; the load
line has the peak after loading). The same graph as regiongraph's export, in networkx's own
spelling of the format.
"""
import argparse
import csv
import json
import os
import resource
import sys
import time

MEMBER_OF = "member_of"
PARTICIPATION = ("participates_in", "owns")

# The kind spellings RegionGraph's EntityKind(parsing:) reads as "municipality".
MUNICIPALITY = {"municipality", "kommune"}


def normalised_kind(text):
    return text.lower().replace("-", "_").replace(" ", "_")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        header = [h.lower() for h in next(rows)]
        return header, [row for row in rows if row and row != [""]]


def load_tables(data):
    header, rows = read_csv(os.path.join(data, "entities.csv"))
    i_id, i_kind = header.index("id"), header.index("kind")
    ids = [r[i_id] for r in rows]
    kinds = [normalised_kind(r[i_kind]) for r in rows]
    header, rows = read_csv(os.path.join(data, "relations.csv"))
    i_from, i_to, i_type, i_role = (header.index(c) for c in ("from", "to", "type", "role"))
    relations = [(r[i_from], r[i_to], normalised_kind(r[i_type]), r[i_role]) for r in rows]
    return ids, kinds, relations


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f if line.strip()]


def code_point_sorted(items):
    return sorted(items)  # str ordering in Python is by code point


# ---------------------------------------------------------------------------------------------
# igraph


class IGraphNetwork:
    def __init__(self, data):
        import igraph

        ids, kinds, relations = load_tables(data)
        self.index = {name: i for i, name in enumerate(ids)}
        index = self.index
        edges = [(index[a], index[b]) for a, b, _, _ in relations]
        self.g = igraph.Graph(
            n=len(ids), edges=edges, directed=True,
            vertex_attrs={"name": ids, "kind": kinds},
            edge_attrs={"type": [t for _, _, t, _ in relations],
                        "role": [r for _, _, _, r in relations]},
        )
        # The attribute and endpoint lists the queries read, taken out of the graph once.
        self.names = self.g.vs["name"]
        self.types = self.g.es["type"]
        self.roles = self.g.es["role"]
        self.ends = self.g.get_edgelist()

    def _edges(self, x, mode, types):
        """The ids of the edges of `types` into (mode "in") or out of ("out") vertex `x`."""
        v = self.index.get(x)
        if v is None:
            return []
        kinds = self.types
        return [e for e in self.g.incident(v, mode=mode) if kinds[e] in types]

    def members(self, x):
        names, ends = self.names, self.ends
        return code_point_sorted({names[ends[e][0]] for e in self._edges(x, "in", (MEMBER_OF,))})

    def memberships(self, x):
        names, ends = self.names, self.ends
        return code_point_sorted({names[ends[e][1]] for e in self._edges(x, "out", (MEMBER_OF,))})

    def shared(self, xs):
        names, ends = self.names, self.ends
        sets = [{names[ends[e][1]] for e in self._edges(x, "out", (MEMBER_OF,))} for x in xs]
        return code_point_sorted(set.intersection(*sets)) if sets else []

    def participants(self, x):
        names, ends, roles = self.names, self.ends, self.roles
        return code_point_sorted(
            f"{names[ends[e][0]]}:{roles[e]}" for e in self._edges(x, "in", PARTICIPATION))

    def projection(self):
        import igraph

        kinds = self.g.vs["kind"]
        names = self.names
        munis = [v for v, k in enumerate(kinds) if k in MUNICIPALITY]
        muni_set = set(munis)
        ends = self.ends
        pairs = {ends[e] for e, t in enumerate(self.types)
                 if t == MEMBER_OF and ends[e][0] in muni_set}
        bodies = sorted({b for _, b in pairs})
        local = {v: i for i, v in enumerate(munis)}
        body_local = {b: len(munis) + i for i, b in enumerate(bodies)}
        bipartite = igraph.Graph(
            n=len(munis) + len(bodies),
            edges=[(local[m], body_local[b]) for m, b in pairs],
        )
        types = [False] * len(munis) + [True] * len(bodies)
        projected = bipartite.bipartite_projection(types=types, multiplicity=True, which=0)
        weights = projected.es["weight"] if projected.ecount() else []
        lines = []
        for (u, v), w in zip(projected.get_edgelist(), weights):
            a, b = names[munis[u]], names[munis[v]]
            if b < a:
                a, b = b, a
            lines.append(f"{a},{b},{w}\n")
        lines.sort()
        return lines

    def degrees(self):
        g = self.g
        return sorted(zip(g.vs["name"], g.degree(mode="all")))


# ---------------------------------------------------------------------------------------------
# networkx


class NetworkXNetwork:
    def __init__(self, data):
        import networkx as nx

        ids, kinds, relations = load_tables(data)
        g = nx.MultiDiGraph()
        g.add_nodes_from((i, {"kind": k}) for i, k in zip(ids, kinds))
        g.add_edges_from((a, b, {"type": t, "role": r}) for a, b, t, r in relations)
        self.g = g

    def members(self, x):
        if x not in self.g:
            return []
        return code_point_sorted(
            {a for a, _, t in self.g.in_edges(x, data="type") if t == MEMBER_OF})

    def _targets(self, x):
        if x not in self.g:
            return set()
        return {b for _, b, t in self.g.out_edges(x, data="type") if t == MEMBER_OF}

    def memberships(self, x):
        return code_point_sorted(self._targets(x))

    def shared(self, xs):
        sets = [self._targets(x) for x in xs]
        return code_point_sorted(set.intersection(*sets)) if sets else []

    def participants(self, x):
        if x not in self.g:
            return []
        return code_point_sorted(
            f"{a}:{d['role']}" for a, _, d in self.g.in_edges(x, data=True)
            if d["type"] in PARTICIPATION)

    def projection(self):
        import networkx as nx
        from networkx.algorithms import bipartite

        g = self.g
        munis = [n for n, k in g.nodes(data="kind") if k in MUNICIPALITY]
        muni_set = set(munis)
        b = nx.Graph()
        b.add_nodes_from(munis, bipartite=0)
        b.add_edges_from(
            (m, ("body", t)) for m, t, ty in g.edges(data="type")
            if ty == MEMBER_OF and m in muni_set)
        projected = bipartite.weighted_projected_graph(b, munis)
        lines = []
        for u, v, w in projected.edges(data="weight"):
            a, c = (u, v) if u < v else (v, u)
            lines.append(f"{a},{c},{w}\n")
        lines.sort()
        return lines

    def degrees(self):
        return sorted(self.g.degree())


# ---------------------------------------------------------------------------------------------
# networkx exports: the graph regiongraph exports, every attribute included

# The kind and type spellings of the bench data that are not already regiongraph's names
# (EntityKind(parsing:)).
KIND_NAMES = {"county": "county_municipality", "fylkeskommune": "county_municipality",
              "council": "regional_council", "regionrad": "regional_council", "kommune": "municipality"}


def export_graph(data):
    """A MultiDiGraph with the nodes and edges of regiongraph's GraphML export of `data`:
    the same ids, keys (r1, r2, … by source, type, target and read order) and attributes."""
    import networkx as nx

    header, rows = read_csv(os.path.join(data, "entities.csv"))
    column = {name: i for i, name in enumerate(header)}
    g = nx.MultiDiGraph()
    for row in rows:
        kind = normalised_kind(row[column["kind"]])
        kind = KIND_NAMES.get(kind, kind)
        name = row[column["name"]]
        g.add_node(row[column["id"]], label=name, kind=kind, name=name, country="NO")
    header, rows = read_csv(os.path.join(data, "relations.csv"))
    column = {name: i for i, name in enumerate(header)}
    relations = []
    for order, row in enumerate(rows):
        relations.append((row[column["from"]], normalised_kind(row[column["type"]]), row[column["to"]], order, row))
    relations.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    for index, (a, kind, b, _, row) in enumerate(relations):
        role = row[column["role"]]
        attributes = {"label": f"{kind} ({role})" if role else kind, "type": kind}
        if role:
            attributes["role"] = role
        for field in ("start", "end"):
            if row[column[field]]:
                attributes[field] = row[column[field]]
        source = row[column["source"]]
        if source:
            attributes["sources"] = json.dumps([{"reference": source}], ensure_ascii=False, separators=(",", ":"))
            attributes["source_documents"] = source
        g.add_edge(a, b, key=f"r{index + 1}", **attributes)
    return g


def write_export(g, format, path):
    import networkx as nx

    if format == "graphml":
        nx.write_graphml(g, path)
    elif format == "gexf":
        nx.write_gexf(g, path)
    else:
        text = json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=2)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
            out.write("\n")


def main_export(args):
    import networkx

    def report(phase, seconds, **extra):
        print(json.dumps({"impl": args.impl, "version": networkx.__version__, "phase": phase,
                          "seconds": round(seconds, 4), **extra}, separators=(",", ":")), flush=True)

    def peak():
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    start = time.perf_counter()
    g = export_graph(args.data)
    mark = time.perf_counter()
    report("load", mark - start, peak_rss_mb=peak(), relations=g.number_of_edges())
    path = os.path.join(args.out, f"network.{args.export}")
    write_export(g, args.export, path)
    now = time.perf_counter()
    report(f"export-{args.export}", now - mark, bytes=os.path.getsize(path))
    report("total", now - start, peak_rss_mb=peak())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--impl", choices=("igraph", "networkx"), required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--queries")
    parser.add_argument("--out", required=True)
    parser.add_argument("--skip-projection", action="store_true",
                        help="write no projection.csv (networkx takes hours at the huge scale)")
    parser.add_argument("--export", choices=("graphml", "gexf", "json"),
                        help="networkx only: load every attribute, export in this format, stop")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.export:
        if args.impl != "networkx":
            parser.error("--export is for --impl networkx")
        return main_export(args)
    if not args.queries:
        parser.error("--queries is required without --export")

    if args.impl == "igraph":
        import igraph as library
        implementation = IGraphNetwork
    else:
        import networkx as library
        implementation = NetworkXNetwork
    version = library.__version__

    def report(phase, seconds, **extra):
        print(json.dumps({"impl": args.impl, "version": version, "phase": phase,
                          "seconds": round(seconds, 4), **extra}, separators=(",", ":")), flush=True)

    start = time.perf_counter()
    network = implementation(args.data)
    mark = time.perf_counter()
    report("load", mark - start)

    with open(os.path.join(args.out, "answers.txt"), "w", encoding="utf-8", newline="\n") as out:
        for line in read_queries(args.queries):
            words = line.split()
            command, arguments = words[0], words[1:]
            if command == "members" and len(arguments) == 1:
                answer = network.members(arguments[0])
            elif command == "memberships" and len(arguments) == 1:
                answer = network.memberships(arguments[0])
            elif command == "shared" and len(arguments) >= 2:
                answer = network.shared(arguments)
            elif command == "participants" and len(arguments) == 1:
                answer = network.participants(arguments[0])
            else:
                sys.exit(f"bench_peers.py: cannot read the query '{line}'")
            out.write(line + "\t" + " ".join(answer) + "\n")
    now = time.perf_counter()
    report("queries", now - mark)
    mark = now

    if not args.skip_projection:
        with open(os.path.join(args.out, "projection.csv"), "w", encoding="utf-8", newline="\n") as out:
            out.writelines(network.projection())
        now = time.perf_counter()
        report("projection", now - mark)
        mark = now

    with open(os.path.join(args.out, "degrees.csv"), "w", encoding="utf-8", newline="\n") as out:
        out.writelines(f"{name},{degree}\n" for name, degree in network.degrees())
    now = time.perf_counter()
    report("degree", now - mark)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report("total", now - start, peak_rss_mb=round(peak, 1))


if __name__ == "__main__":
    main()
