// Intl.PluralRules (cardinal and ordinal, several languages, digit
// options), Intl.ListFormat and Intl.RelativeTimeFormat in English.
const show = (s) => JSON.stringify(s);
const en = new Intl.PluralRules('en');
console.log([0, 1, 2, 1.0, 1.5, -1, '1', NaN].map((n) => en.select(n)).join());
const ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
console.log([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => `${n}:${ord.select(n)}`).join(' '));
console.log(show(en.resolvedOptions()), show(ord.resolvedOptions().pluralCategories));
console.log(new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1), new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.2));
for (const loc of ['fr', 'ru', 'ar', 'pl', 'ja', 'cy']) {
  const p = new Intl.PluralRules(loc);
  console.log(loc, show(p.resolvedOptions().pluralCategories), [0, 1, 2, 3, 5, 11, 21, 22, 100, 1.5].map((n) => p.select(n)).join());
}
try { Intl.PluralRules(); } catch (e) { console.log(e.name, e.message); }

for (const [type, style] of [['conjunction', 'long'], ['conjunction', 'short'], ['conjunction', 'narrow'], ['disjunction', 'long'], ['unit', 'long'], ['unit', 'short'], ['unit', 'narrow']]) {
  const lf = new Intl.ListFormat('en', { type, style });
  console.log(type, style, show([[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => lf.format(l))));
}
console.log(show(new Intl.ListFormat('en').formatToParts(['x', 'y', 'z'])));
console.log(show(new Intl.ListFormat('en').resolvedOptions()), new Intl.ListFormat('es').format(['a', 'b', 'c']), new Intl.ListFormat('de').format(['a', 'b', 'c']));
console.log(new Intl.ListFormat('en').format(new Set(['p', 'q'])));
try { new Intl.ListFormat('en').format(['a', 1]); } catch (e) { console.log(e.name, e.message); }

const rtf = new Intl.RelativeTimeFormat('en');
const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
for (const v of [-2, -1, 0, 1, 3, 1000, -0, 1.5]) console.log(v, show(units.map((u) => rtf.format(v, u))));
const auto = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
for (const v of [-1, 0, 1, 2]) console.log('auto', v, show(units.map((u) => auto.format(v, u))));
const short = new Intl.RelativeTimeFormat('en', { style: 'short' });
console.log('short', show(units.map((u) => short.format(3, u))), show(units.map((u) => short.format(-1, u))));
console.log(rtf.format(2, 'days'), show(rtf.formatToParts(1000, 'day')), show(rtf.formatToParts(-1, 'hour')), show(auto.formatToParts(1, 'day')));
console.log(show(rtf.resolvedOptions()), show(new Intl.RelativeTimeFormat('en', { style: 'narrow', numeric: 'auto' }).resolvedOptions()));
try { rtf.format(1, 'decade'); } catch (e) { console.log(e.name, e.message); }
try { rtf.format(Infinity, 'day'); } catch (e) { console.log(e.name, e.message); }
