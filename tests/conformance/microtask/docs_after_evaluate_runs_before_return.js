// The docs' second example (microtaskMode: 'afterEvaluate'), with a loop
// that ends: the microtask runs before vm.runInNewContext returns.
const vm = require('node:vm');

function loop() {
  console.log('entering loop');
  for (let i = 0; i < 3; i++) console.log('iteration', i);
}

vm.runInNewContext(
  'Promise.resolve().then(() => loop());',
  { loop, console },
  { timeout: 1000, microtaskMode: 'afterEvaluate' },
);
console.log('done executing');
