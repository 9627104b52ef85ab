// umask() and the user and group ids.
const old = process.umask();
console.log(typeof old);
console.log(process.umask(0o22) === old);
console.log(process.umask('027'), process.umask(old));
try {
  process.umask('z');
} catch (e) {
  console.log(e.code, e.message);
}
console.log(typeof process.getuid(), process.getuid() === process.geteuid());
console.log(typeof process.getgid(), process.getgid() === process.getegid());
