// 来电登记: 接听 starts the call and its timer, a draft kept in this browser until the call is saved,
// and Ctrl+Enter.
(function () {
  'use strict';
  const ENTRY = 'call:entry';
  const RISK = ['ideation', 'plan', 'means', 'pastAttempts', 'selfHarm', 'harmToOthers',
    'protectiveFactors'].map(id => 'call:' + id);
  const entry = () => document.getElementById(ENTRY);
  // 0 until 接听: opening the page is not answering a call
  const started = () => Number(document.getElementById('call:startedAt')?.value || 0);

  function showAnswered() {
    const button = document.getElementById('call:answer');
    if (button && started() > 0) {
      const hadFocus = document.activeElement === button;
      button.disabled = true;
      button.textContent = button.dataset.answered;
      if (hadFocus) document.getElementById('call:hotline')?.focus();
    }
  }

  function answer() {
    const at = document.getElementById('call:startedAt');
    if (!at || started() > 0) return;
    at.value = String(Date.now());
    showAnswered();
    saveDraft();
    tick();
    document.getElementById('call:hotline')?.focus();
  }

  // Every field of the form but JSF's own hidden state.
  function fields() {
    const e = entry();
    return e ? Array.from(e.querySelectorAll('input, select, textarea'))
      .filter(f => f.id && !f.name.startsWith('jakarta.faces')) : [];
  }

  function saveDraft() {
    const e = entry();
    if (!e) return;
    const draft = {};
    fields().forEach(f => { draft[f.id] = f.type === 'checkbox' ? f.checked : f.value; });
    localStorage.setItem(e.dataset.draftKey, JSON.stringify(draft));
  }

  function restoreDraft() {
    const e = entry();
    const stored = e && localStorage.getItem(e.dataset.draftKey);
    if (!stored) return;
    const draft = JSON.parse(stored);
    fields().forEach(f => {
      if (!(f.id in draft)) return;
      if (f.type === 'checkbox') f.checked = draft[f.id]; else f.value = draft[f.id];
    });
    document.getElementById('draftRestored').hidden = false;
    showAnswered();
    // Show the risk level of the restored screen: the server applies the rule to all the boxes,
    // which each box's own Ajax sends (through PrimeFaces, whose requests carry the CSP nonce).
    const ticked = RISK.map(id => document.getElementById(id)).find(box => box && box.checked);
    if (ticked && window.jQuery) jQuery(ticked).triggerHandler('click'); // no toggle, only the Ajax
  }

  // After a save the server renders the form afresh, saying which call it saved.
  function afterRender() {
    const e = entry();
    if (e && e.dataset.saved) localStorage.removeItem(e.dataset.draftKey);
  }

  function tick() {
    const timer = document.getElementById('timer');
    if (!timer) return;
    const seconds = started() > 0 ? Math.max(0, Math.floor((Date.now() - started()) / 1000)) : 0;
    const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    timer.textContent = mm + ':' + ss;
  }

  document.addEventListener('click', ev => { if (ev.target.id === 'call:answer') answer(); });
  document.addEventListener('input', ev => { if (ev.target.closest('#call\\:entry')) saveDraft(); });
  document.addEventListener('change', ev => { if (ev.target.closest('#call\\:entry')) saveDraft(); });
  document.addEventListener('keydown', ev => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter' && ev.target.closest('#call\\:entry')) {
      ev.preventDefault();
      saveDraft();
      document.getElementById('call:save').click();
    }
  });
  // Once PrimeFaces has the page's CSP nonce, which every Ajax request must carry: it is set only
  // after the document is ready, so earlier requests are refused.
  function whenPrimeFacesReady(run, tries = 100) {
    if (window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE) run();
    else if (tries > 0) setTimeout(() => whenPrimeFacesReady(run, tries - 1), 50);
  }
  window.addEventListener('load', () => whenPrimeFacesReady(restoreDraft));
  document.addEventListener('DOMContentLoaded', () => {
    tick();
    setInterval(tick, 1000);
    // PrimeFaces' ajax (its nonce'd scripts pass the Content-Security-Policy) announces each answer
    document.addEventListener('pfAjaxComplete', afterRender);
    if (window.jQuery) jQuery(document).on('pfAjaxComplete', afterRender);
  });
})();
