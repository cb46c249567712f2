(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  if (boxes.length === 0) {
    return;
  }
  function apply() {
    var on = { severity: {}, rule: {} };
    boxes.forEach(function (box) {
      if (box.checked) {
        on[box.getAttribute('data-filter')][box.value] = true;
      }
    });
    var total = 0;
    document.querySelectorAll('section.group').forEach(function (group) {
      var shown = 0;
      group.querySelectorAll('article.finding').forEach(function (finding) {
        var visible = on.severity[finding.getAttribute('data-severity')] === true
          && on.rule[finding.getAttribute('data-rule')] === true;
        finding.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      group.hidden = shown === 0;
      group.querySelector('.group-count').textContent = String(shown);
      total += shown;
    });
    document.getElementById('shown').textContent = String(total);
  }
  boxes.forEach(function (box) {
    box.addEventListener('change', apply);
  });
  apply();
}());
