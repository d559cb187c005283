import { chineseNumeral } from '../../extractors/numbers/index.js';
import type { ReportFormat, ReportKind } from '../../schemas/catalog.js';
import type { ClassifiedDoc, DescribedDoc, ReportMetadata } from '../../schemas/types.js';
import { defineStage } from '../stage.js';
import { detectEnglishAgency, detectEnglishFormat, detectEnglishKind, detectEnglishRegion, detectEnglishTitle, detectEnglishYear } from './english.js';

/** A year as printed: 2017, 2017 年 (PDF spacing), 二○一二, 二〇一二. */
const YEAR = String.raw`((?:19|20)\d\s?\d|[二][〇○零][一二三四五六七八九〇○零]{2})\s*年`;
const REPORT_WORDS = String.raw`(?:政府信息公开|政务公开|信息公开|政府信息公開|政务信息公开)`;

function yearValue(printed: string): number | null {
  const digits = printed.replace(/\s/g, '');
  if (/^\d{4}$/.test(digits)) return Number(digits);
  const value = [...digits].map((ch) => chineseNumeral(ch === '○' || ch === '〇' ? '零' : ch)).join('');
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Lines that carry a page's publication data, not the report year (发布时间: 2021-01-28). */
const PUBLICATION_LINE = /(发布|生成|公开|更新|成文|印发)(时间|日期)|来源[:：]|浏览次数|点击数|索引号/;

interface YearRule {
  id: string;
  pattern: RegExp;
  example: string;
}

/**
 * Ways a report states the year it covers, most telling first. The statistics period and a
 * title outrank any year mentioned in passing; publication dates are never used.
 */
const YEAR_RULES: YearRule[] = [
  { id: 'year/title', pattern: new RegExp(YEAR + String.raw`度?\s*(?:[^\n。，,]{0,30}?)` + REPORT_WORDS + String.raw`[^\n。]{0,12}(?:年度报告|年报|工作报告|报告|总结|落实情况)`), example: '吉林经开区教育局2017年政府信息公开工作年度报告' },
  { id: 'year/compiled', pattern: new RegExp(String.raw`编制(?:完成)?的?\s*` + YEAR + '度?'), example: '编制的 2012 年度政府信息公开工作年度报告' },
  { id: 'year/statistics-period', pattern: new RegExp(String.raw`(?:统计期限|统计时间|数据统计期限|统计期)[^\n。]{0,10}?` + YEAR + String.raw`\s*1\s*月\s*1\s*日`), example: '本报告所列数据的统计期限自2014年1月1日起' },
  { id: 'year/period', pattern: new RegExp(YEAR + String.raw`\s*1\s*月\s*1\s*日\s*(?:起\s*)?至`), example: '2019年1月1日至12月31日' },
  { id: 'year/opening', pattern: new RegExp(String.raw`(?:^|\n)\s*` + YEAR + String.raw`度?\s*[，,]`), example: '2019 年，市教育局认真贯彻落实…' },
];

/** Book titles name other documents (《…2021年政府信息公开工作年度报告》 in a 2022 report): blanked, same length. */
function withoutBookTitles(text: string): string {
  return text.replace(/《[^》\n]{0,80}》/g, (m) => ' '.repeat(m.length));
}

export function detectYear(text: string): { year: number | null; evidence: string } {
  const lines = text.split('\n').filter((line) => !PUBLICATION_LINE.test(line));
  const body = withoutBookTitles(lines.join('\n'));
  for (const rule of YEAR_RULES) {
    const match = rule.pattern.exec(body);
    const year = match ? yearValue(match[1]) : null;
    if (year && year >= 2000 && year <= 2100) return { year, evidence: `${rule.id}: ${match![0].trim().slice(0, 40)}` };
  }
  // Fall back to the year the text names most often, which in a report is the year reported on.
  const counts = new Map<number, number>();
  for (const match of body.matchAll(new RegExp(YEAR, 'g'))) {
    const year = yearValue(match[1]);
    if (year && year >= 2000 && year <= 2100) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], evidence: `year/most-frequent: ${best[0]} ×${best[1]}` } : { year: null, evidence: 'year/none' };
}

/** Words that end the name of an issuing organ. */
const ORGAN_END = String.raw`(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理委员会|管委会|委|局|厅|署|部|办|中心|街道办事处|办事处|政府|总队|公司|院|馆|镇|乡|街道|区|县|市)`;
const ORGAN = new RegExp(String.raw`([\u4e00-\u9fa5、（）()]{2,40}?` + ORGAN_END + ')');

