/*
 * One language switch for every translated field of an admin form.
 *
 * modeltranslation gives each language a field of its own (title_en …
 * title_zh_hans), and Django names each field's row, box or table cell after
 * it ("field-title_kk"; table headings "column-title_kk"). This script puts a
 * single switch, EN FR RU KK ZH, at the top of the form and shows every
 * translated field in the chosen language only: main rows, stacked inlines,
 * tabular inlines (heading and cells together, so columns stay aligned) and
 * inline rows added later with "Add another". The choice is remembered in
 * this browser for every admin form.
 *
 * Each language's option counts the fields filled in the source language
 * that are filled in it too; a side-by-side mode shows the source text
 * read-only beside each field (translation-source.js); after a failed save
 * the form opens on the first language with an error.
 *
 * Without JavaScript nothing changes and every language stays visible. Rows
 * are hidden with the `hidden` attribute, never moved, so rich-text editors
 * (django-prose-editor) keep their place in the form.
 */
(function () {
  "use strict";

  var STORED_LANGUAGE = "caravan.admin.translation.language";
  var STORED_SIDE_BY_SIDE = "caravan.admin.translation.side-by-side";
  var PANELS = window.CaravanTranslation;

  var state = {
    labels: null,
    codes: [], // modeltranslation's suffixes in the site's order: en … zh_hans
    sourceCode: "en",
    current: null,
    sideBySide: false,
    errors: [],
    units: [], // one per language of a translated field: a row, box or cell
    groups: [], // the languages of one field of one form
    byInput: new WeakMap(),
    known: new WeakSet(),
    switcher: null,
    refreshQueued: false,
  };

  function readLabels() {
    var node = document.getElementById("caravan-translation-tabs");
    // The labels come translated from the page; without them, no English.
    if (!node) {
      return null;
    }
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      return null;
    }
  }

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      return null; // storage turned off: every form opens on the source
    }
  }

  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      // Nothing to do: the choice holds for this page only.
    }
  }

  // "%(language)s: %(done)s of %(total)s" with Python's named placeholders.
  function format(template, values) {
    return (template || "").replace(/%\((\w+)\)s/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key)
        ? String(values[key])
        : match;
    });
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /* ---- Finding the translated fields ---------------------------------- */

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
    for (var i = 0; i < state.codes.length; i += 1) {
      var end = "_" + state.codes[i];
      if (field.length > end.length && field.slice(-end.length) === end) {
        return { base: field.slice(0, -end.length), lang: state.codes[i] };
      }
    }
    return null;
  }

  function inputOf(element, lang) {
    var end = "_" + lang;
    var fields = element.querySelectorAll("input[name], textarea[name], select[name]");
    for (var i = 0; i < fields.length; i += 1) {
      if (fields[i].name.slice(-end.length) === end) {
        return fields[i];
      }
    }
    return null; // read-only: the language still switches, nothing counts
  }

  function collect(root) {
    var scopes = new Map(); // form (main, inline or table row) -> {base: group}
    var candidates = root.querySelectorAll(".form-row, .fieldBox, td, th");
    Array.prototype.forEach.call(candidates, function (element) {
      var name = !state.known.has(element) && translatedName(element);
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
        if (!group.members[state.sourceCode] || langs.length < 2) {
          return;
        }
        state.groups.push(group);
        langs.forEach(function (lang) {
          var unit = group.members[lang];
          state.known.add(unit.element);
          unit.element.setAttribute("data-mt-lang", lang);
          if (unit.input) {
            state.byInput.set(unit.input, unit);
          }
          state.units.push(unit);
        });
      });
    });
  }

  // On phones a table of translated columns becomes one card per row
  // (translation-tabs.css); each cell then shows its column's heading.
  function labelTableCells() {
    var headings = document.querySelectorAll(".inline-group th[data-mt-lang]");
    Array.prototype.forEach.call(headings, function (heading) {
      var table = heading.closest("table");
      table.closest(".inline-group").classList.add("mt-tabular");
      var labels = Array.prototype.map.call(heading.parentNode.children, function (th) {
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
    state.units = state.units.filter(function (unit) {
      return unit.element.isConnected;
    });
    state.groups = state.groups.filter(function (group) {
      return group.members[state.sourceCode].element.isConnected;
    });
  }

  function hasErrors(element) {
    return element.classList.contains("errors") || !!element.querySelector(".errorlist");
  }

  function languagesWithErrors() {
    return state.codes.filter(function (code) {
      return state.units.some(function (unit) {
        return unit.lang === code && !unit.template && hasErrors(unit.element);
      });
    });
  }

  /* ---- Completeness ---------------------------------------------------- */

  function markedForDeletion(unit) {
    var form = unit.element.closest("tr, .inline-related");
    var box = form && form.querySelector("input[type='checkbox'][name$='-DELETE']");
    return !!(box && box.checked);
  }

  // Per language: of the fields filled in the source, how many are filled in it.
  function countTranslations() {
    var counts = {};
    state.codes.forEach(function (code) {
      counts[code] = { done: 0, total: 0 };
    });
    state.groups.forEach(function (group) {
      var original = group.members[state.sourceCode];
      if (
        original.template ||
        !original.input ||
        markedForDeletion(original) ||
        PANELS.isBlank(original.input)
      ) {
        return;
      }
      state.codes.forEach(function (code) {
        var unit = group.members[code];
        if (code === state.sourceCode || !unit || !unit.input) {
          return;
        }
        counts[code].total += 1;
        if (!PANELS.isBlank(unit.input)) {
          counts[code].done += 1;
        }
      });
    });
    return counts;
  }

  // The labels carry one sentence per plural category of the editor's
  // language (Intl's names: one, few, many, other), chosen by the total.
  function pluralForm(forms, count) {
    var category = "other";
    try {
      category = new Intl.PluralRules(state.labels.locale).select(count);
    } catch (error) {
      // An unknown locale keeps "other".
    }
    return (forms || {})[category] || (forms || {}).other || "";
  }

  function spokenName(code, count, withErrors) {
    var labels = state.labels;
    var name = (labels.languages[code] || {}).name || code;
    var spoken = name;
    if (code === state.sourceCode) {
      spoken = format(labels.sourceLanguage, { language: name }) || name;
    } else if (count.total) {
      spoken = format(pluralForm(labels.progress, count.total), {
        language: name,
        done: count.done,
        total: count.total,
      });
    }
    return withErrors ? format(labels.withErrors, { label: spoken }) : spoken;
  }

  function refreshOptions() {
    var counts = countTranslations();
    state.switcher.options.forEach(function (option) {
      var code = option.getAttribute("data-mt-option");
      var count = counts[code];
      var withErrors = state.errors.indexOf(code) >= 0;
      var counted = code !== state.sourceCode && count.total > 0;
      var complete = counted && count.done >= count.total;
      var status = option.querySelector(".mt-option-status");
      status.textContent = !counted
        ? ""
        : complete
          ? "\u2713"
          : count.done + "/" + count.total;
      status.hidden = !counted;
      option.classList.toggle("mt-complete", complete);
      option.classList.toggle("mt-incomplete", counted && !complete);
      option.classList.toggle("mt-has-error", withErrors);
      var sign = option.querySelector(".mt-option-error");
      sign.textContent = withErrors ? "!" : "";
      sign.hidden = !withErrors;
      option.querySelector(".mt-visually-hidden").textContent = spokenName(
        code,
        count,
        withErrors
      );
    });
  }

  function queueRefresh() {
    if (state.refreshQueued) {
      return;
    }
    state.refreshQueued = true;
    window.requestAnimationFrame(function () {
      state.refreshQueued = false;
      refreshOptions();
    });
  }

  /* ---- Side by side ---------------------------------------------------- */

  function attachPanel(unit) {
    var labels = state.labels;
    var source = labels.languages[state.sourceCode] || {};
    var panel = PANELS.createPanel({
      sourceLabel: source.name,
      sourceLang: source.lang,
      sourceEmpty: labels.sourceEmpty,
    });
    var element = unit.element;
    if (element.classList.contains("fieldBox")) {
      element.parentNode.insertBefore(panel.element, element);
    } else {
      // A form row gets two columns (translation-tabs.css); a cell, the
      // source above its input.
      element.insertBefore(panel.element, element.firstChild);
    }
    return panel;
  }

  function showSources() {
    var toggle = state.switcher.toggle;
    var onSource = state.current === state.sourceCode;
    toggle.setAttribute("aria-pressed", String(state.sideBySide));
    toggle.disabled = onSource;
    var active = state.sideBySide && !onSource;
    state.units.forEach(function (unit) {
      var original = unit.group.members[state.sourceCode];
      var shown =
        active &&
        unit.lang === state.current &&
        !unit.template &&
        !!unit.input &&
        !!original.input;
      if (shown && !unit.panel) {
        unit.panel = attachPanel(unit);
      }
      if (unit.panel) {
        unit.panel.element.hidden = !shown;
        unit.element.classList.toggle("mt-paired", shown);
        if (shown) {
          unit.panel.update(original.input);
        }
      }
    });
  }

  /* ---- The switch ------------------------------------------------------ */

  function choose(code, options) {
    state.current = code;
    if (options.remember) {
      store(STORED_LANGUAGE, code);
    }
    state.units.forEach(function (unit) {
      unit.element.hidden = unit.lang !== code;
    });
    state.switcher.options.forEach(function (option) {
      var selected = option.getAttribute("data-mt-option") === code;
      option.setAttribute("aria-checked", String(selected));
      option.tabIndex = selected ? 0 : -1;
      if (selected && options.focus) {
        option.focus();
      }
    });
    showSources();
  }

  function buildOption(code) {
    var language = state.labels.languages[code] || {};
    var option = make("button", "mt-option");
    option.type = "button";
    option.setAttribute("role", "radio");
    option.setAttribute("data-mt-option", code);
    // What is seen is a code and a count; what is heard, the sentence.
    var seen = [
      make("span", "mt-option-code", language.short || code.toUpperCase()),
      make("span", "mt-option-status"),
      make("span", "mt-option-error"),
    ];
    seen.forEach(function (part) {
      part.setAttribute("aria-hidden", "true");
      option.appendChild(part);
    });
    option.appendChild(make("span", "mt-visually-hidden", language.name));
    return option;
  }

  function onKeydown(event) {
    var options = state.switcher.options;
    var index = options.indexOf(event.target.closest("[role='radio']"));
    var next = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: options.length - 1,
    }[event.key];
    if (index < 0 || next === undefined) {
      return;
    }
    event.preventDefault();
    var option = options[(next + options.length) % options.length];
    choose(option.getAttribute("data-mt-option"), { remember: true, focus: true });
  }

  function buildSwitch() {
    var labels = state.labels;
    var bar = make("div", "mt-switch");
    var title = make("span", "mt-switch-label", labels.switchLabel);
    title.id = "mt-switch-label";
    var group = make("div", "mt-switch-options");
    group.setAttribute("role", "radiogroup");
    group.setAttribute("aria-labelledby", title.id);
    var options = state.codes.map(buildOption);
    options.forEach(function (option) {
      group.appendChild(option);
    });
    group.addEventListener("click", function (event) {
      var option = event.target.closest("[role='radio']");
      if (option) {
        choose(option.getAttribute("data-mt-option"), { remember: true });
      }
    });
    group.addEventListener("keydown", onKeydown);

    var toggle = make("button", "mt-side-by-side", labels.sideBySide);
    toggle.type = "button";
    var hint = make("span", "mt-visually-hidden", labels.sideBySideHint);
    hint.id = "mt-side-by-side-hint";
    toggle.setAttribute("aria-describedby", hint.id);
    toggle.addEventListener("click", function () {
      state.sideBySide = !state.sideBySide;
      store(STORED_SIDE_BY_SIDE, state.sideBySide ? "on" : "off");
      showSources();
    });
    bar.appendChild(title);
    bar.appendChild(group);
    bar.appendChild(toggle);
    bar.appendChild(hint);
    return { bar: bar, options: options, toggle: toggle };
  }

  function placeSwitch(bar) {
    // First in the form's body, which holds every field: it sticks while
    // any of them is on screen.
    var form = state.units[0].element.closest("form");
    var body = form ? form.querySelector(":scope > div") || form : document.body;
    body.insertBefore(bar, body.firstChild);
  }

  function initialLanguage() {
    var remembered = stored(STORED_LANGUAGE);
    if (state.errors.length) {
      return state.errors[0]; // open where the work is
    }
    return state.codes.indexOf(remembered) >= 0 ? remembered : state.sourceCode;
  }

  /* ---- Live updates ---------------------------------------------------- */

  function onInput(event) {
    var unit = state.byInput.get(event.target);
    if (!unit) {
      return;
    }
    if (unit.lang === state.sourceCode) {
      // django-prose-editor copies its HTML into the textarea and fires
      // "input" there on each change, so rich text follows too.
      Object.keys(unit.group.members).forEach(function (code) {
        var panel = unit.group.members[code].panel;
        if (panel && !panel.element.hidden) {
          panel.update(unit.input);
        }
      });
    }
    queueRefresh();
  }

  function onRowAdded(event) {
    scan(event.target);
    labelTableCells();
    choose(state.current, {});
    refreshOptions();
  }

  function onRowRemoved() {
    forgetRemoved();
    refreshOptions();
  }

  function start() {
    state.labels = readLabels();
    if (!state.labels || !PANELS) {
      return;
    }
    state.codes = Object.keys(state.labels.languages);
    state.sourceCode = state.labels.source || state.codes[0];
    scan(document);
    if (!state.units.length) {
      return;
    }
    labelTableCells();
    state.errors = languagesWithErrors();
    state.sideBySide = stored(STORED_SIDE_BY_SIDE) === "on";
    state.switcher = buildSwitch();
    placeSwitch(state.switcher.bar);
    choose(initialLanguage(), {});
    refreshOptions();
    document.addEventListener("input", onInput);
    // Checking "Delete" on an inline row takes its fields out of the count.
    document.addEventListener("change", queueRefresh);
    // Django's inlines.js announces each new inline row with this event.
    document.addEventListener("formset:added", onRowAdded);
    document.addEventListener("formset:removed", onRowRemoved);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
