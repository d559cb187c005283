import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isLabeled } from '../../schemas/catalog.js';

/**
 * Which predicted facts gold confirms, decided exactly as ../shared/tools/score.mjs decides it:
 * per document, each gold fact in order takes the first unused prediction with its metric (or an
 * `alt`), the same value, and a matching label where the metric is labelled.
 */

export interface GoldFact {
  metric: string;
  alt?: string[];
  label?: string;
  value: number;
}

export interface Predicted {
  doc: string;
  metric: string;
  label: string | null;
  value: number;
}

const stem = (path: string) => basename(path).replace(/\.[^.]+$/, '');

/** The scorer's loose label comparison: punctuation and generic suffixes dropped, then containment. */
export function normLabel(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')
    .replace(/[\s、，,。.（）()“”"'：:；;·\-—]/g, '')
    .replace(/(政府)?信息$/, '').replace(/类$/, '').replace(/(政府)?信息$/, '').replace(/类$/, '');
}

function labelsMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normLabel(a);
  const y = normLabel(b);
  if (!x && !y) return true;
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x);
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Gold facts by document stem, read from a gold folder. */
export function readGoldFacts(goldDir: string): Map<string, GoldFact[]> {
  const out = new Map<string, GoldFact[]>();
  if (!existsSync(goldDir)) return out;
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as { doc?: string; facts?: GoldFact[] };
    out.set(stem(gold.doc ?? name), gold.facts ?? []);
  }
  return out;
}

/** For each prediction (in the order given, which must be the export's), whether gold confirms it. */
export function matchPredictions(predicted: readonly Predicted[], gold: ReadonlyMap<string, GoldFact[]>): boolean[] {
  const correct = new Array<boolean>(predicted.length).fill(false);
  const byDoc = new Map<string, number[]>();
  predicted.forEach((p, i) => {
    const key = stem(p.doc);
    const list = byDoc.get(key);
    if (list) list.push(i);
    else byDoc.set(key, [i]);
  });
  for (const [doc, indexes] of byDoc) {
    const used = new Set<number>();
    for (const g of gold.get(doc) ?? []) {
      const metricOk = (m: string) => m === g.metric || (g.alt ?? []).includes(m);
      const hit = indexes.find((i) => {
        const p = predicted[i];
        return !used.has(i) && metricOk(p.metric) && sameValue(p.value, g.value) && (!isLabeled(p.metric) || labelsMatch(p.label, g.label));
      });
      if (hit !== undefined) {
        used.add(hit);
        correct[hit] = true;
      }
    }
  }
  return correct;
}
