#!/usr/bin/env python3
"""Compare a SPARQL SELECT result with an expected table written by hand.

usage: compare.py EXPECTED.tsv ACTUAL.json

ACTUAL.json is either the row list printed by ../shared/tools/sparql
([{"var": {"type", "value", "datatype"?}}, ...]) or W3C SPARQL 1.1 Query
Results JSON ({"head": ..., "results": {"bindings": [...]}}).

EXPECTED.tsv (tests/queries/expected/NAME.tsv):
  - lines starting with '#' are comments; two of them are directives:
      # mode: subset    every expected row must match its own actual row
                        (expected rows are a subset of the actual rows; default)
      # mode: exact     the same, and no actual row is left over
      # ordered: true   the matched actual rows come in the expected rows' order
                        (checks the query's ORDER BY)
  - the first other line is the header: tab-separated variable names ("?docId");
    only these columns are compared (a query may project more);
  - every further line is one expected row. A cell is
      *            anything, bound or not
      (empty)      the variable must be unbound
      a | b | c    any one of these values
    A value matches a literal by its lexical form; numbers match numerically
    ("4000" matches "4000.0"^^xsd:decimal); an IRI matches by the whole IRI or
    its local name (after the last '#' or '/'). Curly apostrophes and quotes
    count as straight ones and runs of white space as one space.
Exit status: 0 all expected rows found, 1 mismatch (the missing rows and the
actual table are printed), 2 usage or input error.
"""
import json
import sys


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


def as_number(s):
    try:
        return float(s.replace(",", "")) if s.strip() else None
    except ValueError:
        return None


def read_actual(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        data = data.get("results", {}).get("bindings", [])
    if not isinstance(data, list):
        raise ValueError(f"{path}: not a SELECT result")
    return data


def read_expected(path):
    mode, ordered, header, rows = "subset", False, None, []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("#"):
                body = line[1:].strip()
                if body.startswith("mode:"):
                    mode = body[5:].strip()
                    if mode not in ("subset", "exact"):
                        raise ValueError(f"{path}:{number}: mode must be subset or exact")
                elif body.startswith("ordered:"):
                    ordered = body[8:].strip() == "true"
                continue
            if not line.strip() and header is None:
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip().lstrip("?") for c in cells]
                continue
            if len(cells) != len(header):
                raise ValueError(f"{path}:{number}: {len(cells)} cells, header has {len(header)}")
            rows.append([c.strip() for c in cells])
    if header is None or not rows:
        raise ValueError(f"{path}: no header or no rows")
    return mode, ordered, header, rows


def value_matches(want, term):
    """want: one alternative (non-empty, not '*'); term: a JSON term or None."""
    if term is None:
        return False
    value = term.get("value", "")
    if term.get("type") == "uri":
        local = value.rstrip("/#")
        local = local[max(local.rfind("#"), local.rfind("/")) + 1:]
        return norm(want) in (norm(value), norm(local))
    a, b = as_number(want), as_number(value)
    if a is not None and b is not None and term.get("datatype", "").endswith(
            ("#integer", "#decimal", "#double", "#float", "#int", "#long", "#nonNegativeInteger")):
        return abs(a - b) < 1e-9
    return norm(want) == norm(value)


def cell_matches(cell, term):
    if cell == "*":
        return True
    if cell == "":
        return term is None
    return any(value_matches(alt.strip(), term) for alt in cell.split(" | "))


def row_matches(header, row, actual):
    return all(cell_matches(c, actual.get(v)) for v, c in zip(header, row))


def show(term):
    return "" if term is None else term.get("value", "")


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        mode, ordered, header, rows = read_expected(argv[1])
        actual = read_actual(argv[2])
    except (OSError, ValueError) as e:
        print(f"compare: {e}", file=sys.stderr)
        return 2

    missing = []
    if ordered:
        # Earliest-match greedy finds an order-preserving matching whenever one exists.
        used, start = set(), 0
        for row in rows:
            j = next((j for j in range(start, len(actual)) if row_matches(header, row, actual[j])), None)
            if j is None:
                missing.append(row)
            else:
                used.add(j)
                start = j + 1
    else:
        # Maximum bipartite matching (Kuhn): each expected row gets its own actual row.
        owner = {}
        candidates = [[j for j, a in enumerate(actual) if row_matches(header, r, a)] for r in rows]

        def assign(i, seen):
            for j in candidates[i]:
                if j in seen:
                    continue
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
            return False

        for i, row in enumerate(rows):
            if not assign(i, set()):
                missing.append(row)
        used = set(owner)

    extra = len(actual) - len(used)
    ok = not missing and (mode == "subset" or extra == 0)
    if ok:
        return 0
    name = argv[1]
    for row in missing:
        print(f"{name}: expected row not found{' in order' if ordered else ''}: " + "\t".join(row))
    if mode == "exact" and extra:
        print(f"{name}: {extra} actual row(s) not expected")
    print(f"{name}: actual rows ({len(actual)}), columns " + "\t".join("?" + v for v in header))
    for a in actual[:60]:
        print("  " + "\t".join(show(a.get(v)) for v in header))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
