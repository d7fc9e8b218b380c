// Progressive enhancement only: without this script the menu is simply always open.
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (!toggle || !nav) return;
  var label = toggle.querySelector(".nav-toggle__label");
  // The button says what it will do: "Menu" while the menu is closed, "Close" while it is open.
  function setOpen(open) {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
    label.textContent = open ? "Close" : "Menu";
  }
  toggle.hidden = false;
  nav.classList.add("is-collapsible");
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("is-open")) {
      setOpen(false);
      toggle.focus();
    }
  });
})();
