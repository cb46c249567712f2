(function () {
  'use strict';
  var root = document.documentElement;
  // a script error leaves a mark in the page, where a headless browser's DOM dump shows it
  window.addEventListener('error', function (event) {
    root.setAttribute('data-script-error', String(event.message));
  });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));

  function checkedValues() {
    var on = {};
    boxes.forEach(function (box) {
      var filter = box.getAttribute('data-filter');
      on[filter] = on[filter] || {};
      if (box.checked) {
        on[filter][box.value] = true;
      }
    });
    return on;
  }

  function apply() {
    var on = checkedValues();
    var rulesShown = {};
    var total = 0;
    document.querySelectorAll('section.group').forEach(function (group) {
      var shown = 0;
      group.querySelectorAll('article.finding').forEach(function (finding) {
        var visible = Object.keys(on).every(function (filter) {
          return on[filter][finding.getAttribute('data-' + filter)] === true;
        });
        finding.hidden = !visible;
        if (visible) {
          shown++;
          rulesShown[finding.getAttribute('data-rule')] = true;
        }
      });
      // a function's memory and timeout section is no finding: its group stays whatever the filters hide
      group.hidden = shown === 0 && group.querySelector('.function-usage') === null;
      group.querySelector('.group-count').textContent = String(shown);
      total += shown;
    });
    document.querySelectorAll('article.rule-doc').forEach(function (doc) {
      doc.hidden = rulesShown[doc.getAttribute('data-rule')] !== true;
    });
    document.getElementById('shown').textContent = String(total);
  }

  // The filters live in the URL, "#severity=error,warning&rule=client-per-invocation", so that a filtered view
  // can be bookmarked or shared; each filter named there gets exactly the values listed.
  function writeHash() {
    var on = checkedValues();
    var parts = [];
    Object.keys(on).forEach(function (filter) {
      var all = boxes.filter(function (box) { return box.getAttribute('data-filter') === filter; });
      var values = Object.keys(on[filter]);
      if (values.length < all.length) {
        parts.push(encodeURIComponent(filter) + '=' + values.map(encodeURIComponent).join(','));
      }
    });
    try {
      history.replaceState(null, '', parts.length > 0 ? '#' + parts.join('&') : location.pathname + location.search);
    } catch (e) {
      // some browsers refuse history changes on file: pages; the filters still work
    }
  }

  function readHash() {
    var wanted = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var pair = part.split('=');
      if (pair.length === 2 && pair[0] !== '') {
        wanted[decodeURIComponent(pair[0])] = pair[1] === '' ? [] : pair[1].split(',').map(decodeURIComponent);
      }
    });
    boxes.forEach(function (box) {
      var values = wanted[box.getAttribute('data-filter')];
      if (values && box.checked !== (values.indexOf(box.value) >= 0)) {
        box.click();
      }
    });
  }

  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      apply();
      writeHash();
    });
  });
  if (boxes.length > 0) {
    apply();
    readHash();
    window.addEventListener('hashchange', readHash);
  }
  root.setAttribute('data-report-ready', 'true');
}());
