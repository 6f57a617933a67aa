/* The round: Enter in a temperature saves that person; the focus then waits on the next one. */
var QunfangRound = {
  next: function () {
    var field = document.querySelector('.round .person:not(.done) input.temperature');
    if (field) {
      field.focus();
    }
  }
};
document.addEventListener('keydown', function (event) {
  var field = event.target;
  if (event.key === 'Enter' && field.classList && field.classList.contains('temperature')) {
    event.preventDefault();
    var save = field.closest('.person').querySelector('.save');
    if (save) {
      save.click();
    }
  }
});
// tapping the slot already shown changes nothing on the server: the focus goes back to the round
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('.ui-selectonebutton .ui-button');
  if (button && button.classList.contains('ui-state-active')) {
    setTimeout(QunfangRound.next, 0);
  }
});
document.addEventListener('DOMContentLoaded', QunfangRound.next);
