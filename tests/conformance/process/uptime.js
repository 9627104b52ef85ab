// uptime(): seconds since start, growing.
const u1 = process.uptime();
const u2 = process.uptime();
console.log(typeof u1, u1 >= 0, u1 < 60, u2 >= u1);
const c = process.cpuUsage();
console.log(Object.keys(c), Number.isInteger(c.user), c.user >= 0);
const d = process.cpuUsage(c);
console.log(d.user >= 0, d.system >= 0);
