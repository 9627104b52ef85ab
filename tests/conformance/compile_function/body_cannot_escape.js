// A body that closes the function early is a SyntaxError, as in Node: none
// of it runs.
const vm = require('node:vm');

const bodies = [
  '}); globalThis.evil = 1; (function () {',
  '}(globalThis.evil = 1), function () {',
  '}); globalThis.evil = 1; ({ a: 1',
  '} globalThis.evil = 1; return function () {',
  '}}',
  '}',
  '{',
  'return )',
];
for (const body of bodies) {
  try {
    vm.compileFunction(body);
    console.log(JSON.stringify(body), 'compiled');
  } catch (e) {
    console.log(JSON.stringify(body), e.name, e instanceof SyntaxError);
  }
}
console.log('evil:', globalThis.evil);
