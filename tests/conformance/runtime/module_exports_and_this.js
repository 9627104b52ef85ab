// module.exports, exports and this at the top level of a module.
console.log(this === module.exports, exports === module.exports);
exports.a = 1;
console.log(module.exports);
const fixture = require('./fixtures/this_is_exports');
console.log(fixture);
