// Intl.DateTimeFormat in en-US: the default time zone (TZ), UTC and fixed
// offsets, component options, dateStyle/timeStyle, hour cycles,
// formatToParts, resolvedOptions; Date's toLocale*String.
const show = (s) => JSON.stringify(s);
const d = new Date(Date.UTC(2026, 11, 2, 18, 4, 5, 123));
const ro = Intl.DateTimeFormat().resolvedOptions();
console.log(show(ro));
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone === process.env.TZ || process.env.TZ === undefined);
const utc = (o) => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o });
for (const o of [
  {}, { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
  { timeStyle: 'full' }, { timeStyle: 'long' }, { timeStyle: 'medium' }, { timeStyle: 'short' },
  { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'short', timeStyle: 'medium' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', month: 'short', day: '2-digit' },
  { weekday: 'long' }, { month: 'long' }, { month: 'short', year: 'numeric' }, { year: '2-digit', month: '2-digit', day: '2-digit' },
  { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' }, { minute: '2-digit', second: '2-digit' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 },
]) {
  console.log(show(o), show(utc(o).format(d)));
}
console.log(show(utc({ dateStyle: 'medium', timeStyle: 'short' }).formatToParts(d)));
console.log(show(utc({ dateStyle: 'medium', timeStyle: 'short' }).resolvedOptions()));
console.log(show(utc({ hour: 'numeric' }).resolvedOptions()));
console.log(show(utc({ hour: 'numeric', hour12: false }).resolvedOptions()));
console.log(show(new Intl.DateTimeFormat('en-US', { timeZone: 'etc/utc' }).resolvedOptions().timeZone));
console.log(show(new Intl.DateTimeFormat('en-US', { timeZone: '+05:30', timeStyle: 'short' }).format(d)));
console.log(show(utc({ hour: 'numeric' }).format(Date.UTC(2026, 0, 1, 0))), show(utc({ hour: 'numeric' }).format(Date.UTC(2026, 0, 1, 12))));
console.log(show(utc().format(0)), show(utc().format(new Date(-1e12))));
// the Date methods, in UTC
const prevTZ = process.env.TZ;
console.log(show(d.toLocaleString('en-US', { timeZone: 'UTC' })), show(d.toLocaleDateString('en-US', { timeZone: 'UTC' })), show(d.toLocaleTimeString('en-US', { timeZone: 'UTC' })));
console.log(show(d.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long' })), show(d.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: 'numeric' })));
console.log(new Date(NaN).toLocaleString(), prevTZ === process.env.TZ);
for (const bad of [
  () => utc().format(NaN),
  () => new Intl.DateTimeFormat('en', { timeZone: 'Not/AZone' }),
  () => new Intl.DateTimeFormat('en', { dateStyle: 'long', year: 'numeric' }),
  () => new Intl.DateTimeFormat('en', { hour: 'bogus' }),
  () => Date.prototype.toLocaleString.call({}),
]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
