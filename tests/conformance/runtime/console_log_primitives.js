// console.log of primitives, and of several arguments.
console.log(1, -0, 0, 1.5, -2.25, NaN, Infinity, -Infinity, 10n);
console.log('str', true, false, null, undefined);
console.log(Symbol('sym'), Symbol(), Symbol.iterator);
console.log();
console.log('');
console.log('  leading and trailing spaces  ');
console.log('line one\nline two');
console.log(1e21, 1e-7, 0.1 + 0.2, 2 ** 53);
