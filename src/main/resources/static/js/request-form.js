// Shows only the chosen request type's own fields and documents; the others are disabled so they are not posted.
document.querySelectorAll('input.request-type').forEach(function (radio) {
  radio.addEventListener('change', function () {
    document.querySelectorAll('fieldset.request-type-section').forEach(function (section) {
      var chosen = section.getAttribute('data-type') === radio.value;
      section.disabled = !chosen;
      section.hidden = !chosen;
    });
  });
});
