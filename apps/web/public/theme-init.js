// Apply the saved or system theme before first paint (no flash of the wrong theme). A file, not an inline
// script: the Content-Security-Policy allows scripts from the app's own origin only.
(function () {
  try {
    var saved = localStorage.getItem('opshub.theme');
    var theme = saved === 'light' || saved === 'dark' ? saved : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  } catch {
    // Storage or matchMedia unavailable: the stylesheet's default theme applies.
  }
})();
