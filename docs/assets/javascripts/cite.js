/* Copying citations (progressive enhancement: without it the citation can be selected and each
   paragraph's ¶ link copied). A click on a paragraph's ¶ link still goes to the paragraph, and
   also copies its citation; the "Cite this article" box gets a button that copies the
   article's. The citation's parts come from the box's data attributes (written, escaped, by the
   build); the page's own address is used where the build did not know the site's. */
(function () {
  "use strict";
  var status;

  function announce(message) {
    if (!status) {
      status = document.createElement("div");
      status.className = "archive-cite-status";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      document.body.appendChild(status);
    }
    status.textContent = message;
    clearTimeout(announce.timer);
    announce.timer = setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
    } finally {
      area.remove();
    }
    return Promise.resolve();
  }

  function parts() {
    var box = document.querySelector(".archive-citation[data-head]");
    if (!box) return null;
    var address = box.getAttribute("data-address");
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(address) && /^https?:$/.test(location.protocol)) {
      address = location.href.split("#")[0];
    }
    return { box: box, head: box.getAttribute("data-head"), tail: box.getAttribute("data-tail"), address: address };
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.archive-pilcrow[data-number]");
    var cite = parts();
    if (!link || !cite) return;
    var number = link.getAttribute("data-number");
    var anchor = link.getAttribute("href").slice(1);
    var text = cite.head + ", \u00b6" + number + ". " + cite.tail + " " + cite.address + "#" + anchor;
    copy(text).then(function () { announce("Citation of \u00b6" + number + " copied"); }, function () {});
  });

  document.addEventListener("DOMContentLoaded", function () {
    var cite = parts();
    if (!cite) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button archive-cite-copy";
    button.textContent = "Copy citation";
    button.addEventListener("click", function () {
      copy(cite.head + ". " + cite.tail + " " + cite.address).then(function () { announce("Citation copied"); }, function () {});
    });
    cite.box.insertAdjacentElement("afterend", button);
  });
})();
