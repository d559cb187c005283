/**
 * Whether the parts listed with a total are meant to be the whole of it. ANNOTATION.md: parts
 * introduced by 其中 alone are not assumed to be the whole. Only an exhaustive list can fall
 * short of its total (sum_mismatch); any list can exceed it (parts_exceed_total).
 */

export type Coverage = 'exhaustive' | 'partial';

/** What the text says about a list of parts. */
export interface ListShape {
  /** Words around the list, from the extractor and the text: 其中, 分别为, 其他, 等, 含, 包括, 合计 … */
  cues: readonly string[];
  /** One of the parts is the remainder (其他形式公开216条, 其他应主动公开政府信息856条, metric *.other). */
  hasRemainderPart: boolean;
  /** The total is stated after its parts (当面3件、网上5件，合计8件). */
  totalAfterParts: boolean;
}

export interface CoverageRule {
  id: string;
  coverage: Coverage;
  /** Why, in the words of a conflict message. */
  reason: string;
  applies: (list: ListShape) => boolean;
  example: string;
}

const has = (list: ListShape, ...words: string[]) => list.cues.some((cue) => words.includes(cue));

/** Rows in order; the first that applies decides. */
export const COVERAGE_RULES: readonly CoverageRule[] = [
  {
    id: 'exhaustive/remainder-part',
    coverage: 'exhaustive',
    reason: '分项以“其他”收尾，应为全部',
    applies: (list) => list.hasRemainderPart || has(list, '其他', '其余'),
    example: '教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条，其他形式公开信息216条',
  },
  {
    id: 'exhaustive/分别为',
    coverage: 'exhaustive',
    reason: '分项以“分别为”列出，应为全部',
    applies: (list) => has(list, '分别为', '分别是'),
    example: '全年共受理政府信息公开申请25件，当面申请、网上申请和信函申请分别为5件、18件和2件',
  },
  {
    id: 'exhaustive/total-after-parts',
    coverage: 'exhaustive',
    reason: '总数是所列分项的合计',
    applies: (list) => list.totalAfterParts && has(list, '合计', '共计', '总计', '共'),
    example: '当面申请3件、网上申请5件，合计8件',
  },
  {
    id: 'partial/含',
    coverage: 'partial',
    reason: '“含”只列出一部分',
    applies: (list) => has(list, '含', '包含', '包括'),
    example: '答复政府信息公开申请226件(含上年度结转申请15件',
  },
  {
    id: 'partial/等',
    coverage: 'partial',
    reason: '“等”表示未列全',
    applies: (list) => has(list, '等'),
    example: '通过报刊、广播、电视等公开政府信息216余条',
  },
  {
    id: 'partial/其中',
    coverage: 'partial',
    reason: '单独的“其中”不表示列全',
    applies: (list) => has(list, '其中'),
    example: '全年主动公开政府信息2406条,其中政府网站公开2073条,政务微博公开101条',
  },
  {
    id: 'partial/unmarked',
    coverage: 'partial',
    reason: '未说明是否列全',
    applies: () => true,
    example: '共计600余条，政策法规类信息21条',
  },
];

export function decideCoverage(list: ListShape): CoverageRule {
  return COVERAGE_RULES.find((r) => r.applies(list))!;
}

/**
 * Cue words looked for in the text between a total and its last part when the extractor gave
 * none. 其他 is not among them: in running text it is as often a word of some label (其他法定公开
 * 信息) as the remainder of the list, so only a part that itself starts with 其他 counts.
 */
export const CUE_WORDS: readonly string[] = ['其中', '分别为', '分别是', '包括', '包含', '含', '等', '合计', '共计', '总计'];

/** Cue words present in a stretch of text (a fallback when an extractor gave none). */
export function cuesIn(text: string): string[] {
  return CUE_WORDS.filter((word) => text.includes(word));
}
