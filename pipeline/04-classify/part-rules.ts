import type { SectionLabel } from '../../schemas/catalog.js';
import type { Language } from '../../schemas/types.js';
import { ENGLISH_PART_VOCABULARY, labelEnglishHeading } from './english-part-rules.js';

/**
 * Heading keywords per report part, tried in order: the first rule whose pattern occurs in the
 * heading decides. Order matters where parts share words: appeals (行政复议) before applications
 * (申请), other-matters before problems, fees (收费) before organisation (经费). Each row carries
 * a real heading from the corpus as its example; test/classify.test.ts runs every example.
 */
export interface PartRule {
  id: string;
  label: SectionLabel;
  pattern: RegExp;
  example: string;
}

export const PART_RULES: readonly PartRule[] = [
  { id: 'part/preamble', label: 'preamble', pattern: /^(引言|前言|说明)$/, example: '引言' },
  { id: 'part/other-matters', label: 'other', pattern: /其他需要报告|需要说明的其他|其他事项/, example: '六、其他需要报告的事项' },
  { id: 'part/appendix', label: 'other', pattern: /附件|附表|统计表|统计数据/, example: '七、平潭综合实验区政府信息公开情况统计表' },
  { id: 'part/problems', label: 'problems', pattern: /问题|改进|不足|打算|下一步|下阶段|工作措施|工作计划|努力方向|工作思路|展望/, example: '五、存在的主要问题及改进情况' },
  { id: 'part/affiliates', label: 'other', pattern: /所属事业单位|审批事项/, example: '十、所属事业单位信息公开推进情况' },
  { id: 'part/fees', label: 'fees', pattern: /收费|减免/, example: '七、政府信息公开的收费及减免情况' },
  { id: 'part/appeal', label: 'appeal', pattern: /复议|诉讼|申诉|投诉|举报/, example: '四、政府信息公开行政复议、行政诉讼情况' },
  { id: 'part/application', label: 'application', pattern: /依申请|申请|咨询/, example: '三、收到和处理政府信息公开申请情况' },
  { id: 'part/response', label: 'response', pattern: /回应|解读|舆情|互动|关切/, example: '三、发布解读、回应社会关切以及互动交流情况' },
  { id: 'part/overview', label: 'overview', pattern: /概述|总体|基本情况|基本工作情况|概况|主要做法|主要工作|工作综述/, example: '一、总体情况' },
  {
    id: 'part/organization',
    label: 'organization',
    pattern: /组织|机构建设|制度|机制|保障|经费|培训|队伍|人员|保密|监督检查|信息管理|考核/,
    example: '六、机构建设、保障经费和培训会议情况',
  },
  { id: 'part/active', label: 'active', pattern: /主动公开|重点领域|平台|公开情况|公开内容|公开形式|公开的情况|信息公开|政务公开/, example: '二、主动公开政府信息情况' },
];

/** The first rule that names the heading's part (English headings by ENGLISH_PART_RULES), or null when no keyword does. */
export function labelHeading(heading: string): PartRule | null {
  const words = heading.replace(/^[\s#*【]*(?:[一二三四五六七八九十]{1,3}\s*[、，,.．]|第[一二三四五六七八九十]{1,3}部分|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[、.．])\s*/, '');
  return PART_RULES.find((rule) => rule.pattern.test(words)) ?? labelEnglishHeading(heading);
}

/**
 * Vocabulary of each part for paragraphs without a telling heading: a term counts once per
 * paragraph, weighted by how specific it is to the part.
 */
export const PART_VOCABULARY: Readonly<Partial<Record<SectionLabel, readonly [RegExp, number][]>>> = {
  active: [
    [/主动公开/, 2],
    [/门户网站|政府网站|公开栏|公示栏|政务微博|微信公众号|政府公报/, 1],
    [/发布信息|公开信息|公开政府信息/, 1],
  ],
  application: [
    [/依申请/, 2],
    [/申请/, 1],
    [/予以公开|部分公开|不予公开|无法提供|办结|答复|结转/, 1],
  ],
  appeal: [
    [/行政复议|行政诉讼/, 2],
    [/申诉|投诉|举报/, 1],
  ],
  response: [
    [/政策解读|解读/, 2],
    [/回应|舆情|新闻发布会|关切/, 1],
  ],
  organization: [
    [/领导小组|专门机构|工作机构/, 2],
    [/兼职|专职|工作人员|培训|制度|考核|经费/, 1],
  ],
  fees: [
    [/收费|减免/, 2],
    [/费用/, 1],
  ],
  problems: [
    [/存在的问题|主要问题|不足/, 2],
    [/改进|下一步|进一步加强/, 1],
  ],
};

/** The part a paragraph's own words point to, with the score that decided, or null below `minScore`. */
export function labelByVocabulary(text: string, minScore = 3, language: Language = 'zh'): { label: SectionLabel; score: number } | null {
  let best: { label: SectionLabel; score: number } | null = null;
  const vocabulary = language === 'en' ? ENGLISH_PART_VOCABULARY : PART_VOCABULARY;
  for (const [label, terms] of Object.entries(vocabulary) as [SectionLabel, readonly [RegExp, number][]][]) {
    let score = 0;
    for (const [term, weight] of terms) if (term.test(text)) score += weight;
    if (score >= minScore && (!best || score > best.score)) best = { label, score };
  }
  return best;
}
