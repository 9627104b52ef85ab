// semver: ranges, increments, sorting.
const semver = require('semver');
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.satisfies('2.0.0', '~1.2'));
console.log(semver.inc('1.2.3', 'minor'), semver.sort(['1.10.0', '1.2.0', '1.9.9']));
console.log(semver.valid('v1.2.3'), semver.coerce('v2'), semver.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '<2'));
