import { createHash } from 'node:crypto';

/**
 * The HTML report's only style sheet and only script, inline (the page loads nothing), and the
 * Content-Security-Policy that lets exactly these two run, by hash: even if text from a server escaped its
 * escaping, the browser would neither run it nor load anything it names.
 */

export const STYLE = `
:root{color-scheme:light dark;--bg:#f5f6f8;--card:#fff;--text:#1f2328;--muted:#59636e;--line:#d8dee4;
--code:#f0f2f5;--pass:#1a7f37;--pass-bg:#dafbe1;--fail:#cf222e;--fail-bg:#ffebe9;--warn:#9a6700;
--warn-bg:#fff8c5;--skip:#6e7781;--skip-bg:#eaeef2;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--card:#161b22;--text:#e6edf3;--muted:#9198a1;
--line:#30363d;--code:#1f242c;--pass:#3fb950;--pass-bg:#12261e;--fail:#f85149;--fail-bg:#2d1214;
--warn:#d29922;--warn-bg:#2b2111;--skip:#9198a1;--skip-bg:#21262d;--link:#4493f8}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px 16px 48px}
a{color:var(--link)}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
pre{margin:0;padding:10px 12px;background:var(--code);border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;max-height:480px;overflow:auto}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px}h3{font-size:16px;margin:0}h4{font-size:14px;margin:14px 0 6px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 18px}
.verdict{border-left:8px solid var(--pass)}.verdict.fail{border-left-color:var(--fail)}
.verdict .mark{font-weight:700;color:var(--pass)}.verdict.fail .mark{color:var(--fail)}
.verdict-line{margin:0 0 12px;color:var(--muted)}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:8px 20px;margin:0}
.facts div{min-width:0}.facts dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.facts dd{margin:0;overflow-wrap:anywhere}
.replay-run{margin-top:12px}
.notes{margin-top:16px;border-left:8px solid var(--warn);background:var(--warn-bg)}
.notes ul{margin:0;padding-left:20px}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:0 0 10px}
.filters label{display:inline-flex;gap:6px;align-items:center;cursor:pointer}
.filters select{font:inherit;padding:2px 6px}
button{font:inherit;font-size:13px;padding:2px 10px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--text);cursor:pointer}
button:hover{border-color:var(--muted)}
table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;overflow:hidden}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.doc{color:var(--muted);font-size:13px}
.pill{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap}
.pill.passed{color:var(--pass);background:var(--pass-bg)}.pill.failed{color:var(--fail);background:var(--fail-bg)}
.pill.skipped{color:var(--skip);background:var(--skip-bg)}.pill.inconclusive{color:var(--warn);background:var(--warn-bg)}
tr.failed td:first-child{box-shadow:inset 4px 0 var(--fail)}
.violation{margin:0 0 16px;border-left:6px solid var(--fail)}
.violation:target{outline:3px solid var(--link)}
.violation header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap;margin-bottom:8px}
.violation .anchor{margin-left:auto;text-decoration:none;color:var(--muted)}
.message{margin:0 0 8px;font-weight:500}
.pairs{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0 0 8px}
.pairs dt{color:var(--muted)}.pairs dd{margin:0;overflow-wrap:anywhere}
.repro{display:grid;grid-template-columns:1fr auto;gap:6px;align-items:start;margin:6px 0}
.exchange{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px;margin-top:8px}
.exchange section{min-width:0}
.headers{font-size:13px;margin-bottom:6px}.headers td{padding:2px 8px}.headers td:first-child{color:var(--muted);white-space:nowrap}
details>summary{cursor:pointer;color:var(--link)}
.note{color:var(--muted);font-size:12px}
.steps{padding-left:28px}.steps li{margin-bottom:10px}.steps li.failing::marker{color:var(--fail);font-weight:700}
.empty{color:var(--muted)}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;

export const SCRIPT = `
(() => {
  'use strict';
  const statusBoxes = Array.from(document.querySelectorAll('input[name="status"]'));
  const checkSelect = document.getElementById('filter-check');
  const filterable = Array.from(document.querySelectorAll('[data-status]'));
  const shown = document.getElementById('filter-shown');
  for (const element of document.querySelectorAll('.needs-script')) element.hidden = false;

  function applyFilters() {
    const statuses = new Set(statusBoxes.filter((box) => box.checked).map((box) => box.value));
    const check = checkSelect.value;
    let checks = 0;
    let violations = 0;
    for (const element of filterable) {
      const visible = statuses.has(element.dataset.status) && (check === '' || element.dataset.check === check);
      element.hidden = !visible;
      if (visible && element.tagName === 'TR') checks++;
      if (visible && element.tagName === 'ARTICLE') violations++;
    }
    shown.textContent = 'showing ' + checks + ' check' + (checks === 1 ? '' : 's') + ' and ' + violations +
      ' violation' + (violations === 1 ? '' : 's');
  }

  function clearFilters() {
    for (const box of statusBoxes) box.checked = true;
    checkSelect.value = '';
    applyFilters();
  }

  // A link to a violation the filters hide shows everything again, and opens the folds around its target.
  function reveal() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id === '' ? null : document.getElementById(id);
    if (target === null) return;
    if (target.closest('[hidden]') !== null) clearFilters();
    for (let element = target.parentElement; element !== null; element = element.parentElement) {
      if (element.tagName === 'DETAILS') element.open = true;
    }
    target.scrollIntoView();
  }

  function copyBySelection(source) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }

  async function copy(button) {
    const source = document.getElementById(button.dataset.copy);
    let copied;
    try {
      await navigator.clipboard.writeText(source.textContent);
      copied = true;
    } catch {
      copied = copyBySelection(source);
    }
    button.textContent = copied ? 'Copied' : 'Selected: press Ctrl+C';
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 2000);
  }

  for (const box of statusBoxes) box.addEventListener('change', applyFilters);
  checkSelect.addEventListener('change', applyFilters);
  document.getElementById('filter-reset').addEventListener('click', clearFilters);
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', () => copy(button));
  }
  addEventListener('hashchange', reveal);
  applyFilters();
  reveal();
})();
`;

/** No network at all (`default-src 'none'`), and only the page's own style and script, by their SHA-256. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${sha256(STYLE)}'`,
  `script-src '${sha256(SCRIPT)}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
