/*
 * Focal point picker for the image admin.
 *
 * The focal point is two numbers (0 to 1 across and down) that editors can
 * type in the form. With this script, clicking the preview sets both and a
 * marker shows where the point is; typing moves the marker. Without it the
 * number inputs work as before, and the hint that mentions clicking stays
 * hidden. No inline script: the page only carries data attributes.
 */
(function () {
  "use strict";

  function clamp(value) {
    return Math.min(1, Math.max(0, value));
  }

  function setUp(picker) {
    var picture = picker.querySelector("img");
    var marker = picker.querySelector(".focal-point-marker");
    var across = document.getElementById("id_focal_point_x");
    var down = document.getElementById("id_focal_point_y");
    if (!picture || !marker || !across || !down) {
      return;
    }

    function place() {
      var x = parseFloat(across.value);
      var y = parseFloat(down.value);
      if (isNaN(x) || isNaN(y)) {
        marker.hidden = true;
        return;
      }
      marker.style.left = clamp(x) * 100 + "%";
      marker.style.top = clamp(y) * 100 + "%";
      marker.hidden = false;
    }

    picture.addEventListener("click", function (event) {
      var box = picture.getBoundingClientRect();
      across.value = clamp((event.clientX - box.left) / box.width).toFixed(3);
      down.value = clamp((event.clientY - box.top) / box.height).toFixed(3);
      across.dispatchEvent(new Event("change", { bubbles: true }));
      down.dispatchEvent(new Event("change", { bubbles: true }));
      place();
    });
    across.addEventListener("input", place);
    down.addEventListener("input", place);

    picker.classList.add("is-active");
    var hint = picker.parentNode.querySelector("[data-focal-point-hint]");
    if (hint) {
      hint.hidden = false;
    }
    place();
  }

  function start() {
    document.querySelectorAll("[data-focal-point-picker]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
