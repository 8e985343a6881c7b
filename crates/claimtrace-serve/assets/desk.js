// claimtrace desk: the only script of the pages (served from the binary).
// It reads a chosen file into the analyse form and ties a clicked quote to
// its card. It never inserts markup: text goes in through .value only.
(function () {
  "use strict";
  var upload = document.getElementById("upload");
  if (upload) {
    upload.addEventListener("change", function () {
      var file = upload.files && upload.files[0];
      if (!file) { return; }
      var reader = new FileReader();
      reader.onload = function () {
        var form = document.getElementById("analyse-form");
        form.elements.text.value = String(reader.result);
        document.getElementById("upload-name").value = file.name;
      };
      reader.readAsText(file);
    });
  }
  function select(id) {
    var all = document.querySelectorAll(".active");
    for (var i = 0; i < all.length; i++) { all[i].classList.remove("active"); }
    var marks = document.querySelectorAll("[data-quote]");
    var card = null;
    for (var j = 0; j < marks.length; j++) {
      if (marks[j].getAttribute("data-quote") === id) {
        marks[j].classList.add("active");
        if (marks[j].classList.contains("quote-card")) { card = marks[j]; }
      }
    }
    if (card && card.scrollIntoView) { card.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
  }
  document.addEventListener("click", function (e) {
    var el = e.target;
    while (el && el !== document && !(el.classList && el.classList.contains("quote"))) { el = el.parentNode; }
    if (el && el !== document) { select(el.getAttribute("data-quote")); }
  });
})();
