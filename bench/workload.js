// The compute workload of the benchmark: a template render loop (string
// building, JSON, regular expressions, object churn). The text between the
// backquotes is a script run in a context; bench/vm-bench.js and the Rust
// benches (crates/jsvm/benches/vm.rs) both use it.
module.exports = String.raw`
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function renderTemplate(template, data) {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (m, path) => {
    let v = data;
    for (const key of path.split('.')) v = v == null ? undefined : v[key];
    return escapeHtml(v === undefined ? '' : v);
  });
}
const ROW = '<tr class="{{ cls }}"><td>{{ user.name }}</td><td>{{ user.email }}</td>' +
  '<td>{{ amount }}</td><td>{{ note }}</td></tr>';
function makeRows(n, seed) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      cls: i % 2 ? 'odd' : 'even',
      user: { name: 'User <' + (seed + i) + '>', email: 'u' + i + '@example.com', tags: ['a', 'b', i] },
      amount: ((seed * 31 + i * 17) % 10000) / 100,
      note: i % 3 ? 'Tom & "Jerry"' : "it's fine",
    });
  }
  return rows;
}
function renderPage(seed) {
  const rows = JSON.parse(JSON.stringify(makeRows(40, seed)));
  let html = '<table>';
  for (const row of rows) html += renderTemplate(ROW, row);
  html += '</table>';
  const totals = rows.reduce((acc, r) => {
    acc[r.cls] = (acc[r.cls] || 0) + r.amount;
    return acc;
  }, {});
  return html.length + Math.round(totals.odd + totals.even);
}
`;
