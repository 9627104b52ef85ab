// A compiled script is bound to a global only for the duration of each run.
const vm = require('node:vm');

const script = new vm.Script('typeof counter === "undefined" ? (counter = 1) : ++counter');
const a = vm.createContext({});
const b = vm.createContext({ counter: 100 });
console.log(script.runInContext(a), script.runInContext(a), script.runInContext(b), script.runInContext(a));
console.log(a, b);

// Functions created by a run keep the context they were created in.
const make = new vm.Script('(function () { return who; })');
const fa = make.runInContext(vm.createContext({ who: 'a' }));
const fb = make.runInContext(vm.createContext({ who: 'b' }));
console.log(fa(), fb());
