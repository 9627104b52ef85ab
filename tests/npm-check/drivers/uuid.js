// uuid: random and name-based UUIDs.
const uuid = require('uuid');
console.log(uuid.validate(uuid.v4()), uuid.version(uuid.v4()), uuid.validate(uuid.v7()));
console.log(uuid.v5('hello', uuid.v5.URL), uuid.v3('hello', uuid.v3.DNS));
console.log(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8').length, uuid.NIL);
