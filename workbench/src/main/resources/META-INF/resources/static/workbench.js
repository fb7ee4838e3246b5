// Workbench behaviour: lease countdowns, the reviewer's keyboard shortcuts, the live deviation and suggested rating.
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

  // The review-service's rule: a bound the evidence satisfies counts as 0 %, else (claimed - evidence) / |evidence|.
  function percent(claimed, qualifier, evidence) {
    if ((qualifier === 'MORE_THAN' || qualifier === 'AT_LEAST') && evidence >= claimed) { return 0; }
    if ((qualifier === 'LESS_THAN' || qualifier === 'AT_MOST') && evidence <= claimed) { return 0; }
    return (claimed - evidence) / Math.abs(evidence) * 100;
  }

  // The tightest band (data-bands, "1:TRUE,5:MOSTLY_TRUE,...") whose limit |deviation| does not exceed.
  function suggest(form, pct) {
    var bands = (form.getAttribute('data-bands') || '').split(',').map(function (entry) {
      var parts = entry.split(':');
      return { max: parseFloat(parts[0]), rating: parts[1] };
    }).filter(function (b) { return !isNaN(b.max) && b.rating; });
    bands.sort(function (a, b) { return a.max - b.max; });
    for (var i = 0; i < bands.length; i++) {
      if (Math.abs(pct) <= bands[i].max) { return bands[i].rating; }
    }
    return form.getAttribute('data-beyond');
  }

  function words(rating) {
    return rating ? rating.toLowerCase().replace(/_/g, ' ') : '';
  }

  function deviation() {
    var form = document.getElementById('verdict-form');
    var input = document.getElementById('evidence-value');
    var out = document.getElementById('deviation');
    var suggestion = document.getElementById('suggestion');
    if (!form || !input || !out || !form.hasAttribute('data-claimed')) { return; }
    var claimed = parseFloat(form.getAttribute('data-claimed'));
    var evidence = parseFloat(input.value.replace(/,/g, ''));
    if (isNaN(evidence) || evidence === 0) {
      out.textContent = 'The claim says ' + claimed + '.';
      if (suggestion) { suggestion.textContent = 'Enter the evidence value to see the rating the service suggests.'; }
      return;
    }
    var pct = percent(claimed, form.getAttribute('data-qualifier') || 'EXACT', evidence);
    out.textContent = 'The claim says ' + claimed + ': ' + (pct >= 0 ? '+' : '') + pct.toFixed(1)
      + ' % against the evidence.';
    if (suggestion) {
      suggestion.textContent = 'Suggested rating: ' + words(suggest(form, pct))
        + ' (the service suggests it with your verdict; you decide the rating).';
    }
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
