// Promise storms in contexts whose microtasks run after each evaluation
// (`microtaskMode: 'afterEvaluate'`): endless chains are stopped by
// `timeout`, finite storms finish, and the context runs the next script.
// (Unbounded async recursion is not here: Node reports its rejections
// from inside the PromiseRejectCallback and exits.)
const vm = require('vm');

const endless = [
  ['then chain', 'function f() { return Promise.resolve().then(f); } f()'],
  ['async loop', '(async () => { for (;;) await null; })()'],
  ['fan out', 'function f() { Promise.resolve().then(f); Promise.resolve().then(f); } f()'],
  ['thenable', 'const t = { then(r) { r(t); } }; Promise.resolve(t)'],
];
for (const [name, code] of endless) {
  const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  let outcome;
  try {
    vm.runInContext(code, ctx, { timeout: 50 });
    outcome = 'no error';
  } catch (e) {
    outcome = `${e.code || e.name}: ${e.message}`;
  }
  console.log(`${name}: ${outcome}`);
}

const ctx = vm.createContext({ out: [] }, { microtaskMode: 'afterEvaluate' });
vm.runInContext(`
  let n = 0;
  const all = [];
  for (let i = 0; i < 20000; i++) all.push(Promise.resolve(i).then((v) => { n += v; }));
  Promise.all(all).then(() => out.push('all settled ' + n));
`, ctx, { timeout: 5000 });
console.log('finite storm:', ctx.out.join());
console.log('then:', vm.runInContext('Promise.resolve(6).then((v) => out.push(v * 7)); 1', ctx), ctx.out.join());
