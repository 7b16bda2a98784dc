/*
 * The translated fields of an admin form, found in Django's markup.
 *
 * modeltranslation gives each language a field of its own (title_en …
 * title_zh_hans), and Django names each field's row, box or table cell after
 * it ("field-title_kk"; table headings "column-title_kk"). A "unit" is one
 * language's row, box, cell or heading; a "group" is the languages of one
 * field of one form (the main form, a stacked inline or a table row).
 * translation-tabs.js shows and hides the units; this file finds them and
 * counts what is translated.
 */
(function () {
  "use strict";

  var namespace = (window.CaravanTranslation = window.CaravanTranslation || {});

  /*
   * ``codes``: modeltranslation's suffixes in the site's order (en … zh_hans);
   * ``sourceCode``: the language translated from.
   */
  namespace.createFields = function (codes, sourceCode) {
    var known = new WeakSet();
    var fields = {
      codes: codes,
      sourceCode: sourceCode,
      units: [],
      groups: [],
      byInput: new WeakMap(),
    };

    // "field-launch_venue_zh_hans" -> {base: "launch_venue", lang: "zh_hans"}
    function translatedName(element) {
      var prefix = element.tagName === "TH" ? "column-" : "field-";
      var names = Array.prototype.filter.call(element.classList, function (name) {
        return name.indexOf(prefix) === 0;
      });
      // A line of several fields is split into boxes, each a unit of its own.
      if (names.length !== 1) {
        return null;
      }
      var field = names[0].slice(prefix.length);
      for (var i = 0; i < fields.codes.length; i += 1) {
        var end = "_" + fields.codes[i];
        if (field.length > end.length && field.slice(-end.length) === end) {
          return { base: field.slice(0, -end.length), lang: fields.codes[i] };
        }
      }
      return null;
    }

    function inputOf(element, lang) {
      var end = "_" + lang;
      var inputs = element.querySelectorAll(
        "input[name], textarea[name], select[name]"
      );
      for (var i = 0; i < inputs.length; i += 1) {
        if (inputs[i].name.slice(-end.length) === end) {
          return inputs[i];
        }
      }
      return null; // read-only: the language still switches, nothing counts
    }

    function collect(root) {
      var scopes = new Map(); // form (main, inline or table row) -> {base: group}
      var candidates = root.querySelectorAll(".form-row, .fieldBox, td, th");
      Array.prototype.forEach.call(candidates, function (element) {
        var name = !known.has(element) && translatedName(element);
        if (!name) {
          return;
        }
        var scope = element.closest("tr, .inline-related, form") || document.body;
        var groups = scopes.get(scope) || {};
        scopes.set(scope, groups);
        var group = groups[name.base] || (groups[name.base] = { members: {} });
        group.members[name.lang] = {
          element: element,
          lang: name.lang,
          group: group,
          input: inputOf(element, name.lang),
          // Django's hidden row that "Add another" copies.
          template: !!element.closest(".empty-form"),
          panel: null,
        };
      });
      return scopes;
    }

    function scan(root) {
      collect(root).forEach(function (groups) {
        Object.keys(groups).forEach(function (base) {
          var group = groups[base];
          var langs = Object.keys(group.members);
          // Only a field with its source and another language is translated.
          if (!group.members[fields.sourceCode] || langs.length < 2) {
            return;
          }
          fields.groups.push(group);
          langs.forEach(function (lang) {
            var unit = group.members[lang];
            known.add(unit.element);
            unit.element.setAttribute("data-mt-lang", lang);
            if (unit.input) {
              fields.byInput.set(unit.input, unit);
            }
            fields.units.push(unit);
          });
        });
      });
    }

    // A table of translated columns too narrow for them becomes one card
    // per row (translation-layout.css); each cell then shows its heading.
    function labelTableCells() {
      var headings = document.querySelectorAll(".inline-group thead th[data-mt-lang]");
      var rows = new Set();
      Array.prototype.forEach.call(headings, function (heading) {
        rows.add(heading.parentNode);
      });
      rows.forEach(function (headingRow) {
        var table = headingRow.closest("table");
        table.closest(".inline-group").classList.add("mt-tabular");
        var labels = Array.prototype.map.call(headingRow.cells, function (th) {
          return th.textContent.replace(/\s+/g, " ").trim();
        });
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          Array.prototype.forEach.call(row.cells, function (cell, index) {
            if (labels[index] && cell.colSpan === 1) {
              cell.setAttribute("data-mt-label", labels[index]);
            }
          });
        });
      });
    }

    function forgetRemoved() {
      fields.units = fields.units.filter(function (unit) {
        return unit.element.isConnected;
      });
      fields.groups = fields.groups.filter(function (group) {
        return group.members[fields.sourceCode].element.isConnected;
      });
    }

    function hasErrors(element) {
      return (
        element.classList.contains("errors") || !!element.querySelector(".errorlist")
      );
    }

    function languagesWithErrors() {
      return fields.codes.filter(function (code) {
        return fields.units.some(function (unit) {
          return unit.lang === code && !unit.template && hasErrors(unit.element);
        });
      });
    }

    function markedForDeletion(unit) {
      var form = unit.element.closest("tr, .inline-related");
      var box = form && form.querySelector("input[type='checkbox'][name$='-DELETE']");
      return !!(box && box.checked);
    }

    // Per language: of the fields filled in the source, how many are filled in it.
    function countTranslations() {
      var counts = {};
      fields.codes.forEach(function (code) {
        counts[code] = { done: 0, total: 0 };
      });
      fields.groups.forEach(function (group) {
        var original = group.members[fields.sourceCode];
        if (
          original.template ||
          !original.input ||
          markedForDeletion(original) ||
          namespace.isBlank(original.input)
        ) {
          return;
        }
        fields.codes.forEach(function (code) {
          var unit = group.members[code];
          if (code === fields.sourceCode || !unit || !unit.input) {
            return;
          }
          counts[code].total += 1;
          if (!namespace.isBlank(unit.input)) {
            counts[code].done += 1;
          }
        });
      });
      return counts;
    }

    fields.scan = scan;
    fields.labelTableCells = labelTableCells;
    fields.forgetRemoved = forgetRemoved;
    fields.languagesWithErrors = languagesWithErrors;
    fields.countTranslations = countTranslations;
    return fields;
  };
})();
