// Jobs of an 'afterEvaluate' context wait in its queue until an evaluation
// in it succeeds: a run that throws leaves them there, and callbacks of
// the context for promises the host settles run at its next evaluation.
const vm = require('node:vm');

const log = [];
const ctx = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
try {
  vm.runInContext('Promise.resolve().then(() => log.push("job")); throw new Error("x")', ctx);
} catch (e) {
  log.push(`caught ${e.message}`);
}
log.push('after the failed run');
vm.runInContext('log.push("next evaluation")', ctx);
log.push('after the next run');
console.log(log.join(', '));
log.length = 0;

let resolve;
ctx.hp = new Promise((r) => { resolve = r; });
vm.runInContext('hp.then((v) => log.push("context callback " + v))', ctx);
resolve('R');
// A bound function, a proxy of a function, an async function and an async
// generator of the context, waiting for host promises.
const later = [];
for (let i = 0; i < 4; i++) later.push(Promise.withResolvers());
ctx.later = later.map((d) => d.promise);
vm.runInContext(`
  later[0].then(function (v) { log.push("bound " + v) }.bind(null));
  later[1].then(new Proxy((v) => log.push("proxy " + v), {}));
  (async () => { log.push("await " + await later[2]) })();
  (async function* () { log.push("async generator " + await later[3]) })().next();
`, ctx);
later.forEach((d, i) => d.resolve(i));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  log.push('host later');
  vm.runInContext('log.push("evaluation")', ctx);
  log.push('after the evaluation');
  console.log(log.join(', '));
});
