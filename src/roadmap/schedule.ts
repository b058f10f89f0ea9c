/**
 * Scheduling a plan as a DAG: earliest start and finish of each task in
 * business days (a min and a max scenario), and the critical path of the max
 * scenario. Pure and generic: the engine and the property tests both use it.
 */
export interface Task {
  id: string;
  duration: { min: number; max: number };
  after: string[];
}

export interface Scheduled {
  id: string;
  start: { min: number; max: number };
  end: { min: number; max: number };
}

export interface Schedule {
  /** Tasks in a topological order (stable: input order among ready tasks). */
  order: Scheduled[];
  criticalPath: string[];
  duration: { min: number; max: number };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function schedule(tasks: Task[]): Schedule {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const indegree = new Map(tasks.map((t) => [t.id, 0]));
  const next = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  for (const t of tasks) {
    for (const a of t.after) {
      if (!byId.has(a)) throw new Error(`task ${t.id} depends on unknown task ${a}`);
      indegree.set(t.id, indegree.get(t.id)! + 1);
      next.get(a)!.push(t.id);
    }
  }
  const position = new Map(tasks.map((t, i) => [t.id, i]));
  const ready = new MinHeap((a: string, b: string) => position.get(a)! - position.get(b)!);
  for (const t of tasks) if (indegree.get(t.id) === 0) ready.push(t.id);
  const done = new Map<string, Scheduled>();
  const decisive = new Map<string, string | null>();
  const order: Scheduled[] = [];
  while (ready.size) {
    const id = ready.pop()!;
    const t = byId.get(id)!;
    let startMin = 0;
    // The predecessor that finishes last (max scenario) decides the start: it is on the critical path.
    let via: string | null = null;
    for (const a of t.after) {
      const p = done.get(a)!;
      startMin = Math.max(startMin, p.end.min);
      if (via === null || p.end.max > done.get(via)!.end.max) via = a;
    }
    const startMax = via ? done.get(via)!.end.max : 0;
    const s: Scheduled = {
      id,
      start: { min: r1(startMin), max: r1(startMax) },
      end: { min: r1(startMin + t.duration.min), max: r1(startMax + t.duration.max) },
    };
    done.set(id, s);
    decisive.set(id, via);
    order.push(s);
    for (const n of next.get(id)!) {
      indegree.set(n, indegree.get(n)! - 1);
      if (indegree.get(n) === 0) ready.push(n);
    }
  }
  if (order.length !== tasks.length) throw new Error('prerequisite cycle in plan');
  let last: Scheduled | undefined;
  for (const s of order) if (!last || s.end.max > last.end.max) last = s;
  const criticalPath: string[] = [];
  for (let id: string | null = last?.id ?? null; id; id = decisive.get(id) ?? null) criticalPath.unshift(id);
  return {
    order,
    criticalPath,
    duration: {
      min: r1(Math.max(0, ...order.map((s) => s.end.min))),
      max: last ? last.end.max : 0,
    },
  };
}

/** A binary min-heap: the ready set stays ordered in O(log n) per task (sorting it each time was quadratic). */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(x: T): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
