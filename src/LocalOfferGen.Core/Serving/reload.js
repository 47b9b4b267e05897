// localoffer serve only (never in built sites): reloads the page after a good rebuild, and shows
// content errors over the last good page after a failed one. Loaded as a file so the site's
// Content-Security-Policy (default-src 'self') needs no loosening.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = Number(script && script.getAttribute('data-version'));
  var overlay = null;

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(errors) {
    hideErrors();
    if (!document.getElementById('localoffer-overlay-style')) {
      var style = document.createElement('link');
      style.id = 'localoffer-overlay-style';
      style.rel = 'stylesheet';
      style.href = '/__localoffer/overlay.css';
      document.head.appendChild(style);
    }
    overlay = document.createElement('div');
    overlay.className = 'localoffer-overlay';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'localoffer-overlay-title');
    var panel = document.createElement('div');
    panel.className = 'localoffer-overlay-panel';
    var title = document.createElement('h2');
    title.id = 'localoffer-overlay-title';
    title.textContent = 'The content has ' + errors.length + (errors.length === 1 ? ' error' : ' errors');
    var note = document.createElement('p');
    note.textContent = 'You are seeing the last good version of this page. Fix the content and save: this page reloads by itself.';
    var list = document.createElement('ul');
    errors.forEach(function (error) {
      var item = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = error;
      item.appendChild(code);
      list.appendChild(item);
    });
    var hide = document.createElement('button');
    hide.type = 'button';
    hide.textContent = 'Hide the errors';
    hide.addEventListener('click', hideErrors);
    panel.append(title, note, list, hide);
    overlay.appendChild(panel);
    document.body.appendChild(overlay);
    hide.focus();
  }

  // Returns false when the page is reloading.
  function handle(state) {
    if (state.version !== version && state.ok) {
      location.reload();
      return false;
    }
    if (state.ok) hideErrors();
    else if (state.version !== version || !overlay) showErrors(state.errors);
    version = state.version;
    return true;
  }

  function poll(since) {
    fetch('/__localoffer/events?since=' + since, { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (state) { if (handle(state)) poll(version); })
      .catch(function () { setTimeout(function () { poll(-1); }, 1000); });
  }

  // First ask for the state at once (since=-1), so a page opened while the content has errors shows them.
  poll(-1);
})();
