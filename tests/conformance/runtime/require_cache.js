// A module is evaluated once; later requires return the same exports.
const next = require('./fixtures/counter');
console.log(next(), next());
const again = require('./fixtures/counter.js');
console.log(again === next, again());
