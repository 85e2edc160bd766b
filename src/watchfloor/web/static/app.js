// Shared by every page. Filters live in the URL: an empty field would only add "&actor=" to
// it, so empty fields are left out of the query when the form is sent.
(function () {
  "use strict";
  document.querySelectorAll("form.filters, form.inline").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && field.value === "") {
          field.disabled = true;
        }
      });
    });
  });
  // Back from a history step: fields disabled on submit must be usable again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.filters [disabled], form.inline [disabled]").forEach(function (f) {
      f.disabled = false;
    });
  });
})();
