// ejs: render, compile, and a template error.
const ejs = require('ejs');
console.log(ejs.render('<p><%= name %> <%- raw %></p>', { name: 'a & <b>', raw: '<i>x</i>' }));
const list = ejs.compile('<ul><% items.forEach((i) => { %><li><%= i %></li><% }) %></ul>');
console.log(list({ items: [1, 2, 3] }));
try {
  ejs.render('<% if (x { %>', {});
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
try {
  ejs.render('<%= missing.prop %>', {}, { filename: 'tpl.ejs' });
} catch (e) {
  console.log(e.name, e.message.split('\n').slice(-1)[0]);
}
