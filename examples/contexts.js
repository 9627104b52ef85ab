// A tour of node:vm contexts. Run: ./target/release/jsvm examples/contexts.js
const vm = require('node:vm');

// Contextify an object: its properties are the globals of the context.
const context = { animal: 'cat', count: 2 };
vm.createContext(context);
const script = new vm.Script('count += 1; name = "kitty";');
for (let i = 0; i < 10; ++i) script.runInContext(context);
console.log(context);

// Declarations land on the context object; let/const stay in the context.
vm.runInContext('var y = 17; function twice(n) { return 2 * n } let hidden = 1;', context);
console.log(Object.keys(context), context.twice(21), 'hidden' in context);

// Each context has its own built-ins; objects pass between them by identity.
const other = vm.createContext({ shared: context });
console.log(vm.runInContext('shared.animal', other), vm.runInNewContext('Array') === Array);

// DONT_CONTEXTIFY: an ordinary global object that can be frozen.
const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
vm.runInContext('globalThis.answer = 42', plain);
console.log(plain.answer, vm.runInContext('globalThis', plain) === plain);

// Errors thrown by scripts come out as values of their context.
try {
  vm.runInContext('undefinedName', context);
} catch (e) {
  console.log(e.name, e.message);
}
