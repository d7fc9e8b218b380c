// The hours editor (locations/panels.py): each opening interval's heading names its weekday ("Monday"),
// following the weekday chosen, for rows on the page and rows added with "Add opening interval".
(function () {
  "use strict";

  function label(select) {
    var row = select.closest("[data-inline-panel-child]");
    var heading = row && row.querySelector("[data-panel-heading-text]");
    if (!heading) return;
    var option = select.options[select.selectedIndex];
    heading.textContent = option && option.value !== "" ? option.text : "Opening interval";
  }

  function labelAll() {
    document.querySelectorAll("select[data-weekday-select]").forEach(label);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-weekday-select]")) label(event.target);
  });
  document.addEventListener("w-formset:added", labelAll);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", labelAll);
  } else {
    labelAll();
  }
})();
