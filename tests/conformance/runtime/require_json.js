// require of a .json file parses it.
const data = require('./fixtures/data.json');

console.log(data.name, data.list, data.nested);
console.log(Object.keys(data));
console.log(data.list.length, data.nested.ok);
console.log(require('./fixtures/data.json') === data);
