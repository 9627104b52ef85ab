// The timeout error: code, message, realm, own keys; it cannot be caught
// inside, `finally` does not run; context and host go on.
const vm = require('vm');

const sandbox = { reached: [] };
const ctx = vm.createContext(sandbox);
try {
  vm.runInContext(`
    try { for (;;) {} } catch (e) { reached.push('catch'); } finally { reached.push('finally'); }
  `, ctx, { timeout: 5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
  console.log('keys', Object.keys(e));
  console.log('main realm Error?', e instanceof Error);
  console.log('context realm Error?', e instanceof vm.runInContext('Error', ctx));
  console.log('stack starts with', e.stack.split('\n')[0]);
}
console.log('reached', sandbox.reached);
console.log('context still works:', vm.runInContext('reached.length + 40 + 2', ctx, { timeout: 100 }));

// runInThisContext: the error is one of the main realm.
try {
  vm.runInThisContext('for (;;) {}', { timeout: 7 });
} catch (e) {
  console.log(e.code, e.message, e instanceof Error);
}

// A Script runs many times, each with its own timeout.
const script = new vm.Script('let n = 0; for (;;) n++;');
for (const timeout of [1, 3, 10]) {
  try {
    script.runInNewContext({}, { timeout });
  } catch (e) {
    console.log(e.message);
  }
}

// Without running out of time: the result comes back as usual.
console.log(vm.runInNewContext('a + b', { a: 40, b: 2 }, { timeout: 1000 }));
console.log(new vm.Script('[1, 2, 3].map((x) => x * x)').runInThisContext({ timeout: 1000 }));

// A timeout in a function of the context, called later from outside,
// does not apply: only the run is timed.
const f = vm.runInNewContext('(function () { let i = 0; while (i < 1e6) i++; return i; })',
                             {}, { timeout: 1000 });
console.log(f());
