/*
 * One language switch for every translated field of an admin form.
 *
 * A single switch, EN FR RU KK ZH, at the top of the form shows every
 * translated field in the chosen language only: main rows, stacked inlines,
 * tabular inlines (heading and cells together, so columns stay aligned) and
 * inline rows added later with "Add another". The choice is remembered in
 * this browser for every admin form.
 *
 * Each language's option counts the fields filled in the source language
 * that are filled in it too; a side-by-side mode shows the source text
 * read-only beside each field (translation-source.js); after a failed save
 * the form opens on the first language with an error. translation-fields.js
 * finds the fields in Django's markup and counts them.
 *
 * Without JavaScript nothing changes and every language stays visible. Rows
 * are hidden with the `hidden` attribute, never moved, so rich-text editors
 * (django-prose-editor) keep their place in the form.
 */
(function () {
  "use strict";

  var STORED_LANGUAGE = "caravan.admin.translation.language";
  var STORED_SIDE_BY_SIDE = "caravan.admin.translation.side-by-side";
  // translation-source.js and translation-fields.js, loaded first.
  var shared = window.CaravanTranslation;

  var state = {
    labels: null,
    codes: [], // modeltranslation's suffixes in the site's order: en … zh_hans
    sourceCode: "en",
    fields: null, // the form's translated fields (translation-fields.js)
    current: null,
    sideBySide: false,
    errors: [],
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
    var counts = state.fields.countTranslations();
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
    var panel = shared.createPanel({
      sourceLabel: source.name,
      sourceLang: source.lang,
      sourceEmpty: labels.sourceEmpty,
    });
    var element = unit.element;
    if (element.classList.contains("fieldBox")) {
      element.parentNode.insertBefore(panel.element, element);
    } else {
      // A form row gets two columns (translation-layout.css); a cell, the
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
    state.fields.units.forEach(function (unit) {
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
    state.fields.units.forEach(function (unit) {
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
    var form = state.fields.units[0].element.closest("form");
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
    var unit = state.fields.byInput.get(event.target);
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
    state.fields.scan(event.target);
    state.fields.labelTableCells();
    choose(state.current, {});
    refreshOptions();
  }

  function onRowRemoved() {
    state.fields.forgetRemoved();
    refreshOptions();
  }

  function start() {
    state.labels = readLabels();
    if (!state.labels || !shared || !shared.createFields) {
      return;
    }
    state.codes = Object.keys(state.labels.languages);
    state.sourceCode = state.labels.source || state.codes[0];
    state.fields = shared.createFields(state.codes, state.sourceCode);
    state.fields.scan(document);
    if (!state.fields.units.length) {
      return;
    }
    state.fields.labelTableCells();
    state.errors = state.fields.languagesWithErrors();
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
