/** A growable list of 32-bit integers (no boxed numbers, doubling growth). */
export class IntBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  /** Appends `value`. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values pushed so far. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
