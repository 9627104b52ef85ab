// vm.compileFunction: the code is the body of a function with the given
// parameters; toString() shows the wrapper Node builds.
const vm = require('node:vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(add(1, 2), typeof add, add.name === '', add.length);
console.log(JSON.stringify(add.toString()));
console.log(JSON.stringify(vm.compileFunction('x', []).toString()));
console.log(JSON.stringify(vm.compileFunction(' \n;\n').toString()));
console.log(Object.getOwnPropertyNames(add).sort());

console.log(vm.compileFunction('return this === globalThis')());
console.log(vm.compileFunction('"use strict"; return this')());
console.log(vm.compileFunction('return arguments.length')(1, 2, 3));
console.log(vm.compileFunction('return new.target')());
console.log(vm.compileFunction('var await = 1; return await')());
console.log(vm.compileFunction('return a', ['a', 'a'])(1, 2));
console.log(vm.compileFunction('return 1', undefined)());
console.log(vm.compileFunction('return typeof params')());
console.log(new (vm.compileFunction('this.made = true'))().made);

// Declarations stay inside the function.
vm.compileFunction('var local = 1; function inner() {}')();
console.log(typeof local, typeof inner);
// Undeclared assignments reach the global.
vm.compileFunction('leaked = 42')();
console.log(globalThis.leaked);

// Braces inside strings, comments, templates and regular expressions.
const f = vm.compileFunction("const o = { s: '}' }; /* } */ return `}${o.s}` + /}/.source; // }");
console.log(f());
