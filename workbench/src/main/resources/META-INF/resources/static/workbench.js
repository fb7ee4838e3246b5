// Workbench behaviour: lease countdowns, the reviewer's keyboard shortcuts, the live deviation of the evidence.
(function () {
  'use strict';

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-until]').forEach(function (el) {
      var until = Date.parse(el.getAttribute('data-until'));
      if (isNaN(until)) { return; }
      var left = Math.round((until - now) / 1000);
      if (left <= 0) {
        el.textContent = 'expired';
        el.classList.add('expired');
        return;
      }
      var m = Math.floor(left / 60), s = left % 60;
      el.textContent = m + ':' + (s < 10 ? '0' : '') + s + ' left';
      el.classList.toggle('soon', left < 120);
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function press(id) {
    var el = document.getElementById(id);
    if (el) { el.click(); return true; }
    return false;
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
    var done = false;
    if (e.key === 'n') { done = press('take-next'); }
    else if (e.key === 's') { done = press('submit-verdict'); }
    else if (e.key === 'r') { done = press('release'); }
    if (done) { e.preventDefault(); }
  });

  function deviation() {
    var form = document.getElementById('verdict-form');
    var input = document.getElementById('evidence-value');
    var out = document.getElementById('deviation');
    if (!form || !input || !out || !form.hasAttribute('data-claimed')) { return; }
    var claimed = parseFloat(form.getAttribute('data-claimed'));
    var evidence = parseFloat(input.value.replace(/,/g, ''));
    if (isNaN(evidence) || evidence === 0) {
      out.textContent = 'The claim says ' + claimed + '.';
      return;
    }
    var pct = (claimed - evidence) / evidence * 100;
    out.textContent = 'The claim says ' + claimed + ': ' + (pct >= 0 ? '+' : '') + pct.toFixed(1)
      + ' % against the evidence (the service suggests a rating from this when you submit).';
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 1000);
    var input = document.getElementById('evidence-value');
    if (input) { input.addEventListener('input', deviation); }
  });
  // rows replaced by the queue's refresh get their countdowns at once
  document.addEventListener('htmx:afterSwap', tick);
})();
