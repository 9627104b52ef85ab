// Nested runs with their own timeouts: the shorter inner one fires first and
// the outer script may catch it; a shorter outer one fires through the
// inner run and nothing inside can catch it.
const vm = require('vm');

const ctx = vm.createContext({ vm, console });

console.log(vm.runInContext(`
  let caught;
  try {
    vm.runInNewContext('for (;;) {}', {}, { timeout: 10 });
  } catch (e) {
    caught = e.code + ': ' + e.message;
  }
  'outer finished after the inner error ' + caught;
`, ctx, { timeout: 2000 }));

try {
  vm.runInContext(`
    try {
      vm.runInNewContext('for (;;) {}', {}, { timeout: 2000 });
    } catch (e) {
      console.log('never printed', e.message);
    } finally {
      console.log('never printed either');
    }
  `, ctx, { timeout: 20 });
} catch (e) {
  console.log('outer:', e.code, e.message);
}

// An inner run without a timeout inside an outer one is stopped too.
try {
  vm.runInContext("vm.runInNewContext('for (;;) {}', {})", ctx, { timeout: 15 });
} catch (e) {
  console.log('outer over an untimed inner run:', e.message);
}

// Three levels: the middle one is the shortest.
try {
  vm.runInContext(`
    try {
      vm.runInNewContext(
        "vm.runInNewContext('for (;;) {}', {}, { timeout: 3000 })",
        { vm }, { timeout: 25 });
    } catch (e) {
      console.log('middle fired:', e.message);
    }
    'outermost went on';
  `, ctx, { timeout: 3000 });
} catch (e) {
  console.log('unexpected', e.message);
}
console.log(vm.runInContext("'context still usable'", ctx));
