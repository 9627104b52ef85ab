// console.log of functions and classes.
console.log(Array, Math.max);
console.log(function named() {}, function () {}, () => {});
console.log(class Foo {}, class {});
console.log(async function af() {}, function* gen() {});
console.log({ f() {}, g: function () {}, h: () => {}, k: class K {} });
const arrow = () => {};
console.log(arrow);
