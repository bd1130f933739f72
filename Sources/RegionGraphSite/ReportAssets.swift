import RegionGraph

/// The report's style sheet and script, written as `report.css` and `report.js` or inline in a
/// single-file report. Both are the project's own: no library, nothing loaded from elsewhere.
///
/// The script folds a query as ``TextFolding/matchKey(_:)`` and ``TextFolding/looseKey(_:)``
/// fold names (the names' keys are folded in Swift and stored in the search data), and ranks
/// matches as ``Network/search(_:limit:)`` does: exact, prefix, word prefix, substring, similar;
/// a match as typed before one that needs `oe`/`aa` read as `ø`/`å`. It also runs under `node`,
/// which the tests use to compare its folding with Swift's.
///
/// ```swift
/// ExportFile(name: "report.js", text: ReportAssets.script)
/// ```
enum ReportAssets {
    static let style = #"""
        :root { --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --accent: #0b5394; --paper: #ffffff; --soft: #f4f6f8; }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", system-ui, sans-serif; font-size: 100%; line-height: 1.45; color: var(--ink); background: var(--paper); }
        body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; }
        a { color: var(--accent); }
        a:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem; }
        .skip:focus { left: 1rem; }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; border-bottom: 1px solid var(--line); padding: .75rem 0; }
        header.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        form[role=search] { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        input[type=search] { font: inherit; padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 4px; min-width: 14rem; }
        button { font: inherit; padding: .35rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
        h1 { font-size: 1.8rem; margin: 1.2rem 0 .4rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.35rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
        h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; overflow-wrap: anywhere; }
        p, li, dd { overflow-wrap: anywhere; }
        td, th { overflow-wrap: break-word; }
        .kind { color: var(--muted); margin-top: 0; }
        .note { color: var(--muted); font-style: italic; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; white-space: pre-line; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--soft); }
        table.matrix td { text-align: center; min-width: 1.8rem; }
        table.counts td { text-align: right; }
        caption { text-align: left; color: var(--muted); padding: .25rem 0; }
        ul.sources { margin: 0; padding-left: 1rem; font-size: .9rem; }
        q { font-style: italic; }
        .detail { color: var(--muted); font-size: .9rem; }
        ul.columns { columns: 18rem; padding-left: 1.2rem; }
        figure { margin: 1rem 0; }
        figcaption { color: var(--muted); font-size: .9rem; }
        .drawing { overflow-x: auto; border: 1px solid var(--line); background: #fff; }
        .drawing svg { display: block; width: 100%; height: auto; margin: 0 auto; }
        .drawing svg text { font-family: "DejaVu Sans", Verdana, sans-serif; }
        #search-results li { margin: .2rem 0; }
        #search-results .matched { color: var(--muted); }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
        @media (max-width: 40rem) {
          body { padding: 0 .6rem 1rem; }
          h1 { font-size: 1.45rem; }
          dl.facts { grid-template-columns: 1fr; }
          dl.facts dd { margin-bottom: .4rem; }
          input[type=search] { min-width: 0; flex: 1; }
          table { font-size: .85rem; }
          table.relations thead { position: absolute; left: -9999px; }
          table.relations, table.relations tbody, table.relations tr, table.relations td { display: block; }
          table.relations tr { border: 1px solid var(--line); margin-bottom: .6rem; padding: .3rem .5rem; }
          table.relations td { border: none; padding: .1rem 0; }
          table.relations td:empty { display: none; }
          table.relations td::before { font-weight: bold; }
          .drawing svg { width: auto; max-width: none; }
        }
        @media print {
          @page { size: A4; margin: 15mm; }
          html { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          header.site, footer, .skip, #search { display: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; }
          tr, figure, li { break-inside: avoid; }
          .scroll, .drawing { overflow: visible; border: none; }
          .drawing svg { max-height: 250mm; width: 100%; }
          table { font-size: 8.5pt; }
        }
        """#

    /// The style sheet with the column names of relation tables in `language`, which a narrow
    /// screen shows before each cell of a row drawn as a block.
    static func style(in language: Language) -> String {
        let widths = ReportSite.drawingWidths.map { ".drawing.w\($0) svg { max-width: \($0)rem; }" }
        let labels = ReportSite.relationColumns(in: language).enumerated().map { column, name in
            "  table.relations td:nth-child(\(column + 1))::before { content: \"\(name): \"; }"
        }
        return style + widths.joined(separator: "\n") + "\n@media (max-width: 40rem) {\n" + labels.joined(separator: "\n") + "\n}\n"
    }

    static let script = #"""
        "use strict";
        (function () {
          // Letters folded as TextFolding.matchKey folds them.
          var common = { "ø": "o", "Ø": "o", "å": "a", "Å": "a", "æ": "ae", "Æ": "ae", "ï": "i", "Ï": "i",
            "é": "e", "É": "e", "ä": "a", "Ä": "a", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u" };
          var spelled = { "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ŋ": "n", "ŧ": "t" };
          var mark = /^\p{Mn}$/u;
          var letterOrNumber = /^[\p{Alphabetic}\p{N}]$/u;

          function matchKey(text) {
            var out = "";
            var pending = false;
            function add(piece) {
              if (pending && out.length > 0) { out += " "; }
              pending = false;
              out += piece;
            }
            for (var ch of text) {
              var code = ch.codePointAt(0);
              if (code < 128) {
                if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) { add(ch); }
                else if (code >= 65 && code <= 90) { add(String.fromCharCode(code + 32)); }
                else { pending = true; }
                continue;
              }
              if (Object.prototype.hasOwnProperty.call(common, ch)) { add(common[ch]); continue; }
              for (var part of ch.toLowerCase().normalize("NFD")) {
                if (mark.test(part)) { continue; }
                if (letterOrNumber.test(part)) {
                  add(Object.prototype.hasOwnProperty.call(spelled, part) ? spelled[part] : part);
                } else {
                  pending = true;
                }
              }
            }
            return out;
          }

          // "aa" → "a" and "oe" → "o", as TextFolding.looseKey reads a match key.
          function looseOfMatchKey(key) {
            var out = "";
            var index = 0;
            while (index < key.length) {
              var letter = key[index];
              var next = key[index + 1];
              out += letter;
              index += ((letter === "a" && next === "a") || (letter === "o" && next === "e")) ? 2 : 1;
            }
            return out;
          }

          function looseKey(text) { return looseOfMatchKey(matchKey(text)); }

          function editDistance(left, right) {
            var a = Array.from(left), b = Array.from(right);
            if (a.length === 0) { return b.length; }
            if (b.length === 0) { return a.length; }
            var previous = [], current = [];
            for (var j = 0; j <= b.length; j++) { previous.push(j); current.push(0); }
            for (var i = 1; i <= a.length; i++) {
              current[0] = i;
              for (var k = 1; k <= b.length; k++) {
                var cost = a[i - 1] === b[k - 1] ? 0 : 1;
                current[k] = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost);
              }
              var swap = previous; previous = current; current = swap;
            }
            return previous[b.length];
          }

          // 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 similar; -1 no match.
          function rank(key, name) {
            if (name === key) { return 0; }
            if (name.startsWith(key)) { return 1; }
            var words = name.split(" ");
            if (words.some(function (word) { return word.startsWith(key); })) { return 2; }
            if (name.indexOf(key) >= 0) { return 3; }
            var length = Array.from(key).length;
            if (length >= 4) {
              var threshold = Math.max(1, Math.floor(length / 4));
              var close = function (other) {
                return Math.abs(Array.from(other).length - length) <= threshold && editDistance(key, other) <= threshold;
              };
              if (close(name) || words.some(close)) { return 4; }
            }
            return -1;
          }

          // entries: [link, name, kind, [[name, matchKey, looseKey], …]], sorted by name.
          function search(entries, text) {
            var key = matchKey(text);
            if (key.length === 0) { return []; }
            var loose = looseOfMatchKey(key);
            var hits = [];
            entries.forEach(function (entry, order) {
              var best = null;
              entry[3].forEach(function (names) {
                [[rank(key, names[1]), false], [rank(loose, names[2]), true]].forEach(function (found) {
                  if (found[0] < 0) { return; }
                  if (best === null || found[0] < best.rank || (found[0] === best.rank && best.loose && !found[1])) {
                    best = { rank: found[0], loose: found[1], name: names[0] };
                  }
                });
              });
              if (best !== null) { hits.push({ entry: entry, rank: best.rank, loose: best.loose, name: best.name, order: order }); }
            });
            hits.sort(function (x, y) {
              if (x.rank !== y.rank) { return x.rank - y.rank; }
              if (x.loose !== y.loose) { return x.loose ? 1 : -1; }
              return x.order - y.order;
            });
            return hits;
          }

          if (typeof module !== "undefined" && module.exports) {
            module.exports = { matchKey: matchKey, looseKey: looseKey, search: search };
            return;
          }

          function show(entries, text) {
            var section = document.getElementById("search");
            var list = document.getElementById("search-results");
            var status = document.getElementById("search-status");
            if (!section || !list || !status) { return; }
            var norwegian = document.documentElement.lang === "nb";
            while (list.firstChild) { list.removeChild(list.firstChild); }
            if (matchKey(text).length === 0) { section.hidden = true; return; }
            var hits = search(entries, text);
            var shown = hits.slice(0, 100);
            shown.forEach(function (hit) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = hit.entry[0];
              link.textContent = hit.entry[1];
              item.appendChild(link);
              var detail = " (" + hit.entry[2] + ")";
              if (hit.name !== hit.entry[1]) { detail += (norwegian ? " – funnet som " : " – found as ") + "«" + hit.name + "»"; }
              var span = document.createElement("span");
              span.className = "matched";
              span.textContent = detail;
              item.appendChild(span);
              list.appendChild(item);
            });
            var count = hits.length;
            status.textContent = norwegian
              ? (count === 1 ? "1 treff" : count + " treff") + (count > shown.length ? ", de " + shown.length + " beste vises" : "")
              : (count === 1 ? "1 match" : count + " matches") + (count > shown.length ? ", the best " + shown.length + " shown" : "");
            section.hidden = false;
          }

          document.addEventListener("DOMContentLoaded", function () {
            var input = document.getElementById("q");
            var query = new URLSearchParams(window.location.search).get("q") || "";
            if (input) { input.value = query; }
            var data = document.getElementById("search-data");
            if (!data) { return; }
            var entries = JSON.parse(data.textContent);
            show(entries, query);
            if (input) {
              input.addEventListener("input", function () { show(entries, input.value); });
            }
          });
        })();
        """#
}
