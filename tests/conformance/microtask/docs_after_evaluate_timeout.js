// The docs' second example as written (microtaskMode: 'afterEvaluate'): the
// endless loop scheduled through a promise is stopped by the timeout,
// because the microtask runs inside vm.runInNewContext.
const vm = require('node:vm');

function loop() {
  while (1);
}

try {
  vm.runInNewContext(
    'Promise.resolve().then(() => loop());',
    { loop, console },
    { timeout: 5, microtaskMode: 'afterEvaluate' },
  );
} catch (e) {
  console.log(e.code, e.message);
}
console.log('done executing');
