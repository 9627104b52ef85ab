// console.log of class instances.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Empty {}
class Labeled extends Point {
  constructor() {
    super(0, 0);
    this.label = 'origin';
  }
}
console.log(new Point(1, 2));
console.log(new Empty());
console.log(new Labeled());
console.log([new Point(3, 4)]);
console.log({ p: new Point(5, 6) });
