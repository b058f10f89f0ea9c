/** Property tests of the scheduler on random DAGs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { schedule, type Task } from './schedule.ts';

/** Random DAG: task i may only depend on tasks with a smaller index, then shuffled. */
const dag = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })), { minLength: n, maxLength: n }),
      fc.array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: n, maxLength: n }),
      fc.array(fc.nat(), { minLength: n, maxLength: n }),
    ),
  )
  .map(([durations, deps, shuffle]) => {
    const tasks: Task[] = durations.map(([a, b], i) => ({
      id: `t${i}`,
      duration: { min: Math.min(a, b) / 10, max: Math.max(a, b) / 10 },
      after: i === 0 ? [] : [...new Set(deps[i]!.map((d) => `t${d % i}`))],
    }));
    return tasks.map((t, i) => ({ t, k: shuffle[i]! })).sort((x, y) => x.k - y.k).map((x) => x.t);
  });

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

test('every task starts after all its prerequisites finish, in both scenarios', () => {
  fc.assert(
    fc.property(dag, (tasks) => {
      const s = schedule(tasks);
      assert.equal(s.order.length, tasks.length);
      const pos = new Map(s.order.map((x, i) => [x.id, i]));
      const at = new Map(s.order.map((x) => [x.id, x]));
      for (const t of tasks) {
        const me = at.get(t.id)!;
        for (const a of t.after) {
          assert.ok(pos.get(a)! < pos.get(t.id)!, 'topological order');
          assert.ok(me.start.min >= at.get(a)!.end.min - 1e-9);
          assert.ok(me.start.max >= at.get(a)!.end.max - 1e-9);
        }
        assert.ok(close(me.end.min - me.start.min, t.duration.min) && close(me.end.max - me.start.max, t.duration.max));
      }
    }),
    { numRuns: 300 },
  );
});

test('the critical path is a chain of prerequisites whose length equals the plan duration', () => {
  fc.assert(
    fc.property(dag, (tasks) => {
      const s = schedule(tasks);
      const byId = new Map(tasks.map((t) => [t.id, t]));
      const path = s.criticalPath;
      assert.ok(path.length >= 1);
      assert.equal(s.order.find((x) => x.id === path[0])!.start.max, 0, 'the path starts at day 0');
      for (let i = 1; i < path.length; i++) assert.ok(byId.get(path[i]!)!.after.includes(path[i - 1]!), 'consecutive tasks are linked');
      const length = path.reduce((n, id) => n + byId.get(id)!.duration.max, 0);
      assert.ok(close(length, s.duration.max), `path ${length} vs duration ${s.duration.max}`);
      assert.ok(close(s.duration.max, Math.max(...s.order.map((x) => x.end.max))));
      assert.ok(s.duration.min <= s.duration.max + 1e-9);
    }),
    { numRuns: 300 },
  );
});

test('a cycle or an unknown prerequisite is refused', () => {
  assert.throws(() => schedule([{ id: 'a', duration: { min: 1, max: 1 }, after: ['b'] }, { id: 'b', duration: { min: 1, max: 1 }, after: ['a'] }]), /cycle/);
  assert.throws(() => schedule([{ id: 'a', duration: { min: 1, max: 1 }, after: ['zz'] }]), /unknown task/);
});
