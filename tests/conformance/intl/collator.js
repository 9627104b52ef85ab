// Intl.Collator and String.prototype.localeCompare: the root collation
// order (case, accents, punctuation, digits), sensitivity, numeric,
// caseFirst, ignorePunctuation, resolvedOptions.
const show = (s) => JSON.stringify(s);
const words = ['b', 'a', 'B', 'A', 'ä', 'á', 'z', 'Z', '10', '9', '1', 'a b', 'ab', 'a-b', '_a', 'résumé', 'resume', 'Resume', 'ß', 'ss', 'ｆ', 'f', 'Ω', 'ж', '中', ''];
console.log(show([...words].sort(new Intl.Collator().compare)));
console.log(show([...words].sort((x, y) => x.localeCompare(y))));
console.log(show(['10', '9', '1', '2a', '2b', 'x10', 'x9'].sort(new Intl.Collator('en', { numeric: true }).compare)));
console.log(show(['a', 'A', 'b', 'B'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare)));
console.log(show(['a', 'A', 'b', 'B'].sort(new Intl.Collator('en', { caseFirst: 'lower' }).compare)));
for (const sensitivity of ['base', 'accent', 'case', 'variant']) {
  const c = new Intl.Collator('en', { sensitivity });
  console.log(sensitivity, c.compare('a', 'A'), c.compare('a', 'á'), c.compare('a', 'b'), c.compare('a', 'a'));
}
const ip = new Intl.Collator('en', { ignorePunctuation: true });
console.log(ip.compare('a-b', 'ab'), ip.compare('a b', 'ab'), new Intl.Collator().compare('a-b', 'ab'));
console.log('a'.localeCompare('B'), 'a'.localeCompare('A'), 'A'.localeCompare('a'), 'a'.localeCompare('a'), 'ä'.localeCompare('z', 'de'), 'ä'.localeCompare('z', 'sv'));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), '2'.localeCompare('10', undefined, { numeric: true }));
console.log(show(new Intl.Collator().resolvedOptions()));
console.log(show(new Intl.Collator('de', { numeric: true, caseFirst: 'upper', sensitivity: 'base', usage: 'search' }).resolvedOptions()));
const { compare } = new Intl.Collator();
console.log(compare.name, compare.length, typeof Intl.Collator().compare, Intl.Collator.name);
try { new Intl.Collator('en', { sensitivity: 'bogus' }); } catch (e) { console.log(e.name, e.message); }
try { 'a'.localeCompare.call(null, 'b'); } catch (e) { console.log(e.name); }
