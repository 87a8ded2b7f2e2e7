/* Sổ tay quizzes: check answers, announce feedback, keep best scores on this device only.
   Enhances the server-rendered HTML (which works without JS); strings come from data-t-* attributes.
   No dependencies, no network: progress lives in localStorage under "sotay-quiz:<lang>:<quiz id>". */
(function () {
  "use strict";
  var PREFIX = "sotay-quiz:";

  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function fill(text, values) {
    return (text || "").replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }
  function load(lang, id) {
    try { return JSON.parse(localStorage.getItem(PREFIX + lang + ":" + id)); } catch (e) { return null; }
  }
  function save(lang, id, value) {
    try { localStorage.setItem(PREFIX + lang + ":" + id, JSON.stringify(value)); } catch (e) { /* storage off */ }
  }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  }
  function day(iso, lang) {
    var d = new Date(iso + "T12:00:00");
    return isNaN(d) ? iso : d.toLocaleDateString(lang === "vi" ? "vi-VN" : "en-GB");
  }
  function isRight(opt) { return opt.hasAttribute("data-correct"); }
  function input(opt) { return opt.querySelector("input"); }

  function setupQuiz(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    box.classList.add("sotay-quiz--js");
    var t = box.dataset, lang = t.lang, id = t.quiz;
    var questions = all(box, ".sotay-quiz__q");
    var first = [];
    var summary = box.querySelector(".sotay-quiz__summary");
    var best = box.querySelector(".sotay-quiz__best");
    var again = box.querySelector(".sotay-quiz__end .sotay-quiz__actions");

    function showBest() {
      var b = load(lang, id);
      best.textContent = b ? fill(t.tBest, { score: b.score, total: b.total, date: day(b.date, lang) }) : "";
    }

    function check(q, i) {
      var opts = all(q, ".sotay-quiz__opt");
      var verdict = q.querySelector(".sotay-quiz__verdict");
      if (!opts.some(function (o) { return input(o).checked; })) {
        verdict.textContent = t.tChooseFirst;
        return;
      }
      var right = opts.every(function (o) { return isRight(o) === input(o).checked; });
      var said = [];
      opts.forEach(function (o) {
        var chosen = input(o).checked, fb = o.querySelector(".sotay-quiz__fb");
        if (isRight(o) || chosen) {
          var mark = document.createElement("span");
          mark.className = "sotay-quiz__mark " + (isRight(o) ? "is-right" : "is-wrong");
          mark.setAttribute("data-pagefind-ignore", "all");
          mark.textContent = isRight(o) ? t.tMarkRight : t.tMarkWrong;
          o.querySelector("label").appendChild(mark);
        }
        if (fb && chosen) { fb.hidden = false; said.push(fb.textContent); }
        input(o).disabled = true;
      });
      q.classList.add(right ? "is-right" : "is-wrong");
      verdict.textContent = right ? t.tRight : t.tWrong;
      if (said.length) {  // the feedback is shown under the option; screen readers hear it with the verdict
        var sr = document.createElement("span");
        sr.className = "sotay-quiz__sr";
        sr.textContent = " " + said.join(" ");
        verdict.appendChild(sr);
      }
      var answer = q.querySelector(".sotay-quiz__answer");
      answer.hidden = false;
      answer.open = true;
      q.dataset.done = "1";
      q.querySelector(".sotay-quiz__check").textContent = t.tRetry;
      if (first[i] === undefined) first[i] = right;
      if (questions.every(function (x, k) { return first[k] !== undefined; })) finish();
    }

    function reset(q, focus) {
      all(q, ".sotay-quiz__mark").forEach(function (m) { m.parentNode.removeChild(m); });
      all(q, ".sotay-quiz__fb").forEach(function (f) { f.hidden = true; });
      all(q, "input").forEach(function (el) { el.disabled = false; el.checked = false; });
      q.classList.remove("is-right", "is-wrong");
      q.querySelector(".sotay-quiz__verdict").textContent = "";
      var answer = q.querySelector(".sotay-quiz__answer");
      answer.open = false;
      answer.hidden = true;
      delete q.dataset.done;
      q.querySelector(".sotay-quiz__check").textContent = t.tCheck;
      if (focus) q.querySelector("input").focus();
    }

    function finish() {
      var score = first.filter(Boolean).length, total = questions.length;
      summary.textContent = fill(t.tScore, { score: score, total: total });
      var b = load(lang, id);
      if (!b || score >= b.score) save(lang, id, { score: score, total: total, date: today() });
      showBest();
      all(box, ".sotay-quiz__chapters li[data-chapter]").forEach(function (li) {
        var n = 0, ok = 0;
        questions.forEach(function (q, k) {
          if (q.dataset.chapter === li.dataset.chapter) { n++; if (first[k]) ok++; }
        });
        li.className = ok === n ? "is-right" : "is-wrong";
        li.querySelector(".sotay-quiz__chapter-score").textContent =
          fill(ok === n ? t.tChapterOk : t.tChapterReview, { score: ok, total: n });
      });
      again.hidden = false;
    }

    questions.forEach(function (q, i) {
      q.querySelector(".sotay-quiz__actions").hidden = false;
      q.querySelector(".sotay-quiz__answer").hidden = true;
      q.querySelector(".sotay-quiz__check").addEventListener("click", function () {
        if (q.dataset.done) reset(q, true); else check(q, i);
      });
    });
    again.querySelector("button").addEventListener("click", function () {
      first = [];
      questions.forEach(function (q, i) { reset(q, i === 0); });
      summary.textContent = "";
      all(box, ".sotay-quiz__chapter-score").forEach(function (s) { s.textContent = ""; });
      again.hidden = true;
    });
    showBest();
  }

  function setupProgress(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    var t = box.dataset, lang = t.lang;
    var rows = all(box, "li[data-quiz]");
    var summary = box.querySelector(".sotay-quiz-progress__summary");
    var actions = box.querySelector(".sotay-quiz__actions");

    function render(note) {
      var done = 0;
      rows.forEach(function (li) {
        var v = load(lang, li.dataset.quiz), status = li.querySelector(".sotay-quiz-progress__status");
        if (v) done++;
        li.classList.toggle("is-done", !!v);
        status.textContent = v ? fill(t.tDone, { score: v.score, total: v.total, date: day(v.date, lang) }) : t.tNotDone;
      });
      summary.textContent = (note ? note + " " : "") + fill(t.tSummary, { done: done, total: rows.length });
    }

    box.querySelector(".sotay-quiz-progress__nojs").hidden = true;
    actions.hidden = false;
    actions.querySelector("button").addEventListener("click", function () {
      if (!window.confirm(t.tResetConfirm)) return;
      try {
        for (var k = localStorage.length - 1; k >= 0; k--) {
          var key = localStorage.key(k);
          if (key && key.indexOf(PREFIX) === 0) localStorage.removeItem(key);
        }
      } catch (e) { /* storage off */ }
      render(t.tResetDone);
    });
    render();
  }

  function init() {
    all(document, ".sotay-quiz").forEach(setupQuiz);
    all(document, ".sotay-quiz-progress").forEach(setupProgress);
  }

  init();
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
})();
