import { basename } from 'node:path';
import { readAgencyNames, readYearFigures, replaceSourceConflicts, type DocumentConflict, type YearFigure } from '../../output/cross-year.js';
import type { Store } from '../../output/store.js';
import type { Conflict, Interval } from '../../schemas/types.js';
import { CONFLICT_SEVERITY } from './conflict.js';
import { entirelyBelow, formatInterval, formatValue, intervalsOverlap, sumIntervals } from './interval.js';

/**
 * The cross-year pass: after a run, reports of one agency are compared across years in the
 * database. It is the one reconcile check that reads more than one document, so it runs over the
 * store, not inside the per-document stage; its conflicts are attached to the later report with
 * `relatedDoc` naming the earlier one.
 */
export const CROSS_YEAR_SOURCE = 'cross-year';

const METRICS = ['apply.carried_out.total', 'apply.carried_in.total', 'active.cumulative', 'active.total'] as const;

/** When an agency name picks out one organ, so that two reports with it are the same organ's. */
export const AGENCY_RULES: readonly { id: string; pattern: RegExp; example: string }[] = [
  { id: 'agency/place-named', pattern: /[省市县区州旗盟镇乡村]|街道|开发区|实验区|新区/, example: '平潭综合实验区' },
  { id: 'agency/central-organ', pattern: /^(国家|国务院|中国|中华)|(部|总局|署)$/, example: '自然资源部' },
];

/** A leading 区/县/市 … is the writer's own level, not a place: 区住建委, 县统计局, 市教育局. */
const OWN_LEVEL = /^(本|全)?(区|县|市|省|州|镇|乡)(?=[^省市县区州旗盟镇乡村])/;

/**
 * The comparable form of an agency name, or undefined when the name could be any place's organ
 * (教育局, 区政府办公室): comparing those would pair reports of different organs.
 */
export function agencyKey(agency: string): string | undefined {
  const name = agency.replace(/[\s·•()（）]/g, '');
  const rest = name.replace(OWN_LEVEL, '');
  return AGENCY_RULES.some((rule) => rule.pattern.test(rest)) ? name : undefined;
}

interface Report {
  documentId: number;
  path: string;
  year: number;
  figures: Map<string, YearFigure>;
}

function conflictOn(later: YearFigure, earlier: Report, ruleId: string, metrics: string[], expected: Interval, message: string): DocumentConflict {
  const conflict: Conflict = {
    kind: 'cross_year',
    severity: CONFLICT_SEVERITY.cross_year,
    metrics,
    facts: [later.factKey],
    expected,
    observed: later.interval,
    message,
    source: CROSS_YEAR_SOURCE,
    ruleId,
    start: later.start,
    end: later.end,
    relatedDoc: earlier.path,
  };
  return { documentId: later.documentId, conflict };
}

/** What one check of a later report against an earlier one finds; undefined when it does not apply (a figure is missing). */
type Finding = DocumentConflict | typeof AGREES | undefined;
const AGREES = 'agrees';

/** 结转下年度继续办理 of year N is 上年结转 of year N+1. */
function carryOver(later: Report, earlier: Report): Finding {
  const carriedIn = later.figures.get('apply.carried_in.total');
  const carriedOut = earlier.figures.get('apply.carried_out.total');
  if (!carriedIn || !carriedOut || earlier.year !== later.year - 1) return undefined;
  if (intervalsOverlap(carriedIn.interval, carriedOut.interval)) return AGREES;
  return conflictOn(carriedIn, earlier, 'cross_year/carry-over', ['apply.carried_in.total', 'apply.carried_out.total'], carriedOut.interval,
    `${later.year} 年报告的“上年结转”为 ${formatValue(carriedIn.value)} 件，但 ${earlier.year} 年报告（${basename(earlier.path)}）“结转下年度继续办理” ${formatValue(carriedOut.value)} 件`);
}

