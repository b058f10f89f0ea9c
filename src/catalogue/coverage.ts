/**
 * How trustworthy the catalogue is, in figures (issue 10, items 11–12): the share of procedures with a
 * settled cost, a settled maximum time and an official source; the states with an official source; and
 * every source on a banned host (document-sharing sites and blogs copy official texts without their
 * authority and go stale: never a source), and every source on any other non-official host (law firms,
 * consultancies, news, UNCTAD's eRegulations copies: the official original is cited instead).
 * `npm run content:check` prints these and fails on any of them (`contentErrors`).
 */
import type { ParsedCatalogue as Catalogue } from './validate.ts';

/** Document-sharing and blog hosts: a copy is never the source (the official original is). */
export const BANNED_HOSTS = [
  'scribd.com', 'blogspot.com', 'studylib.es', 'studylib.net', 'slideshare.net', 'docplayer.es', 'docplayer.net',
  'pdfcoffee.com', 'issuu.com', 'academia.edu', 'coursehero.com', 'wordpress.com', 'medium.com', 'dokumen.pub',
  'es.slideshare.net', 'yumpu.com', 'calameo.com', 'pdfslide.net', 'vdocuments.mx', 'idoc.pub',
];

/**
 * Official hosts: the federal, state and municipal governments (gob.mx), and public bodies outside it.
 * paot.org.mx is the Procuraduría Ambiental y del Ordenamiento Territorial, a decentralised body of the
 * Mexico City government (its Ley Orgánica, art. 2), which publishes the city's environmental laws.
 */
const OFFICIAL_EXTRA = ['infonavit.org.mx', 'imss.gob.mx', 'cne.gob.mx', 'ine.mx', 'inegi.org.mx', 'banxico.org.mx', 'cenace.gob.mx', 'cdmx.gob.mx', 'scjn.gob.mx', 'paot.org.mx'];

/** The lower-cased host of a URL ('' when it is not one). */
export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};
/** The host is the domain or one of its subdomains. */
export const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
export const isBanned = (url: string) => BANNED_HOSTS.some((d) => under(hostOf(url), d));
export const isOfficial = (url: string) => {
  const h = hostOf(url);
  return under(h, 'gob.mx') || OFFICIAL_EXTRA.some((d) => under(h, d));
};

export interface Coverage {
  procedures: number;
  settledCost: number;
  settledTime: number;
  officialSource: number;
  states: number;
  statesWithOfficialSource: number;
  /** `where: url` for every source on a banned host. */
  banned: string[];
  /** `where: url` for every cited URL that is not on an official host (banned ones included). */
  nonOfficial: string[];
  /** Procedures missing each figure, for the editors. */
  missing: { cost: string[]; time: string[]; official: string[]; stateSources: string[] };
}

/** Every URL a catalogue cites, with where it is cited. */
function* citedUrls(c: Catalogue): Generator<[string, string]> {
  for (const p of c.procedures) {
    for (const s of p.sources) yield [`procedure ${p.id}`, s.url];
    if (p.officialUrl) yield [`procedure ${p.id} (officialUrl)`, p.officialUrl];
    for (const st of p.steps) if (st.channel.url) yield [`procedure ${p.id} (channel)`, st.channel.url];
  }
  for (const s of c.states) {
    for (const x of s.sources) yield [`state ${s.code}`, x.url];
    if (s.secretariat.url) yield [`state ${s.code} (secretariat)`, s.secretariat.url];
    if (s.oneStopShop.url) yield [`state ${s.code} (one-stop shop)`, s.oneStopShop.url];
  }
  for (const a of c.authorities) if (a.url) yield [`authority ${a.id}`, a.url];
  for (const l of c.laws) if (l.url) yield [`law ${l.id}`, l.url];
  for (const o of c.offices) if (o.url) yield [`office ${o.id}`, o.url];
  for (const o of c.opportunities ?? []) {
    for (const x of o.sources) yield [`opportunity ${o.id}`, x.url];
    if (o.instrument.url) yield [`opportunity ${o.id} (instrument)`, o.instrument.url];
  }
}

