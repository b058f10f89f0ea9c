/**
 * What leaves the process: the figures with small counts suppressed (1–4 become null, "< 5" on the
 * page and in CSV) and shares computed only from 5 or more. The page, the JSON and the CSVs all
 * come from here, so they never disagree.
 */
import type { Figures } from './figures.ts';
import { publicCount as pc, SUPPRESS_BELOW } from './figures.ts';

const share = (part: number, whole: number): number | null => (whole >= SUPPRESS_BELOW ? Math.round((part / whole) * 1000) / 1000 : null);

export function presentStats(f: Figures) {
  return {
    computedAt: f.computedAt,
    since: f.since,
    targetHours: f.targetHours,
    receivedByMonth: f.byMonth.map((m) => ({ month: m.month, web: pc(m.web), api: pc(m.api), chat: pc(m.chat), total: pc(m.web + m.api + m.chat) })),
    receivedByState: f.byState.map((s) => ({ state: s.state, count: pc(s.count) })),
    receivedByTopic: f.byTopic.map((t) => ({ topic: t.kind, count: pc(t.count) })),
    firstResponse: {
      cases: pc(f.firstResponse.cases),
      medianHours: f.firstResponse.medianHours,
      p90Hours: f.firstResponse.p90Hours,
      withinTarget: pc(f.firstResponse.withinTarget),
      due: pc(f.firstResponse.due),
      shareWithinTarget: share(f.firstResponse.withinTarget, f.firstResponse.due),
    },
    resolution: { cases: pc(f.resolution.cases), medianHours: f.resolution.medianHours, p90Hours: f.resolution.p90Hours },
    satisfaction: { ratings: pc(f.satisfaction.ratings), average: f.satisfaction.average, byScore: f.satisfaction.byScore.map((s) => ({ score: s.score, count: pc(s.count) })) },
    catalogue: {
      procedures: f.catalogue.procedures,
      verifiedLast6Months: f.catalogue.verified6,
      verifiedLast12Months: f.catalogue.verified12,
      shareVerifiedLast6Months: share(f.catalogue.verified6, f.catalogue.procedures),
      shareVerifiedLast12Months: share(f.catalogue.verified12, f.catalogue.procedures),
      openErrorReports: pc(f.catalogue.openReports),
      openErrorReportsMedianAgeDays: f.catalogue.openReportsMedianDays,
    },
    searchesWithoutResults: f.searchesWithoutResults.map((s) => ({ query: s.query, count: s.count })),
    // Snapshots from before page feedback existed have no such field.
    pageFeedback: (f.pageFeedback ?? []).map((p) => ({ section: p.section, yes: pc(p.yes), no: pc(p.no), answers: pc(p.yes + p.no), shareUseful: share(p.yes, p.yes + p.no) })),
  };
}

export type PublicStats = ReturnType<typeof presentStats>;

/** The CSV downloads: one per table of the page. */
export const CSV_TABLES = ['received-by-month', 'received-by-state', 'received-by-topic', 'service-times', 'satisfaction', 'catalogue', 'searches-without-results', 'page-feedback'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const cell = (v: string | number | null): string => {
  if (v === null) return '<5';
  const s = String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function statsCsv(s: PublicStats, table: CsvTable): string {
  const rows: (string | number | null)[][] = (() => {
    switch (table) {
      case 'received-by-month':
        return [['month', 'web', 'api', 'chat', 'total'], ...s.receivedByMonth.map((m) => [m.month, m.web, m.api, m.chat, m.total])];
      case 'received-by-state':
        return [['state', 'count'], ...s.receivedByState.map((r) => [r.state ?? '', r.count])];
      case 'received-by-topic':
        return [['topic', 'count'], ...s.receivedByTopic.map((r) => [r.topic, r.count])];
      case 'service-times':
        return [
          ['measure', 'cases', 'median_business_hours', 'p90_business_hours', 'target_business_hours', 'share_within_target'],
          ['first_response', s.firstResponse.cases, nil(s.firstResponse.medianHours), nil(s.firstResponse.p90Hours), s.targetHours, nil(s.firstResponse.shareWithinTarget)],
          ['resolution', s.resolution.cases, nil(s.resolution.medianHours), nil(s.resolution.p90Hours), '', ''],
        ];
      case 'satisfaction':
        return [['score', 'count'], ...s.satisfaction.byScore.map((r) => [r.score, r.count])];
      case 'catalogue':
        return [
          ['figure', 'value'],
          ['procedures', s.catalogue.procedures],
          ['verified_last_6_months', s.catalogue.verifiedLast6Months],
          ['verified_last_12_months', s.catalogue.verifiedLast12Months],
          ['open_error_reports', s.catalogue.openErrorReports],
          ['open_error_reports_median_age_days', nil(s.catalogue.openErrorReportsMedianAgeDays)],
        ];
      case 'searches-without-results':
        return [['query', 'count'], ...s.searchesWithoutResults.map((r) => [r.query, r.count])];
      case 'page-feedback':
        return [['section', 'yes', 'no', 'answers', 'share_useful'], ...s.pageFeedback.map((r) => [r.section, r.yes, r.no, r.answers, nil(r.shareUseful)])];
    }
  })();
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A withheld figure (too few cases) is an empty cell in CSV, not "<5" (it is not a count). */
const nil = (v: number | null): string | number => (v === null ? '' : v);

