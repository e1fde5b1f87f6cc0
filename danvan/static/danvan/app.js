// Small behaviours without inline scripts (the CSP forbids them).
document.addEventListener("submit", function (event) {
  var form = event.target;
  // The button pressed may carry its own question (one form: "Lưu" asks nothing, "Nộp" asks); else the form's.
  var button = event.submitter;
  var question = (button && button.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
// The header's search box (search app): "/" focuses it from anywhere but a text field.
document.addEventListener("keydown", function (event) {
  var target = event.target, tag = target.tagName;
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable ||
      tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") { return; }
  var box = document.querySelector("[data-search-box]");
  if (box) { event.preventDefault(); box.focus(); box.select(); }
});
// Area boxes (core.forms.AreaCodeField): suggest areas by name while typing, from GET /api/v1/areas?q= (the
// same scoping and diacritic folding as the API); the box keeps the code, a line under it says which place
// it is. "multiple" boxes hold codes separated by commas and complete the last one.
(function () {
  var seq = 0;
  function lastPart(value) { var i = value.lastIndexOf(","); return i < 0 ? ["", value] : [value.slice(0, i + 1) + " ", value.slice(i + 1)]; }
  function setup(input) {
    var multiple = input.getAttribute("data-area-picker") === "multiple";
    var list = document.createElement("datalist");
    list.id = "area-options-" + (++seq);
    input.setAttribute("list", list.id);
    input.insertAdjacentElement("afterend", list);
    var said = document.createElement("small");
    said.className = "area-picked";
    said.setAttribute("aria-live", "polite");
    list.insertAdjacentElement("afterend", said);
    var names = {}, timer = null, last = "";
    function describe() {
      var codes = input.value.split(",").map(function (c) { return c.trim(); }).filter(Boolean);
      said.textContent = codes.map(function (c) { return names[c] || ""; }).filter(Boolean).join("; ");
    }
    function ask() {
      var parts = multiple ? lastPart(input.value) : ["", input.value];
      var q = parts[1].trim();
      if (q.length < 2 || q === last || /^\d+$/.test(q)) { describe(); return; }
      last = q;
      fetch("/api/v1/areas?limit=12&q=" + encodeURIComponent(q), {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {items: []}; })
        .then(function (page) {
          list.textContent = "";
          (page.items || []).forEach(function (a) {
            if (a.level === "country") { return; }
            var label = a.name + (a.division_type && a.name.indexOf(a.division_type) !== 0 ? " (" + a.division_type + ")" : "");
            names[a.code] = label;
            var option = document.createElement("option");
            option.value = parts[0] + a.code;
            option.label = label;
            option.textContent = label;
            list.appendChild(option);
          });
          describe();
        })
        .catch(function () { /* offline: the box still takes a code */ });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 200); describe(); });
    // A box that comes filled (an edit, a filter kept in the address) names its places too.
    input.value.split(",").map(function (c) { return c.trim(); }).filter(Boolean).slice(0, 5).forEach(function (code) {
      fetch("/api/v1/areas/current/" + encodeURIComponent(code), {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (a) { if (a && a.name) { names[code] = a.name; describe(); } })
        .catch(function () {});
    });
  }
  function init() { document.querySelectorAll("input[data-area-picker]").forEach(setup); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
