// newslint HTML report: filters (severity, category) and jumping from the list to the text.
// The filters can be preset in the address: report.html#severity=error,warning&category=journalism
(function () {
  "use strict";
  var form = document.getElementById("nl-filters");
  var rank = { error: 0, warning: 1, info: 2 };
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.nl-row"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.nl-hl[data-f]"));
  var severityOf = {};
  rows.forEach(function (row) { severityOf[row.getAttribute("data-f")] = row.getAttribute("data-severity"); });

  function boxes(name) { return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]')); }
  function checked(name) {
    var on = {};
    boxes(name).forEach(function (box) { if (box.checked) { on[box.value] = true; } });
    return on;
  }

  function apply() {
    var severities = checked("severity"), categories = checked("category"), shown = {};
    boxes("severity").concat(boxes("category")).forEach(function (box) { box.defaultChecked = box.checked; });  // a saved page keeps them
    rows.forEach(function (row) {
      var visible = !!severities[row.getAttribute("data-severity")] && !!categories[row.getAttribute("data-category")];
      row.hidden = !visible;
      if (visible) { shown[row.getAttribute("data-f")] = true; }
    });
    marks.forEach(function (mark) {
      var best = null;
      mark.getAttribute("data-f").split(" ").forEach(function (id) {
        if (shown[id] && (best === null || rank[severityOf[id]] < rank[best])) { best = severityOf[id]; }
      });
      var point = mark.classList.contains("nl-point");
      mark.className = "nl-hl nl-" + (best || "off") + (point ? " nl-point" : "");
      mark.setAttribute("data-shown", best ? "yes" : "no");
    });
  }

  function preset() {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash.indexOf("=") < 0) { return; }
    hash.split("&").forEach(function (pair) {
      var parts = pair.split("="), wanted = {};
      if (parts[0] !== "severity" && parts[0] !== "category") { return; }
      (parts[1] || "").split(",").forEach(function (value) { wanted[value] = true; });
      boxes(parts[0]).forEach(function (box) { box.checked = !!wanted[box.value]; });
    });
  }

  function remember() {
    var parts = ["severity", "category"].map(function (name) {
      return name + "=" + boxes(name).filter(function (b) { return b.checked; }).map(function (b) { return encodeURIComponent(b.value); }).join(",");
    });
    try { history.replaceState(null, "", "#" + parts.join("&")); } catch (e) { /* a file: page may refuse: the filters still work */ }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("li.nl-row a") : null;
    if (!link) { return; }
    var id = link.parentNode.getAttribute("data-f");
    var own = marks.filter(function (mark) { return (" " + mark.getAttribute("data-f") + " ").indexOf(" " + id + " ") >= 0; });
    if (!own.length) { return; }
    event.preventDefault();
    marks.forEach(function (mark) { mark.classList.remove("nl-focus"); });
    own.forEach(function (mark) { mark.classList.add("nl-focus"); });
    own[0].scrollIntoView({ block: "center" });
    setTimeout(function () { own.forEach(function (mark) { mark.classList.remove("nl-focus"); }); }, 2500);
  });
  form.addEventListener("change", function () { apply(); remember(); });
  preset();
  apply();
})();
