// The docs: "if () => loop() is replaced with just loop ... loop will be
// pushed into the global microtask queue, because it is a function from the
// outer (main) context". With a loop that ends.
const vm = require('node:vm');

function loop() {
  console.log('entering loop');
  for (let i = 0; i < 3; i++) console.log('iteration', i);
}

vm.runInNewContext(
  'Promise.resolve().then(loop);',
  { loop, console },
  { timeout: 1000, microtaskMode: 'afterEvaluate' },
);
console.log('done executing');
