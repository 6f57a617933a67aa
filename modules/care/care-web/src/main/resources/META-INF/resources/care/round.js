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
document.addEventListener('DOMContentLoaded', QunfangRound.next);
