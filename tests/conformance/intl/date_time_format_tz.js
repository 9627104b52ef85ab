// jsvm-flags:
// node-flags:
// The default time zone follows TZ: a child process with TZ set formats
// dates in that zone and reports it in resolvedOptions().
const { execFileSync } = require('child_process');
const code = `
const d = new Date(Date.UTC(2026, 6, 2, 18, 4, 5));
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);
console.log(d.toLocaleString(), '|', new Intl.DateTimeFormat('en-US', { timeStyle: 'long' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeStyle: 'short' }).format(d));
`;
for (const tz of ['UTC', 'Etc/UTC', 'America/New_York', 'Asia/Kolkata']) {
  const out = execFileSync(process.execPath, ['-e', code], { env: { ...process.env, TZ: tz } });
  console.log(tz, JSON.stringify(out.toString()));
}
