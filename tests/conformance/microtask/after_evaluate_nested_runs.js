// A run nested in an evaluation of an 'afterEvaluate' context runs the
// context's queue when it ends; a run nested in one of its microtasks
// does not (the queue is being run already).
const vm = require('node:vm');

const log = [];
const A = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
A.nested = () => {
  log.push('nested start');
  vm.runInContext('log.push("nested eval")', A);
  log.push('nested end');
};
vm.runInContext('Promise.resolve().then(() => log.push("job")); nested(); log.push("outer end")', A);
console.log(log.join(', '));
log.length = 0;

vm.runInContext(`
  Promise.resolve().then(() => {
    log.push("job1");
    Promise.resolve().then(() => log.push("job3"));
    nested();
    log.push("job1 end");
  });
  Promise.resolve().then(() => log.push("job2"));
`, A);
console.log(log.join(', '));
