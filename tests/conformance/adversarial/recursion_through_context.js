// Unbounded recursion through the host: host functions of the context
// object (and node:vm itself) that run code in the context, called from
// that code. The recursion is a RangeError the host sees; the contexts keep
// working. (Getters of the context object that recurse are checked by the
// jsvm crate's Rust tests: V8 swallows an error thrown inside its global
// interceptors, so Node's answer there is a ReferenceError, not a rule.)
const vm = require('vm');

function report(name, fn, ctx) {
  let outcome;
  try {
    fn();
    outcome = 'no error';
  } catch (e) {
    outcome = `${e.name}: ${e.message}`;
  }
  const after = vm.runInContext('[1, 2, 3].map((x) => x * 2).join()', ctx);
  console.log(`${name}: ${outcome}; then ${after}`);
}

{
  const sandbox = {};
  const ctx = vm.createContext(sandbox);
  sandbox.host = () => vm.runInContext('host()', ctx);
  report('host function running code that calls it', () => vm.runInContext('host()', ctx), ctx);
}
{
  const ctx = vm.createContext({});
  const other = vm.createContext({ ctx, vm });
  vm.runInContext('function ping() { return pong(); }', ctx);
  vm.runInContext("function pong() { return vm.runInContext('ping()', ctx); }", other);
  ctx.pong = other.pong;
  report('two contexts calling each other', () => vm.runInContext('ping()', ctx), ctx);
}
{
  const sandbox = { vm };
  const ctx = vm.createContext(sandbox);
  sandbox.make = () => vm.runInNewContext('make()', { make: sandbox.make });
  report('a new context made at every level', () => vm.runInContext('make()', ctx), ctx);
}
{
  const sandbox = {};
  const ctx = vm.createContext(sandbox);
  const script = new vm.Script('again()');
  sandbox.again = () => script.runInContext(ctx);
  report('a compiled script run again from inside', () => script.runInContext(ctx), ctx);
}
{
  const sandbox = {};
  const ctx = vm.createContext(sandbox);
  sandbox.fn = vm.compileFunction('return fn()', [], { parsingContext: ctx });
  report('compileFunction calling itself', () => vm.runInContext('fn()', ctx), ctx);
}
