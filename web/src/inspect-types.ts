/** What web/src/inspect.ts answers, without the DOM, so the e2e tests (Node) share the types. */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Inspect {
  /** Visible nodes: id, label, type, kind, model and rendered positions. */
  nodes(): {
    id: string;
    label: string;
    type: string;
    kind: string | null;
    x: number;
    y: number;
    rx: number;
    ry: number;
  }[];
  /** Labels shown (not hidden by the declutter), with their boxes in rendered pixels. */
  labels(): { id: string; box: Box }[];
  /** The kinds drawn, as the legend keys them ("node:region:city", "edge:PARTNER"). */
  drawnKinds(): string[];
  selected(): string[];
  /** Ids of the elements marked as on a shortest path, and of those on the one chosen in the path list. */
  pathMarks(): { path: string[]; chosen: string[] };
  zoom(): number;
}
