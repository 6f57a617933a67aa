/* The shift leader's page: the focus waits on the next person to sign in, so Enter signs them in. */
var QunfangDuty = {
  next: function () {
    var button = document.querySelector('.duty .sign-in:not([disabled])');
    if (button) {
      button.focus();
    }
  }
};
document.addEventListener('DOMContentLoaded', QunfangDuty.next);
