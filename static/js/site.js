/*
 * Small comforts for the header's disclosures (the language list and the
 * menu). They are <details> elements, which open and close without any
 * script and with the keyboard; this only adds what people expect of a
 * menu: Escape closes it and returns focus to its button, a click or focus
 * elsewhere closes it, and opening one closes the other.
 */
(function () {
  "use strict";

  var disclosures = Array.prototype.slice.call(
    document.querySelectorAll(".site-header details.disclosure")
  );
  if (!disclosures.length) {
    return;
  }

  function closeAll(except) {
    disclosures.forEach(function (details) {
      if (details !== except) {
        details.open = false;
      }
    });
  }

  disclosures.forEach(function (details) {
    details.addEventListener("toggle", function () {
      if (details.open) {
        closeAll(details);
      }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    disclosures.forEach(function (details) {
      if (details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  });

  function closeIfOutside(event) {
    disclosures.forEach(function (details) {
      if (details.open && !details.contains(event.target)) {
        details.open = false;
      }
    });
  }
  document.addEventListener("click", closeIfOutside);
  document.addEventListener("focusin", closeIfOutside);
})();
