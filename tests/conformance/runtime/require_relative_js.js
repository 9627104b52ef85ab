// require of relative .js files, with and without the extension.
const math = require('./fixtures/math.js');
const mathNoExt = require('./fixtures/math');
const helper = require('./fixtures/helper');

console.log(math.add(2, 3), math.double(21));
console.log(math.loadedFrom);
console.log(math === mathNoExt);
console.log(helper.name, helper.times(6, 7), helper.loadCount);
console.log(Object.keys(helper));
console.log(typeof require, typeof module, typeof exports);
