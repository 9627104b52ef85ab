// Conversions, built-in argument checks, incompatible receivers and
// proxies: V8's messages.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
t('symbol in template', () => `${Symbol('x')}`);
t('symbol plus string', () => Symbol('x') + '');
t('symbol times number', () => Symbol() * 2);
t('BigInt plus number', () => 1n + 1);
t('BigInt times number', () => 1n * 2);
t('unary plus BigInt', () => +1n);
t('Math.max BigInt', () => Math.max(1n));
t('Number plus BigInt', () => Number(1n) + 1n);
t('BigInt division by zero', () => 1n / 0n);
t('reduce', () => [].reduce((a) => a));
t('reduceRight', () => [].reduceRight((a) => a));
t('toFixed', () => (1).toFixed(101));
t('toPrecision', () => (1).toPrecision(0));
t('toExponential', () => (1).toExponential(-1));
t('repeat negative', () => 'a'.repeat(-1));
t('repeat Infinity', () => 'a'.repeat(Infinity));
t('Array length', () => new Array(-1));
t('length assignment', () => { const a = []; a.length = -1; });
t('padStart', () => ''.padStart(2 ** 31));
t('Map receiver', () => Map.prototype.get.call({}, 1));
t('Set receiver', () => Set.prototype.add.call([], 1));
t('Promise receiver', () => Promise.prototype.then.call({}));
t('WeakMap receiver', () => WeakMap.prototype.set.call(new Map(), {}, 1));
t('proxy set', () => { 'use strict'; new Proxy({}, { set() { return false; } }).x = 1; });
t('proxy deleteProperty', () => { 'use strict'; delete new Proxy({}, { deleteProperty() { return false; } }).x; });
t('proxy defineProperty', () => Object.defineProperty(new Proxy({}, { defineProperty() { return false; } }), 'x', { value: 1 }));
t('proxy of number', () => new Proxy(1, {}));
t('proxy without handler', () => new Proxy({}));
t('Object.create', () => Object.create(5));
t('instanceof object', () => ({}) instanceof {});
t('instanceof number', () => ({}) instanceof 5);
t('in string', () => 'a' in 'abc');
t('in undefined', () => 'x' in undefined);
