/* Sổ tay search, part 2 of 2 (loaded when the reader opens search): folds Vietnamese the way the
   index does (sotay/search/terms.py), expands glossary abbreviations, loads only the index chunks
   a query needs, ranks pages (title and heading matches first) and shows them in the dialog. */
(function () {
  "use strict";

  /* ---- Text: the same rules as sotay/search/terms.py ---------------------------------------- */
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var WORD = /[\p{L}\p{N}]+/gu;
  var TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

  function fold(text) {
    return String(text).replace(/[đð]/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(MARKS, "").normalize("NFC").toLowerCase();
  }

  function words(text) {
    return fold(text).match(WORD) || [];
  }

  function pairs(terms) {
    var out = [];
    for (var i = 0; i + 1 < terms.length; i++) out.push(terms[i] + " " + terms[i + 1]);
    return out;
  }

  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }

  function find(terms, phrase) {
    outer: for (var i = 0; i + phrase.length <= terms.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer;
      return i;
    }
    return -1;
  }

  /* Every way of writing the query with the glossary's synonyms: "doi cccd" → also
     "doi can cuoc cong dan". At most 8 variants; the first is the query as typed. */
  function variants(terms, groups) {
    var out = [terms];
    (groups || []).forEach(function (group) {
      var next = out.slice();
      out.forEach(function (v) {
        group.forEach(function (phrase) {
          var at = find(v, phrase);
          if (at < 0) return;
          group.forEach(function (other) {
            if (other !== phrase) next.push(v.slice(0, at).concat(other, v.slice(at + phrase.length)));
          });
        });
      });
      out = next.slice(0, 8);
    });
    var seen = {};
    return out.filter(function (v) { var k = v.join(" "); return seen[k] ? false : (seen[k] = true); });
  }

  /* ---- Index: meta.json, then only the chunks a query needs ---------------------------------- */
  function Index(base) {
    this.base = base;
    this.chunks = {};
    this.texts = {};
    this.meta = fetch(base + "meta.json").then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (meta) {
      var total = 0;
      meta.sections.forEach(function (s) { total += s[3]; });
      meta.avg = Math.max(1, total / Math.max(1, meta.sections.length));
      meta.titleWords = meta.pages.map(function (p) { return words(p[1]); });
      meta.headingWords = meta.sections.map(function (s) { return words(s[2]); });
      return meta;
    });
  }

  Index.prototype.chunkOf = function (meta, key) {
    var lo = 0, hi = meta.chunks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.chunks[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  Index.prototype.load = function (meta, numbers) {
    var self = this;
    return Promise.all(unique(numbers).map(function (n) {
      if (!self.chunks[n]) {
        self.chunks[n] = fetch(self.base + meta.id + "/t" + n + ".json").then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.json();
        });
      }
      return self.chunks[n];
    })).then(function (loaded) {
      var keys = {};
      loaded.forEach(function (chunk) { Object.keys(chunk).forEach(function (k) { keys[k] = chunk[k]; }); });
      return keys;
    });
  };

  Index.prototype.text = function (meta, section) {
    if (!this.texts[section]) {
      this.texts[section] = fetch(this.base + meta.id + "/s" + section + ".txt").then(function (r) {
        return r.ok ? r.text() : "";
      });
    }
    return this.texts[section];
  };

  function decode(flat) {
    var out = [], sid = 0;
    for (var i = 0; i + 1 < flat.length; i += 2) {
      sid += flat[i];
      out.push([sid, flat[i + 1]]);
    }
    return out;
  }

  /* ---- Ranking ------------------------------------------------------------------------------ */
  /* A word and its simple English stems, for words the index does not have: "scams" → "scam". */
  function stems(t) {
    var out = [t];
    [[/ies$/, "y"], [/es$/, ""], [/s$/, ""], [/ing$/, ""], [/ed$/, ""]].forEach(function (r) {
      var st = t.replace(r[0], r[1]);
      if (st !== t && st.length >= 3 && out.indexOf(st) < 0) out.push(st);
    });
    return out;
  }

  var TITLE = 2.5, HEADING = 1.2, PAIR = 1.5, PREFIX = 0.6, HUB = 0.6;
  var HUB_URL = /^[^\/]*\/?$/; /* "" (home) or "chapter/" */

  function scoreVariant(meta, keys, terms, partial) {
    var n = meta.sections.length;
    function idf(df) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }
    function bm(tf, len) { return (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * len / meta.avg)); }
    var acc = {};
    function hit(sid) { return acc[sid] || (acc[sid] = { score: 0, found: {} }); }
    var uniq = unique(terms);
    var weights = {};
    uniq.forEach(function (t, i) {
      var lists = keys[t] ? [[t, 1]] : [];
      var typing = partial && i === uniq.length - 1 && t === terms[terms.length - 1];
      if (typing || !keys[t]) {
        /* the word being typed, or a word not in the index ("scams"): longer words it starts, and
           those its simple stems start ("scam"), count at a lower weight; each section keeps its best */
        var starts = typing ? [t] : stems(t);
        lists = lists.concat(Object.keys(keys).filter(function (k) {
          return k.indexOf(" ") < 0 && k !== t && starts.some(function (st) { return k.indexOf(st) === 0; });
        }).slice(0, 30).map(function (k) { return [k, PREFIX]; }));
      }
      weights[t] = 0;
      lists.forEach(function (pair) {
        var postings = decode(keys[pair[0]]);
        var w = idf(postings.length) * pair[1];
        weights[t] = Math.max(weights[t], w);
        postings.forEach(function (p) {
          var h = hit(p[0]);
          var s = w * bm(p[1], meta.sections[p[0]][3]);
          if (s > (h.found[t] || 0)) { h.score += s - (h.found[t] || 0); h.found[t] = s; }
        });
      });
      if (!weights[t]) weights[t] = idf(0) * 0.5;
    });
    pairs(terms).forEach(function (k) {
      if (!keys[k]) return;
      var postings = decode(keys[k]);
      var w = PAIR * idf(postings.length);
      postings.forEach(function (p) { hit(p[0]).score += w * bm(p[1], meta.sections[p[0]][3]); });
    });
    var titlePairs = {};
    Object.keys(acc).forEach(function (sid) {
      var h = acc[sid], section = meta.sections[sid], page = section[0];
      var title = meta.titleWords[page], heading = meta.headingWords[sid];
      var tp = titlePairs[page] || (titlePairs[page] = pairs(title));
      var found = 0;
      uniq.forEach(function (t) {
        var inTitle = title.indexOf(t) >= 0;
        if (inTitle) h.score += TITLE * weights[t];
        if (heading.indexOf(t) >= 0) h.score += HEADING * weights[t];
        if (inTitle || h.found[t]) found++;
      });
      pairs(terms).forEach(function (k) { if (tp.indexOf(k) >= 0) h.score += TITLE * weights[k.split(" ")[1]]; });
      var coverage = found / uniq.length;
      h.score *= 0.2 + 0.8 * coverage * coverage;
      /* the home page and chapter overviews only summarise other pages: prefer the page itself */
      if (HUB_URL.test(meta.pages[page][0])) h.score *= HUB;
    });
    return acc;
  }

  /* Rank pages for *query*; resolves to [{page, section, score, terms, marks}] best first. With
     *partial*, the last word may still be incomplete (the reader is typing): it also matches longer
     words. A query from ?q= is taken as complete. */
  function search(index, query, partial) {
    var terms = words(query);
    if (!terms.length) return Promise.resolve([]);
    return index.meta.then(function (meta) {
      var all = variants(terms, meta.synonyms);
      var need = [];
      all.forEach(function (v) {
        v.concat(pairs(v)).forEach(function (k) { need.push(index.chunkOf(meta, k)); });
        v.forEach(function (t) { stems(t).forEach(function (st) { need.push(index.chunkOf(meta, st)); }); });
      });
      var last = terms[terms.length - 1];
      if (partial) {
        for (var c = index.chunkOf(meta, last), end = index.chunkOf(meta, last + "\uffff"); c <= end && c < index.chunkOf(meta, last) + 3; c++) need.push(c);
      }
      return index.load(meta, need).then(function (keys) {
        var best = {};
        all.forEach(function (v) {
          var acc = scoreVariant(meta, keys, v, partial);
          Object.keys(acc).forEach(function (sid) {
            var page = meta.sections[sid][0], s = acc[sid].score;
            if (!best[page] || s > best[page].score) best[page] = { page: page, section: +sid, score: s, terms: v };
          });
        });
        var found = Object.keys(best).map(function (p) { return best[p]; });
        found.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
        var marks = unique([].concat.apply([], all));
        found.forEach(function (r) { r.marks = marks; });
        return found;
      });
    });
  }

  /* ---- Showing results ---------------------------------------------------------------------- */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  /* Append *text* to *parent*, wrapping the words whose folded form is in *marks* in <mark>. */
  function highlight(parent, text, marks, prefix) {
    var last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text))) {
      var w = fold(m[0]);
      var on = marks.indexOf(w) >= 0 || (prefix && w.indexOf(prefix) === 0);
      if (!on) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el("mark", "", m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* The ~28 words of *text* around the most query words. */
  function snippet(text, marks, size) {
    size = size || 28;
    var tokens = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text))) tokens.push([m.index, m.index + m[0].length, marks.indexOf(fold(m[0])) >= 0]);
    if (tokens.length <= size) return text;
    var bestAt = 0, bestCount = -1;
    for (var i = 0; i + size <= tokens.length; i++) {
      var seen = {}, count = 0;
      for (var j = i; j < i + size; j++) {
        if (tokens[j][2]) {
          var w = fold(text.slice(tokens[j][0], tokens[j][1]));
          count += seen[w] ? 0.2 : 1;
          seen[w] = true;
        }
      }
      if (count > bestCount) { bestCount = count; bestAt = i; }
    }
    var start = Math.max(0, bestAt - (bestAt > 0 ? 2 : 0));
    var from = start === 0 ? 0 : tokens[start][0];
    var endTok = Math.min(tokens.length, start + size) - 1;
    var to = endTok === tokens.length - 1 ? text.length : tokens[endTok][1];
    return (from > 0 ? "… " : "") + text.slice(from, to) + (to < text.length ? " …" : "");
  }

  var PAGE = 10;

  function Ui(dialog) {
    this.dialog = dialog;
    this.strings = JSON.parse(dialog.getAttribute("data-strings") || "{}");
    this.input = dialog.querySelector("input[type=search]");
    this.status = dialog.querySelector("[data-sotay-search-status]");
    this.list = dialog.querySelector("[data-sotay-search-results]");
    this.more = dialog.querySelector("[data-sotay-search-more]");
    this.indexUrl = new URL(dialog.getAttribute("data-index"), window.location.href).href;
    this.home = new URL("../", this.indexUrl).href;
    this.index = new Index(this.indexUrl);
    this.round = 0;
    this.bind();
  }

  Ui.prototype.say = function (key, n) {
    var text = this.strings[key] || "";
    return text.replace("{n}", n).replace("{q}", this.input.value.trim());
  };

  Ui.prototype.bind = function () {
    var self = this, timer = null;
    this.input.addEventListener("input", function () {
      self.typed = true;
      clearTimeout(timer);
      timer = setTimeout(function () { self.run(); }, 120);
    });
    this.dialog.querySelector("form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var first = self.list.querySelector("a[data-search-result]");
      if (first) first.click();
    });
    /* The close button, the backdrop and what closing does are the opener script's (they work
       before this code has loaded); following a result closes search too. */
    this.dialog.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a[data-search-result]")) self.dialog.close();
    });
    this.more.addEventListener("click", function () { self.render(self.shown + PAGE, true); });
    this.dialog.addEventListener("keydown", function (ev) { self.keys(ev); });
  };

  /* Arrow keys move between the input and the results, as in Material (Escape: the opener script). */
  Ui.prototype.keys = function (ev) {
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    var items = [this.input].concat(Array.prototype.slice.call(this.list.querySelectorAll("a[data-search-result]")));
    var at = items.indexOf(document.activeElement);
    if (at < 0) return;
    var next = ev.key === "ArrowDown" ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    ev.preventDefault();
    items[next].focus();
    if (items[next].scrollIntoView) items[next].scrollIntoView({ block: "nearest" });
  };

  Ui.prototype.open = function (query) {
    var wasOpen = this.dialog.open; /* opened by the opener script while this code loaded */
    if (query !== null && query !== undefined) {
      this.input.value = query;
      this.typed = false;
    }
    if (!wasOpen) this.dialog.showModal();
    this.input.focus();
    if ((query === null || query === undefined) && !wasOpen) this.input.select();
    this.run();
  };

  Ui.prototype.run = function () {
    var self = this, query = this.input.value, round = ++this.round;
    if (!words(query).length) {
      this.results = [];
      this.list.textContent = "";
      this.more.hidden = true;
      this.status.textContent = this.say("hint");
      return Promise.resolve();
    }
    this.status.textContent = this.say("loading");
    var partial = this.typed !== false && !/\s$/.test(query);
    return search(this.index, query, partial).then(function (results) {
      if (round !== self.round) return;
      self.results = results;
      self.prefix = partial ? words(query).pop() : null;
      self.render(PAGE, false);
    }, function () {
      if (round === self.round) self.status.textContent = self.say("error");
    });
  };

  Ui.prototype.render = function (count, append) {
    var self = this, results = this.results;
    var start = append ? this.shown : 0;
    if (!append) this.list.textContent = "";
    this.shown = Math.min(count, results.length);
    this.more.hidden = this.shown >= results.length;
    var n = results.length;
    this.status.textContent = n === 0 ? this.say("none") : this.say(n === 1 ? "count_one" : "count_other", n);
    this.index.meta.then(function (meta) {
      var prefix = self.prefix;
      results.slice(start, self.shown).forEach(function (r) {
        var page = meta.pages[r.page], section = meta.sections[r.section];
        var a = el("a", "sotay-search__link");
        a.setAttribute("data-search-result", "");
        a.href = new URL(page[0], self.home).href + (section[1] ? "#" + section[1] : "");
        var title = el("span", "sotay-search__title");
        highlight(title, page[1], r.marks, prefix);
        a.appendChild(title);
        var where = [page[2], section[2]].filter(Boolean).join(" › ");
        if (where) a.appendChild(el("span", "sotay-search__where", where));
        var text = el("span", "sotay-search__snippet");
        a.appendChild(text);
        self.index.text(meta, r.section).then(function (body) {
          highlight(text, snippet(body, r.marks), r.marks, prefix);
        });
        var li = el("li", "sotay-search__item");
        li.appendChild(a);
        self.list.appendChild(li);
      });
    });
  };

  var uis = [];
  window.SotaySearch = {
    fold: fold,
    words: words,
    variants: variants,
    snippet: snippet,
    open: function (dialog, query) {
      var ui = uis.filter(function (u) { return u.dialog === dialog; })[0];
      if (!ui) uis.push((ui = new Ui(dialog)));
      ui.open(query);
      return ui;
    }
  };
})();
