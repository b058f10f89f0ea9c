/**
 * SCIAN 2023 (INEGI's North American Industry Classification for Mexico).
 * Data: content/scian2023_codes.csv, derived from the MIT-licensed
 * SIGAMty/django-scian fixture of INEGI's public classification.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export interface ScianEntry {
  code: string;
  level: 'sector' | 'subsector' | 'rama' | 'subrama' | 'clase';
  titleEs: string;
}

export const SCIAN_ATTRIBUTION =
  'SCIAN 2023, INEGI. Data from the SIGAMty/django-scian fixture (MIT licence).';

/** Splits one CSV line, honouring double-quoted fields with doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

const FILE = new URL('./content/scian2023_codes.csv', import.meta.url);
let cache: ScianEntry[] | undefined;
let codes: Set<string> | undefined;

function parse(text: string): ScianEntry[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [code, level, titleEs] = splitCsvLine(l);
      return { code: code!, level: level as ScianEntry['level'], titleEs: titleEs! };
    });
}

export async function loadScian(): Promise<ScianEntry[]> {
  cache ??= parse(await readFile(FILE, 'utf8'));
  return cache;
}

/**
 * Every SCIAN 2023 code, for checking a sector's classes wherever the catalogue is
 * validated (the seed, an editor's draft). Synchronous: validation is; the file is
 * 140 kB and read once per process.
 */
export function scianCodeSet(): Set<string> {
  codes ??= new Set((cache ??= parse(readFileSync(FILE, 'utf8'))).map((e) => e.code));
  return codes;
}
