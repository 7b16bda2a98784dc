/*
 * The colour picker beside a #rrggbb text field (programs/widgets.py
 * ColourInput). The text field is the one the form sends; the picker is
 * shown only when this script runs, and each follows the other.
 */
(function () {
  "use strict";

  var HEX = /^#[0-9a-fA-F]{6}$/;

  function connect(picker) {
    var field = document.getElementById(picker.getAttribute("data-colour-for"));
    if (!field) {
      return;
    }
    picker.hidden = false;
    picker.addEventListener("input", function () {
      field.value = picker.value.toLowerCase();
      field.dispatchEvent(new Event("change", { bubbles: true }));
    });
    field.addEventListener("input", function () {
      if (HEX.test(field.value.trim())) {
        picker.value = field.value.trim().toLowerCase();
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(
      document.querySelectorAll("input.colour-picker[data-colour-for]"),
      connect
    );
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
