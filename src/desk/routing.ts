/**
 * Who gets a new case (issue 11, item 4). A case about a state goes to that state's officers; any
 * other, or a state with no officer, to the advisors. Among the candidates below their capacity, the
 * one with the fewest open cases, then the one who received a case longest ago (round robin among
 * equals). Nobody free: the case waits unassigned, "received", in the inbox.
 */
import type { Queryable } from '../db/client.ts';
import { candidates } from './queries.ts';

export async function chooseAssignee(tx: Queryable, state: string | null, capacity: number): Promise<{ id: string; name: string } | null> {
  const pools = state ? [await candidates(tx, 'state-officer', state)] : [];
  pools.push(await candidates(tx, 'advisor', null));
  for (const pool of pools) {
    if (!pool.length) continue;
    const free = pool.filter((c) => c.open < capacity);
    if (!free.length) continue; // all busy: the next pool (advisors) may take it
    free.sort((a, b) => a.open - b.open || (a.last?.getTime() ?? 0) - (b.last?.getTime() ?? 0) || a.id.localeCompare(b.id));
    return { id: free[0]!.id, name: free[0]!.name };
  }
  return null;
}