/** A cumulative total cannot fall; one year on, it is last year's plus this year's. */
function cumulative(later: Report, earlier: Report): Finding {
  const now = later.figures.get('active.cumulative');
  const before = earlier.figures.get('active.cumulative');
  if (!now || !before) return undefined;
  if (entirelyBelow(now.interval, before.interval)) {
    return conflictOn(now, earlier, 'cross_year/cumulative-fell', ['active.cumulative'], { low: before.interval.low, high: Infinity, highOpen: true },
      `${later.year} 年历年累计主动公开 ${formatValue(now.value)} 条，少于 ${earlier.year} 年报告（${basename(earlier.path)}）的历年累计 ${formatValue(before.value)} 条；累计数不会减少`);
  }
  const added = later.figures.get('active.total');
  if (!added || earlier.year !== later.year - 1) return AGREES;
  const expected = sumIntervals([before.interval, added.interval]);
  if (intervalsOverlap(now.interval, expected)) return AGREES;
  return conflictOn(now, earlier, 'cross_year/cumulative-growth', ['active.cumulative', 'active.total'], expected,
    `${later.year} 年历年累计主动公开 ${formatValue(now.value)} 条，但 ${earlier.year} 年累计 ${formatValue(before.value)} 条加本年主动公开 ${formatValue(added.value)} 条应为 ${formatInterval(expected)} 条`);
}

/**
 * One check of `later` against every report of the earlier year it is compared with: an agency
 * may have several reports of one year (copies in two formats, a report and its correction), and
 * if any of them agrees there is nothing to review. Otherwise the conflict names the first of
 * them and says how many disagree, so that an archive of copies gives one conflict per report
 * and check, not one per pair (at 50,000 synthetic documents, 16 reports per agency and year,
 * pairs made 106,004 conflicts and 285 MB).
 */
function checkAgainstYear(check: (later: Report, earlier: Report) => Finding, later: Report, earlier: readonly Report[]): DocumentConflict | undefined {
  let first: DocumentConflict | undefined;
  let disagreeing = 0;
  for (const report of earlier) {
    const found = check(later, report);
    if (found === AGREES) return undefined;
    if (!found) continue;
    first ??= found;
    disagreeing++;
  }
  if (first && disagreeing > 1) first.conflict.message += `；该年共有 ${disagreeing} 份同机关报告，均不相符`;
  return first;
}

/** Every cross-year conflict among the reports' figures. Pure: the same figures give the same conflicts. */
export function crossYearConflicts(figures: readonly YearFigure[]): DocumentConflict[] {
  const byAgency = new Map<string, Map<number, Report>>();
  for (const figure of figures) {
    const key = agencyKey(figure.agency);
    if (!key) continue;
    let reports = byAgency.get(key);
    if (!reports) byAgency.set(key, (reports = new Map()));
    let report = reports.get(figure.documentId);
    if (!report) reports.set(figure.documentId, (report = { documentId: figure.documentId, path: figure.path, year: figure.year, figures: new Map() }));
    report.figures.set(figure.metric, figure);
  }
  const out: DocumentConflict[] = [];
  for (const reports of byAgency.values()) {
    // Year by year, so that an agency with thousands of reports is not compared pairwise.
    const byYear = new Map<number, Report[]>();
    for (const report of [...reports.values()].sort((a, b) => a.year - b.year || a.path.localeCompare(b.path))) {
      const ofYear = byYear.get(report.year);
      if (ofYear) ofYear.push(report);
      else byYear.set(report.year, [report]);
    }
    // Cumulative totals are compared with the nearest earlier year that states one.
    let nearestWithCumulative: Report[] = [];
    for (const [year, ofYear] of byYear) {
      for (const later of ofYear) {
        for (const found of [checkAgainstYear(carryOver, later, byYear.get(year - 1) ?? []), checkAgainstYear(cumulative, later, nearestWithCumulative)]) {
          if (found) out.push(found);
        }
      }
      const stating = ofYear.filter((r) => r.figures.has('active.cumulative'));
      if (stating.length > 0) nearestWithCumulative = stating;
    }
  }
  return out;
}

/**
 * Recomputes every cross-year conflict in the database. Idempotent: a re-run with nothing changed
 * leaves the table as it was, and a conflict that no longer holds (either report changed) is removed.
 */
export function reconcileAcrossYears(store: Store): { added: number; removed: number; kept: number } {
  // One agency at a time (the names that share its key), so that memory holds one agency's
  // figures, not the archive's: at 50,000 documents, all at once cost about 100 MB.
  const namesByKey = new Map<string, string[]>();
  for (const name of readAgencyNames(store)) {
    const key = agencyKey(name);
    if (key) namesByKey.set(key, [...(namesByKey.get(key) ?? []), name]);
  }
  const conflicts: DocumentConflict[] = [];
  for (const names of namesByKey.values()) conflicts.push(...crossYearConflicts(readYearFigures(store, METRICS, names)));
  return replaceSourceConflicts(store, CROSS_YEAR_SOURCE, conflicts);
}
