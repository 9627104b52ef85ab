// Values that are not iterable: V8 names the operand of for-of and
// spreads, and says what the value is for built-ins.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name + ': ' + e.message);
  }
}
var x = 5, u, o = {}, n = null;
t('for-of variable', () => { for (const a of x) {} });
t('for-of undefined', () => { for (const a of u) {} });
t('for-of object', () => { for (const a of o) {} });
t('for-of member', () => { for (const a of o.p) {} });
t('for-of null', () => { for (const a of n) {} });
t('array spread', () => [...x]);
t('array spread object', () => [...o]);
t('call spread', () => Math.max(...x));
t('call spread object', () => Math.max(...o));
t('Map', () => new Map(5));
t('Set', () => new Set(o));
t('Promise.all', () => Promise.all(5).catch((e) => console.log('Promise.all', e.message)));
t('yield*', () => { function* g() { yield* 5; } [...g()]; });
t('read Symbol.iterator of undefined', () => u[Symbol.iterator]);
t('Array.from number', () => Array.from(5));
t('WeakMap', () => new WeakMap(o));