/** Words that show a match ran into a sentence rather than a name (我局共收到政府…). */
const NOT_A_NAME = /共|收到|接到|通过|受理|发布|公开|开展|认真|坚持|推进|以下简称|根据|按照|进一步/;

function cleanAgency(name: string): string | null {
  let agency = name.replace(/^(关于|我|本|现将|根据|由|按照|特向社会公布|现发布|发布)+/, '').replace(/[（(].*?[）)]$/, '').trim();
  agency = agency.replace(/^[《“"#\s]+/, '');
  if (agency.length < 2 || /^(市|区|县|本|我|该)/.test(agency) && agency.length <= 2) return null;
  if (/^(年度|报告|工作|政府信息|信息公开)/.test(agency) || NOT_A_NAME.test(agency.replace(/（[^）]*）/g, ''))) return null;
  return agency;
}

interface AgencyRule {
  id: string;
  pattern: RegExp;
  example: string;
}

/** How reports name their issuer, most reliable first. */
const AGENCY_RULES: AgencyRule[] = [
  {
    id: 'agency/compiled-by',
    pattern: new RegExp(String.raw`由([\u4e00-\u9fa5、\n]{2,40}?` + ORGAN_END + String.raw`)(?:[（(][^）)]{0,20}[）)])?(?:根据[^\n。]{0,60}?)?(?:编制|编写|制作|综合)`),
    example: '由北京市统计局、国家统计局北京调查总队(以下简称统计局队)编制的 2012 年度政府信息公开工作年度报告',
  },
  {
    id: 'agency/title',
    pattern: new RegExp(String.raw`(?:^|\n)[#*\s]*(?:标题[:：]\s*)?(?:关于)?([\u4e00-\u9fa5、（）()]{2,40}?` + ORGAN_END + String.raw`)\s*(?:\n\s*)?` + YEAR + '度?'),
    example: '吉林经开区教育局\n2017年政府信息公开工作年度报告',
  },
  { id: 'agency/title-after-year', pattern: new RegExp(String.raw`(?:^|\n)\s*` + YEAR + String.raw`度?([\u4e00-\u9fa5、]{2,30}?` + ORGAN_END + ')' + REPORT_WORDS), example: '2018年度溪湖区教育局政府信息公开报告' },
  { id: 'agency/publisher', pattern: new RegExp(String.raw`发布(?:机构|单位)\s*[:：|]\s*\|?\s*([\u4e00-\u9fa5、]{2,40}?` + ORGAN_END + ')'), example: '发布机构 | 乌恰县人民政府' },
  {
    id: 'agency/published-title',
    pattern: new RegExp(String.raw`(?:公布|发布|编制了?)\s*《?([\u4e00-\u9fa5、]{2,40}?` + ORGAN_END + String.raw`)\s*` + YEAR + '度?' + String.raw`[^\n。]{0,8}` + REPORT_WORDS),
    example: '特向社会公布益阳高新区市场监督管理局2020年度政府信息公开工作年度报告',
  },
  {
    id: 'agency/contact',
    pattern: new RegExp(String.raw`请(?:与|联系)([\u4e00-\u9fa5]{2,40}?` + ORGAN_END + String.raw`)(?:办公室|综合\S{0,3}科|[\u4e00-\u9fa5]{0,6}(?:科|处|室))?\s*(?:联系|[（(])`),
    example: '请与青岛西海岸新区自然资源局综合一科联系',
  },
  {
    id: 'agency/year-we',
    pattern: new RegExp(
      YEAR + String.raw`度?\s*[，,]?\s*([\u4e00-\u9fa5]{2,30}?` + ORGAN_END + String.raw`)(?:认真|坚持|深入|紧紧|严格|全面|进一步|按照|围绕|以|在|始终|继续|不断|持续|积极|高度|全力|着力|扎实|政务|政府信息|信息公开)`,
    ),
    example: '2022年，撫遠市自然資源局不斷強化宣傳信息報送工作',
  },
];

/**
 * The issuing organ. A rule that reads a year with the name (…局2019年度报告) only counts when it
 * is the report's year: reports cite last year's report by its full title.
 */
export function detectAgency(text: string, year: number | null = null): { agency: string | null; evidence: string } {
  const head = text.slice(0, 6000);
  for (const rule of AGENCY_RULES) {
    for (const match of head.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      const groups = match.slice(1);
      const printedYear = groups.find((g) => g && /^\s*((?:19|20)\d\s?\d|[二][〇○零])/.test(g));
      if (year !== null && printedYear && yearValue(printedYear) !== year) continue;
      const group = groups.find((g) => g && g !== printedYear && ORGAN.test(g));
      const agency = group ? cleanAgency(group.replace(/\n/g, '')) : null;
      if (agency) return { agency, evidence: `${rule.id}: ${match[0].trim().slice(0, 40)}` };
    }
  }
  return { agency: null, evidence: 'agency/none' };
}

/** Region: the administrative prefix of the agency, or an address that names province and city. */
export function detectRegion(text: string, agency: string | null): string | null {
  const address = /([\u4e00-\u9fa5]{2,4}省[\u4e00-\u9fa5]{2,5}?市(?:[\u4e00-\u9fa5]{1,5}?[区县])?)/.exec(text.slice(0, 8000));
  if (address) return address[1];
  if (!agency) return null;
  const prefix = /^((?:[\u4e00-\u9fa5]{2,4}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{2,5}?(?:市|州|盟))?(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|旗))?)/.exec(agency);
  return prefix && prefix[1].length >= 2 ? prefix[1] : null;
}

/** The template is told by its table headers, not by the year (a 2020 report may still use 2019's). */
export function detectFormat(text: string): { format: ReportFormat; evidence: string } {
  const t2021 = /本年制发件数|本年废止件数|现行有效件数|本年收费金额|逾期不补正|逾期未按收费通知/.exec(text);
  const t2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购总金额/.exec(text);
  if (t2021) return { format: 'template2021', evidence: `format/2021-headers: ${t2021[0]}` };
  if (t2019) return { format: 'template2019', evidence: `format/2019-headers: ${t2019[0]}` };
  const tableWords = /第二十条第[（(][一五六八九][）)]项|本年新收政府信息公开申请数量|结转下年度继续办理/.exec(text);
  if (tableWords) return { format: 'mixed', evidence: `format/template-rows-without-headers: ${tableWords[0]}` };
  return { format: 'prose', evidence: 'format/no-template-table' };
}

export function detectKind(title: string | null, text: string): { kind: ReportKind; evidence: string } {
  const head = title ?? text.slice(0, 200);
  const summary = /工作总结|要点落实情况|落实情况报告/.exec(head);
  return summary ? { kind: 'work_summary', evidence: `kind/summary-title: ${summary[0]}` } : { kind: 'annual_report', evidence: 'kind/default' };
}

/** The title: the first line (or two) that names a report or summary. */
export function detectTitle(text: string): string | null {
  const lines = text.split('\n').slice(0, 15).map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 80 || PUBLICATION_LINE.test(line)) continue;
    if (/(年度报告|年报|工作报告|工作情况报告|工作总结|落实情况)$/.test(line)) {
      const previous = lines[i - 1];
      if (previous && previous.length <= 30 && new RegExp(ORGAN_END + '$').test(previous) && !/[。，]/.test(previous)) return previous + line;
      return line.replace(/^标题[:：]\s*/, '');
    }
    if (/(政府信息公开|信息公开)$/.test(line) && lines[i + 1] && /^(工作)?年度报告|^工作年度报告/.test(lines[i + 1])) return line + lines[i + 1];
  }
  return null;
}

export const describe = defineStage<ClassifiedDoc, DescribedDoc>(
  { name: 'metadata', version: '1', description: 'title, year covered, agency, region, template format and kind of report' },
  (doc) => {
    const english = doc.language === 'en';
    const title = english ? detectEnglishTitle(doc.text) : detectTitle(doc.text);
    const year = english ? detectEnglishYear(doc.text) : detectYear(doc.text);
    const agency = english ? detectEnglishAgency(doc.text) : detectAgency(doc.text, year.year);
    // An English version may still carry the Chinese template tables.
    const chineseFormat = detectFormat(doc.text);
    const format = english && chineseFormat.format === 'prose' ? detectEnglishFormat(doc.text) : chineseFormat;
    const kind = english ? detectEnglishKind(title, doc.text) : detectKind(title, doc.text);
    const metadata: ReportMetadata = {
      title,
      year: year.year,
      agency: agency.agency,
      region: english ? detectEnglishRegion(agency.agency) : detectRegion(doc.text, agency.agency),
      format: format.format,
      kind: kind.kind,
      language: doc.language,
      script: doc.script,
      evidence: { year: year.evidence, agency: agency.evidence, format: format.evidence, kind: kind.evidence },
    };
    return { ...doc, metadata };
  },
);
