/*
 * Language tabs for translated fields in the Caravan admin.
 *
 * modeltranslation renders one row per language (title_en … title_zh_hans),
 * each input marked with a class such as "mt-field-title-en". This script
 * groups the rows of each field into an ARIA tab set: EN FR RU KK ZH.
 * Without JavaScript nothing changes and every row stays visible, so the
 * page never depends on this file. It needs neither jQuery nor jQuery UI.
 *
 * Rows are hidden with the `hidden` attribute, never moved, so rich-text
 * editors (django-prose-editor) keep their place in the form. Inline rows
 * added with "Add another" are grouped when Django announces them.
 */
(function () {
  "use strict";

  var FIELD_CLASS = "mt-field-";
  var groupCount = 0;

  function readLabels() {
    var node = document.getElementById("caravan-translation-tabs");
    // The labels come translated from the page; without them, no English.
    var fallback = { languages: {}, hasErrors: "", languageOf: "" };
    if (!node) {
      return fallback;
    }
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      return fallback;
    }
  }

  // "mt-field-launch_venue-zh_hans" -> {field: "launch_venue", lang: "zh_hans"}
  function parseFieldClass(element) {
    for (var i = 0; i < element.classList.length; i += 1) {
      var name = element.classList[i];
      if (name.indexOf(FIELD_CLASS) === 0) {
        var rest = name.slice(FIELD_CLASS.length);
        var cut = rest.lastIndexOf("-");
        if (cut > 0) {
          return { field: rest.slice(0, cut), lang: rest.slice(cut + 1) };
        }
      }
    }
    return null;
  }

  function rowOf(input) {
    // Tabular inlines keep all five columns: hiding cells would misalign them.
    if (input.closest("td")) {
      return null;
    }
    return input.closest(".fieldBox") || input.closest(".form-row");
  }

  function hasErrors(row) {
    return row.classList.contains("errors") || !!row.querySelector(".errorlist");
  }

  function fieldLabel(row) {
    var label = row.querySelector("label");
    // modeltranslation labels read "Title [en]"; the tabs name the language.
    return label ? label.textContent.replace(/\s*\[[^\]]*\]\s*:?\s*$/, "") : "";
  }

  function collectGroups(root) {
    var groups = {};
    var order = [];
    var inputs = root.querySelectorAll("[class*='" + FIELD_CLASS + "']");
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.closest(".empty-form")) {
        return;
      }
      var parsed = parseFieldClass(input);
      var row = parsed && rowOf(input);
      if (!row || row.hasAttribute("data-mt-tabbed")) {
        return;
      }
      var name = input.name || input.id || "";
      var key = name.slice(0, name.length - parsed.lang.length - 1);
      if (!groups[key]) {
        groups[key] = [];
        order.push(key);
      }
      groups[key].push({ lang: parsed.lang, row: row });
    });
    return order
      .map(function (key) {
        return groups[key];
      })
      .filter(function (members) {
        return members.length > 1;
      });
  }

  function makeTab(member, panelId, labels) {
    var language = labels.languages[member.lang] || {};
    var tab = document.createElement("button");
    tab.type = "button";
    tab.className = "mt-tab";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", panelId);
    tab.textContent = language.short || member.lang.split("_")[0].toUpperCase();
    if (language.name) {
      tab.appendChild(hiddenText(" " + language.name));
    }
    if (hasErrors(member.row)) {
      tab.classList.add("mt-tab-error");
      if (labels.hasErrors) {
        tab.appendChild(hiddenText(" (" + labels.hasErrors + ")"));
      }
    }
    return tab;
  }

  function hiddenText(text) {
    var span = document.createElement("span");
    span.className = "mt-visually-hidden";
    span.textContent = text;
    return span;
  }

  function buildTabs(members, labels) {
    groupCount += 1;
    var prefix = "mt-tabs-" + groupCount;
    var tablist = document.createElement("div");
    tablist.className = "mt-tablist";
    tablist.setAttribute("role", "tablist");
    var name = fieldLabel(members[0].row);
    if (name) {
      tablist.setAttribute(
        "aria-label",
        labels.languageOf ? labels.languageOf.replace("%(field)s", name) : name
      );
    }

    var tabs = members.map(function (member, index) {
      var row = member.row;
      row.id = row.id || prefix + "-panel-" + index;
      row.setAttribute("data-mt-tabbed", "");
      row.setAttribute("role", "tabpanel");
      row.classList.add("mt-tabpanel");
      var tab = makeTab(member, row.id, labels);
      tab.id = prefix + "-tab-" + index;
      row.setAttribute("aria-labelledby", tab.id);
      tablist.appendChild(tab);
      return tab;
    });

    function select(index, moveFocus) {
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute("aria-selected", selected ? "true" : "false");
        tab.tabIndex = selected ? 0 : -1;
        members[i].row.hidden = !selected;
      });
      if (moveFocus) {
        tabs[index].focus();
      }
    }

    tablist.addEventListener("click", function (event) {
      var tab = event.target.closest("[role='tab']");
      if (tab) {
        select(tabs.indexOf(tab), false);
      }
    });
    tablist.addEventListener("keydown", function (event) {
      var current = tabs.indexOf(document.activeElement);
      var next = {
        ArrowRight: current + 1,
        ArrowLeft: current - 1,
        Home: 0,
        End: tabs.length - 1,
      }[event.key];
      if (current < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });

    members[0].row.parentNode.insertBefore(tablist, members[0].row);
    // Open where the work is: the first language with an error, else the first.
    var withError = members.findIndex(function (member) {
      return hasErrors(member.row);
    });
    select(withError >= 0 ? withError : 0, false);
  }

  function enhance(root) {
    var labels = readLabels();
    collectGroups(root).forEach(function (members) {
      buildTabs(members, labels);
    });
  }

  function start() {
    enhance(document);
    // Django's inlines.js announces each new inline row with this event.
    document.addEventListener("formset:added", function (event) {
      enhance(event.target);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
