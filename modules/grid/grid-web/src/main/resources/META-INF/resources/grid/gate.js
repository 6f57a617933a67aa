/*
 * The gate: the cursor waits in 体温; Enter logs the passage. Letters choose without the mouse
 * (P 人员, V 车辆, G/Y/R 绿/黄/红码): they never belong in a temperature. 车辆 moves to the plate,
 * and Enter there goes on to the temperature instead of logging a vehicle without one.
 */
var QunfangGate = {
  keys: { p: ['subject', 0], v: ['subject', 1], g: ['healthCode', 0], y: ['healthCode', 1], r: ['healthCode', 2] },
  field: function (id) {
    return document.getElementById('checkpoints:' + id);
  },
  focus: function () {
    var temperature = QunfangGate.field('temperature');
    if (temperature) {
      temperature.focus();
    }
  },
  choose: function (group, index) {
    var buttons = document.querySelectorAll('[id="checkpoints:' + group + '"] .ui-button');
    if (buttons[index] && !buttons[index].classList.contains('ui-state-active')) {
      buttons[index].click();
    }
  }
};
document.addEventListener(
  'keydown',
  function (event) {
    var target = event.target;
    if (!target.closest || !target.closest('[id="checkpoints:entry"]')) {
      return;
    }
    if (event.key === 'Enter' && target.id === 'checkpoints:vehiclePlate') {
      event.preventDefault();
      event.stopImmediatePropagation();
      QunfangGate.focus();
      return;
    }
    var key = target.id === 'checkpoints:temperature' && !event.ctrlKey && !event.altKey && !event.metaKey
      ? QunfangGate.keys[(event.key || '').toLowerCase()] : null;
    if (key) {
      event.preventDefault();
      QunfangGate.choose(key[0], key[1]);
      if (key[0] === 'subject' && key[1] === 1) {
        QunfangGate.field('vehiclePlate').focus();
      }
    }
  },
  true);
// a tap on 人员/车辆 or a code colour puts the cursor back where the next key goes
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[id="checkpoints:entry"] .ui-selectonebutton .ui-button');
  if (button) {
    var vehicle = button.closest('[id="checkpoints:subject"]') && button === button.parentNode.querySelectorAll('.ui-button')[1];
    setTimeout(vehicle ? function () { QunfangGate.field('vehiclePlate').focus(); } : QunfangGate.focus, 0);
  }
});
document.addEventListener('DOMContentLoaded', QunfangGate.focus);
