/*
 * The source language's text, shown read-only beside a translation.
 *
 * translation-tabs.js uses this in its side-by-side mode. Rich text comes
 * from django-prose-editor's textarea, that is from an editor: it is never
 * put into the page as HTML. It is parsed into an inert document (DOMParser
 * runs no script and loads nothing), and only the tags below are rebuilt,
 * empty of attributes, with text nodes copied as text. Links keep their
 * words but not their address.
 */
(function () {
  "use strict";

  var KEPT = [
    "P", "BR", "STRONG", "EM", "U", "S", "SUB", "SUP",
    "UL", "OL", "LI", "BLOCKQUOTE", "H2", "H3", "H4",
  ];
  // Their content is code or form data, not words to read: dropped whole.
  var DROPPED = [
    "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "IFRAME", "OBJECT", "EMBED",
    "SVG", "MATH", "TEXTAREA", "SELECT", "BUTTON", "HEAD", "TITLE",
  ];
  var PROSE_EDITOR = "data-django-prose-editor";

  function isRichText(input) {
    return Array.prototype.some.call(input.attributes, function (attribute) {
      return attribute.name.indexOf(PROSE_EDITOR) === 0;
    });
  }

  function parse(html) {
    return new DOMParser().parseFromString(html, "text/html").body;
  }

  // Other tags (a, span, div…) give up their element and keep their content.
  function copyAllowed(from, into) {
    Array.prototype.forEach.call(from.childNodes, function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        into.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        var tag = node.tagName.toUpperCase();
        if (DROPPED.indexOf(tag) >= 0) {
          return;
        }
        if (KEPT.indexOf(tag) >= 0) {
          var copy = document.createElement(tag.toLowerCase());
          into.appendChild(copy);
          copyAllowed(node, copy);
        } else {
          copyAllowed(node, into);
        }
      }
    });
  }

  /* Whether a field holds nothing a reader would see. */
  function isBlank(input) {
    var value = input.value || "";
    if (isRichText(input)) {
      return !parse(value).textContent.trim();
    }
    return !value.trim();
  }

  /*
   * A read-only panel showing one field's source text:
   *   <div class="mt-source">
   *     <span class="mt-source-language">English</span>
   *     <div class="mt-source-text" lang="en">…</div>
   *   </div>
   * ``update(input)`` redraws it from the source field's current value.
   */
  function createPanel(labels) {
    var panel = document.createElement("div");
    panel.className = "mt-source";
    var heading = document.createElement("span");
    heading.className = "mt-source-language";
    heading.textContent = labels.sourceLabel || "";
    var text = document.createElement("div");
    text.className = "mt-source-text";
    var empty = document.createElement("p");
    empty.className = "mt-source-empty";
    empty.textContent = labels.sourceEmpty || "";
    panel.appendChild(heading);
    panel.appendChild(text);
    panel.appendChild(empty);

    function update(input) {
      text.replaceChildren();
      var blank = isBlank(input);
      var rich = isRichText(input);
      text.classList.toggle("mt-source-rich", rich);
      if (!blank) {
        if (rich) {
          copyAllowed(parse(input.value), text);
        } else {
          text.textContent = input.value;
        }
      }
      // The panel's words are the source language's, its label the editor's.
      text.setAttribute("lang", labels.sourceLang || "en");
      text.hidden = blank;
      empty.hidden = !blank;
    }

    return { element: panel, update: update };
  }

  var namespace = (window.CaravanTranslation = window.CaravanTranslation || {});
  namespace.isBlank = isBlank;
  namespace.createPanel = createPanel;
})();
