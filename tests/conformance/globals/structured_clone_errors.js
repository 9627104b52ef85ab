// Values that cannot be cloned: DataCloneError.
class Foo {}
for (const v of [() => {}, function named() {}, Symbol('s'), { f() {} }, [Symbol.iterator],
  new WeakMap(), new WeakSet(), Promise.resolve(), { p: Promise.resolve() }, new Proxy({}, {})]) {
  try {
    structuredClone(v);
    console.log('cloned');
  } catch (e) {
    console.log(e.name, e.code, e instanceof DOMException, e.message);
  }
}
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
for (const opt of [1, 'x']) {
  try {
    structuredClone(1, opt);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(structuredClone(1, null), structuredClone(1, undefined), structuredClone(1, {}));
