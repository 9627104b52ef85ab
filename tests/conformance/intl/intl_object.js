// The Intl object: its properties, getCanonicalLocales,
// supportedValuesOf, supportedLocalesOf, and an Intl in every vm context
// (its own, made on first use; the global property as V8 defines it).
const vm = require('vm');
const show = (s) => JSON.stringify(s);
const d = Object.getOwnPropertyDescriptor(globalThis, 'Intl');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, Object.keys(globalThis).includes('Intl'));
console.log(String(Intl), Object.prototype.toString.call(Intl), Object.getPrototypeOf(Intl) === Object.prototype);
for (const k of ['getCanonicalLocales', 'supportedValuesOf', 'DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Locale', 'Segmenter']) {
  const p = Object.getOwnPropertyDescriptor(Intl, k);
  console.log(k, typeof p.value, p.writable, p.enumerable, p.configurable, p.value.length);
}
for (const C of [Intl.DateTimeFormat, Intl.NumberFormat, Intl.Collator, Intl.PluralRules, Intl.RelativeTimeFormat, Intl.ListFormat, Intl.Segmenter]) {
  const proto = C.prototype;
  console.log(C.name, proto[Symbol.toStringTag], proto.constructor === C, typeof C.supportedLocalesOf, Object.getOwnPropertyDescriptor(C, 'prototype').writable);
}
console.log(show(Intl.getCanonicalLocales()), show(Intl.getCanonicalLocales('EN-us')), show(Intl.getCanonicalLocales(['en-US', 'en-us', 'zh-hant-tw', 'DE'])));
for (const bad of ['en_US', '', 'x', 'en-', 123]) {
  try { console.log(show(Intl.getCanonicalLocales(bad))); } catch (e) { console.log(e.name, e.message); }
}
for (const key of ['calendar', 'collation', 'currency', 'numberingSystem', 'timeZone', 'unit']) {
  const v = Intl.supportedValuesOf(key);
  console.log(key, v.length, v.slice(0, 5).join(), v.includes('UTC'), v.includes('USD'), v.includes('gregory'));
}
try { Intl.supportedValuesOf('bogus'); } catch (e) { console.log(e.name, e.message); }
console.log(show(Intl.NumberFormat.supportedLocalesOf(['en-US', 'de', 'fr-CA'])));
console.log(new Intl.Locale('en-Latn-US').language, new Intl.Locale('en-Latn-US').region, String(new Intl.Locale('EN-us')));

// every context has its own Intl
const ctx = vm.createContext({});
console.log(vm.runInContext('typeof Intl', ctx), vm.runInContext('Intl', ctx) !== Intl, vm.runInContext('Intl === globalThis.Intl', ctx));
console.log(vm.runInContext('[...new Intl.Segmenter().segment("héllo")].length + " " + (1234.5).toLocaleString() + " " + "a".localeCompare("B")', ctx));
console.log(vm.runInContext('new Intl.NumberFormat() instanceof Intl.NumberFormat', ctx), vm.runInContext('new Intl.NumberFormat()', ctx) instanceof Intl.NumberFormat);
console.log(vm.runInNewContext('Object.getOwnPropertyNames(globalThis).includes("Intl")'));
// a context whose Intl was deleted or replaced before first use keeps that
const c2 = vm.createContext({});
console.log(vm.runInContext('delete globalThis.Intl; typeof Intl', c2), vm.runInContext('(5).toLocaleString()', c2));
const c3 = vm.createContext({ Intl: 'mine' });
console.log(vm.runInContext('Intl', c3), vm.runInContext('(1e6).toLocaleString()', c3));
console.log(vm.runInNewContext('Intl = 5; Intl'), vm.runInNewContext('typeof this.Intl.DateTimeFormat'));
// toLocaleString before Intl is read
console.log(vm.runInNewContext('(1e6).toLocaleString("de") + " " + typeof Intl'));
