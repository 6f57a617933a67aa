/* The shell's one behaviour: on a phone the menu button shows and hides the menu. */
document.addEventListener("click", function (event) {
  var toggle = event.target.closest("#menuToggle");
  if (toggle) {
    var open = document.body.classList.toggle("menu-open");
    toggle.setAttribute("aria-expanded", String(open));
  }
});