/** Every URL a directory entry cites: its sources, website and certification evidence. */
function* directoryUrls(c: Catalogue): Generator<[string, string]> {
  for (const e of c.directory ?? []) {
    for (const x of e.sources) yield [`directory ${e.id}`, x.url];
    if (e.website) yield [`directory ${e.id} (website)`, e.website];
    for (const x of e.certifications) if (x.evidence) yield [`directory ${e.id} (${x.code} evidence)`, x.evidence];
  }
}

export function coverage(c: Catalogue): Coverage {
  const cost = c.procedures.filter((p) => p.steps.every((s) => s.costs.every((x) => !x.unverified)));
  const time = c.procedures.filter((p) => p.steps.every((s) => !s.timeframe.unverified));
  const official = c.procedures.filter((p) => [...p.sources.map((s) => s.url), p.officialUrl ?? ''].some(isOfficial));
  const statesOk = c.states.filter((s) => s.sources.some((x) => isOfficial(x.url)));
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const not = (set: Set<string>) => c.procedures.filter((p) => !set.has(p.id)).map((p) => p.id);
  return {
    procedures: c.procedures.length,
    settledCost: cost.length,
    settledTime: time.length,
    officialSource: official.length,
    states: c.states.length,
    statesWithOfficialSource: statesOk.length,
    // Directory entries may cite institutional sites (a cluster's own), so only the banned hosts apply to them.
    banned: [...citedUrls(c), ...directoryUrls(c)].filter(([, url]) => isBanned(url)).map(([where, url]) => `${where}: ${url}`),
    nonOfficial: [...citedUrls(c)].filter(([, url]) => !isOfficial(url)).map(([where, url]) => `${where}: ${url}`),
    missing: {
      cost: not(ids(cost)),
      time: not(ids(time)),
      official: not(ids(official)),
      stateSources: c.states.filter((s) => !statesOk.includes(s)).map((s) => s.code),
    },
  };
}

export const GOALS = { procedures: 70, settledCost: 0.8, settledTime: 0.8, officialSource: 0.95 } as const;

export function coverageReport(v: Coverage): string[] {
  const pct = (n: number) => `${((100 * n) / Math.max(1, v.procedures)).toFixed(0)} %`;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  return [
    `procedures: ${v.procedures} (goal ≥ ${GOALS.procedures}: ${mark(v.procedures >= GOALS.procedures)})`,
    `settled cost: ${v.settledCost}/${v.procedures} = ${pct(v.settledCost)} (goal ≥ 80 %: ${mark(v.settledCost >= GOALS.settledCost * v.procedures)})`,
    `settled maximum time: ${v.settledTime}/${v.procedures} = ${pct(v.settledTime)} (goal ≥ 80 %: ${mark(v.settledTime >= GOALS.settledTime * v.procedures)})`,
    `official source: ${v.officialSource}/${v.procedures} = ${pct(v.officialSource)} (goal ≥ 95 %: ${mark(v.officialSource >= GOALS.officialSource * v.procedures)})`,
    `states with an official source: ${v.statesWithOfficialSource}/${v.states} (goal 32/32: ${mark(v.statesWithOfficialSource === v.states)})`,
    `banned source hosts: ${v.banned.length}`,
    `non-official sources: ${v.nonOfficial.length}`,
  ];
}

/**
 * What makes `npm run content:check` fail: a source on a banned host, or — since the catalogue reached zero
 * non-official sources (issue 10, December 2026) — any source that is not official, so none creeps back in.
 */
export function contentErrors(v: Coverage): string[] {
  const errors: string[] = [];
  if (v.banned.length) errors.push(`banned source hosts (cite the official original instead):\n  ${v.banned.join('\n  ')}`);
  const other = v.nonOfficial.filter((x) => !v.banned.includes(x));
  if (other.length) errors.push(`non-official sources (cite the official original, or flag the fact "to be confirmed"):\n  ${other.join('\n  ')}`);
  return errors;
}
