import type { PatternRule } from '../rule.js';
import { PEOPLE } from './words.js';

const MEETINGS = ['次', '场', '期'] as const;
const MONEY = ['元', '万元', '亿元'] as const;
/** Heads of staff, not attendances (培训信息员48人次 counts trainees). */
const HEADS = ['人', '名', '位'] as const;
/** Meetings of the work, not press conferences (发布会) or training sessions (培训会). */
const MEETING = '(?:会议|推进会|部署会|调度会|联席会|座谈会|专题会|工作会)';
/** Who does the work: 工作人员, 信息员, 联络员 … */
const STAFF = '(?:工作人员|人员|信息员|联络员|干部|同志)';
/** Part-time, not the 兼 of 专兼职 (both kinds together). */
const PART_TIME = '(?<![专全])兼职';
/** The work they do, where it is named: 政府信息公开工作人员. */
const OF_THE_WORK = '(?:政府信息公开|信息公开|政务公开)?(?:的)?(?:工作)?';

/** Organisation of the work (units, staff, meetings, training, budget) and fees collected. */
export const ORG_RULES: readonly PatternRule[] = [
  {
    id: 'org.units/专门机构N个',
    metric: 'org.units',
    pattern: '(?:专门|工作)机构{N}',
    example: '吉林经开区教育局设有政府信息公开工作专门机构1个',
    measures: ['个'],
    specificity: 0.8,
  },
  {
    // The words between the figure and 全职 stay in one item of a list (2名、兼职人员9名 is two items).
    id: 'org.staff.full_time/N名全职工作人员',
    metric: 'org.staff.full_time',
    pattern: '{N}[^，。；、#]{0,10}?(?:全职|专职)(?:工作)?人员',
    example: '为此，专门配备了2名全职工作人员、31名兼职工作人员',
    measures: PEOPLE,
    specificity: 0.85,
  },
  {
    id: 'org.staff.part_time/N名兼职工作人员',
    metric: 'org.staff.part_time',
    pattern: `{N}[^，。；、#]{0,10}?${PART_TIME}(?:工作)?人员`,
    example: '为此，专门配备了1名兼职工作人员，设立了1个专门的信息申请受理点',
    measures: PEOPLE,
    specificity: 0.85,
  },
  {
    id: 'org.staff.part_time/兼职人员N人',
    metric: 'org.staff.part_time',
    pattern: `${PART_TIME}${OF_THE_WORK}${STAFF}?(?:为|共|有)?{N}`,
    example: '我局没有从事政府信息公开工作的全职人员，兼职人员1人',
    measures: HEADS,
    specificity: 0.85,
  },
  {
    id: 'org.staff.total/从事…工作人员N人',
    metric: 'org.staff.total',
    pattern: '(?:从事|负责){G16}(?:工作)?人员(?:为|共|有)?{N}',
    example: '从事政务公开工作人员为1人，均为兼职',
    measures: PEOPLE,
    specificity: 0.8,
  },
  {
    id: 'org.staff.total/政务公开工作人员共N名',
    metric: 'org.staff.total',
    pattern: `{B}(?:(?!培训|参训|组织|参加)[^，。；#]){0,12}?(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:工作人员|人员|联络员|信息员)(?:共计|共|总数为|为|有)?{N}`,
    example: '吉林经开区教育局设有政府信息公开工作专门机构1个，从事政务公开工作人员为1人，均为兼职。',
    measures: HEADS,
    specificity: 0.8,
  },
  {
    id: 'org.staff.part_time/人员N人均为兼职',
    metric: 'org.staff.part_time',
    pattern: '(?:从事|负责){G16}人员(?:为|共|有)?{N}，均为兼职',
    example: '从事政务公开工作人员为1人，均为兼职',
    measures: PEOPLE,
    specificity: 0.85,
    slot: 'staff-kind',
  },
  {
    id: 'org.units/下设信息公开办公室N个',
    metric: 'org.units',
    pattern: '(?:下设|设立|设有|设置|成立)(?:了)?[^，。；、#]{0,12}?(?:公开|政务)[^，。；、#]{0,8}?(?:办公室|机构|科|股|组)(?:共)?{N}',
    example: '吉林经开区教育局设有政府信息公开工作专门机构1个，从事政务公开工作人员为1人，均为兼职。',
    measures: ['个'],
    specificity: 0.8,
  },
  {
    id: 'org.meetings/召开信息公开工作会议N次',
    metric: 'org.meetings',
    pattern: `召开{G16}公开{G10}${MEETING}[^，。；#]{0,6}?{N}`,
    example: '全年召开政府信息公开工作会议或专题会议2次',
    measures: MEETINGS,
    specificity: 0.8,
  },
  {
    id: 'org.trainings/培训会N次',
    metric: 'org.trainings',
    pattern: '培训(?:会|班)?(?:共)?{N}',
    example: '全年共组织开展政府信息公开工作人员业务培训会13次，培训人员764人次',
    measures: MEETINGS,
    specificity: 0.75,
    context: '公开',
  },
  {
    id: 'org.trainees/培训人员N人次',
    metric: 'org.trainees',
    pattern: `(?:培训{G20}(?:人员|干部|信息员|联络员|骨干|人数)|(?:参训|受训)(?:人员|干部|人数)?|培训)(?:共计|共|达)?{N}`,
    example: '全年共组织开展政府信息公开工作人员业务培训会13次，培训人员764人次',
    measures: PEOPLE,
    specificity: 0.8,
    context: '公开',
  },
  {
    id: 'org.budget/信息公开费用N元',
    metric: 'org.budget',
    pattern: '(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:专项)?(?:经费|费用|支出)[^，。；#]{0,4}?{N}',
    example: '2013年用于税收宣传、税收政策公告、设立和更新公开栏等产生的政府信息公开费用1万元',
    measures: MONEY,
    specificity: 0.75,
  },
  {
    id: 'fees.collected/收取信息处理费N元',
    metric: 'fees.collected',
    pattern: '(?:收取(?:(?!事业性)[^，。；！？#]){0,12}?费(?:用)?|(?<!事业性)收费(?:金额)?)(?:共计|共)?(?:为)?{N}',
    example: '全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元',
    measures: MONEY,
    specificity: 0.85,
    context: '申请|信息公开|政府信息',
    contextParts: ['fees'],
  },
];
