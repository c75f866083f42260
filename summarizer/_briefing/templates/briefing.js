(function () {
  "use strict";
  // Marks the evidence of a claim (and the claims citing a piece of evidence): only ids this
  // page wrote ("e12") are ever put in a selector; nothing from the article is read as HTML.
  function clear() {
    document.querySelectorAll(".active").forEach(function (el) {
      el.classList.remove("active");
    });
  }
  function ids(el) {
    return (el.getAttribute("data-evidence") || "").split(" ").filter(function (id) {
      return /^e[0-9]+$/.test(id);
    });
  }
  function select(tag, list) {
    if (!list.length) return [];
    var query = list.map(function (id) {
      return tag + '[data-evidence~="' + id + '"]';
    }).join(", ");
    return Array.prototype.slice.call(document.querySelectorAll(query));
  }
  function showClaim(button) {
    clear();
    button.classList.add("active");
    var marks = select("mark", ids(button));
    marks.forEach(function (mark) { mark.classList.add("active"); });
    if (marks.length && marks[0].scrollIntoView) {
      marks[0].scrollIntoView({ block: "center" });
    }
  }
  function showEvidence(mark) {
    clear();
    mark.classList.add("active");
    select("button.claim", ids(mark)).forEach(function (button) {
      button.classList.add("active");
    });
  }
  document.querySelectorAll("button.claim").forEach(function (button) {
    button.addEventListener("click", function () { showClaim(button); });
  });
  document.querySelectorAll("mark[data-evidence]").forEach(function (mark) {
    mark.addEventListener("click", function () { showEvidence(mark); });
  });
})();
