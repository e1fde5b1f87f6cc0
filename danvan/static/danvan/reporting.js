// Reporting pages' small behaviours (no inline scripts: the CSP forbids them).
// A "select all" box ticks every box named by its data-select-all on the same form.
document.addEventListener("change", function (event) {
  var box = event.target;
  var name = box.getAttribute && box.getAttribute("data-select-all");
  if (name && box.form) {
    box.form.querySelectorAll('input[type="checkbox"][name="' + name + '"]').forEach(function (other) {
      other.checked = box.checked;
    });
  }
});
// A sourced value's reason field is shown once the value differs from the one taken from the records.
document.addEventListener("input", function (event) {
  var input = event.target;
  var sourced = input.getAttribute && input.getAttribute("data-sourced");
  if (sourced === null || sourced === undefined) { return; }
  var reason = document.getElementById(input.id + "-reason");
  if (reason) { reason.hidden = input.value.trim() === sourced; }
});
