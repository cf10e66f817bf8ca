/**
 * Gives each distinct string a small integer, its position in `values`, in the order first seen: for
 * lists sent once and referred to by position (the loader's batch ids, rows.ts), and for interning a few
 * distinct strings repeated over a million uses (the path network's relationship types and roles).
 */
export class Positions {
  readonly values: string[] = [];
  private readonly byValue = new Map<string, number>();

  of(value: string): number {
    let position = this.byValue.get(value);
    if (position === undefined) {
      position = this.values.length;
      this.values.push(value);
      this.byValue.set(value, position);
    }
    return position;
  }
}
