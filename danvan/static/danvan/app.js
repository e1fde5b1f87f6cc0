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
