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
