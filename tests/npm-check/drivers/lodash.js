// lodash: _.template (code generation) and a few functions.
const _ = require('lodash');
console.log(_.template('hello <%= user %>! <% _.each(xs, function (x) { %>[<%- x %>]<% }); %>')(
  { user: 'jsvm', xs: ['<a>', 'b'] }));
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.groupBy(['one', 'two', 'three'], 'length'));
console.log(_.cloneDeep({ a: [1, { b: 2 }] }), _.isEqual({ a: 1 }, { a: 1 }), _.camelCase('Foo Bar'));
console.log(_.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.debounce(() => {}, 10).cancel === undefined);
