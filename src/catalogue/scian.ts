/**
 * SCIAN 2023 (INEGI's North American Industry Classification for Mexico).
 * Data: content/scian2023_codes.csv, derived from the MIT-licensed
 * SIGAMty/django-scian fixture of INEGI's public classification.
 *
 * English titles (columns title_en, title_en_source):
 * - `naics`: the NAICS 2022 title of the same code (US Census Bureau, "2022 NAICS
 *   Structure", https://www.census.gov/naics/ — 2022_NAICS_Structure.xlsx; read from
 *   the CSV copy in github.com/dylowens/gics-app, 2022_NAICS_Structure.csv, identical
 *   to the copy in Design-01/stockbot_4). Used where the code means the same thing
 *   in both systems: codes NAICS marks as trilaterally comparable (T), 6-digit classes
 *   that are the only class of such an industry in both systems, sectors 31-33 and
 *   48-49, and a few national industries whose content matches the Spanish title.
 * - `ours`: Ventanilla's translation of the Spanish title, where NAICS has no
 *   corresponding code (Mexican classes, wholesale 43, retail 46, government 93) or
 *   the same number means something else (e.g. 111331 is coffee in SCIAN, apple
 *   orchards in NAICS).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locale } from '../i18n/locale.ts';
import { html, type SafeHtml } from '../web/html.ts';

export interface ScianEntry {
  code: string;
  level: 'sector' | 'subsector' | 'rama' | 'subrama' | 'clase';
  titleEs: string;
  titleEn: string;
  /** Where the English title comes from: the NAICS 2022 title of the same code, or our translation. */
  titleEnSource: 'naics' | 'ours';
}

export const SCIAN_ATTRIBUTION =
  'SCIAN 2023, INEGI. Data from the SIGAMty/django-scian fixture (MIT licence). ' +
  'English titles: NAICS 2022 (US Census Bureau, census.gov/naics) where the codes correspond; others translated by Ventanilla.';

/** Said once on English pages that list SCIAN titles (sector page, "Can I invest"). */
export const SCIAN_ENGLISH_NOTE = 'English titles: NAICS 2022 where codes correspond; others translated by Ventanilla.';

/** The entry's title in the page's language (Spanish when an English title is missing). */
export function scianTitle(entry: ScianEntry, locale: Locale): string {
  return locale === 'en' && entry.titleEn ? entry.titleEn : entry.titleEs;
}

/**
 * "code — title" in the page's language, and the language of that text when it differs
 * from the page's (for a lang attribute). A code not in SCIAN 2023 is shown alone.
 */
export function scianLabel(code: string, locale: Locale): { text: string; lang?: Locale } {
  const entry = scianEntry(code);
  if (!entry) return { text: code };
  const title = scianTitle(entry, locale);
  const lang: Locale = locale === 'en' && entry.titleEn ? 'en' : 'es';
  return lang === locale ? { text: `${code} — ${title}` } : { text: `${code} — ${title}`, lang };
}

/** scianLabel as HTML: a lang attribute only when the text is not in the page's language. */
export function scianLabelHtml(code: string, locale: Locale): SafeHtml {
  const { text, lang } = scianLabel(code, locale);
  return lang ? html`<span lang="${lang}">${text}</span>` : html`${text}`;
}

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
let byCode: Map<string, ScianEntry> | undefined;

function parse(text: string): ScianEntry[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [code, level, titleEs, , titleEn, source] = splitCsvLine(l);
      return {
        code: code!,
        level: level as ScianEntry['level'],
        titleEs: titleEs!,
        titleEn: titleEn ?? '',
        titleEnSource: source === 'naics' ? 'naics' : 'ours',
      };
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

/** One SCIAN 2023 entry by code, synchronously (for views; same one-time read as scianCodeSet). */
export function scianEntry(code: string): ScianEntry | undefined {
  byCode ??= new Map((cache ??= parse(readFileSync(FILE, 'utf8'))).map((e) => [e.code, e]));
  return byCode.get(code);
}
