/**
 * The Chinese numbers module, table-driven. Sentences are real report text from the corpus
 * (written here as literals so the tests run without ../shared), except where a row says
 * "constructed". Known misses live in test/backlog/numbers.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, findNumbers, isFigure, parseQuantity } from '../extractors/numbers/index.js';
import type { ParsedQuantity } from '../extractors/numbers/index.js';
import { STRUCTURE_RULES, findStructures } from '../extractors/numbers/structures.js';
import type { Approx, Unit } from '../schemas/catalog.js';
import type { Interval, NumberMention, NumberRole } from '../schemas/types.js';

/** '[1000,1100)' → {low: 1000, high: 1100, highOpen: true}; 'Infinity' is an open end. */
function interval(spec: string): Interval {
  const m = /^([[(])(-?[\d.]+|-Infinity),(-?[\d.]+|Infinity)([\])])$/.exec(spec);
  if (!m) throw new Error(`bad interval spec ${spec}`);
  const out: Interval = { low: Number(m[2]), high: Number(m[3]) };
  if (m[1] === '(') out.lowOpen = true;
  if (m[4] === ')') out.highOpen = true;
  return out;
}

interface Expected {
  value: number;
  unit?: Unit;
  approx?: Approx;
  interval?: string;
  measure?: string;
  decimals?: number;
  numeral?: NumberMention['numeral'];
  /** The printed digits or numeral words (valueStart..valueEnd). */
  digits?: string;
}

/** The mention that starts where `span` first occurs in `sentence`; its span must be exactly `span`. */
function mentionAt(sentence: string, span: string): NumberMention {
  const start = sentence.indexOf(span);
  if (start < 0) throw new Error(`row error: ${JSON.stringify(span)} is not in ${JSON.stringify(sentence)}`);
  const found = findNumbers(sentence).find((m) => m.start === start);
  expect(found, `no mention starts at ${JSON.stringify(span)} in ${JSON.stringify(sentence)}`).toBeDefined();
  const mention = found!;
  expect(sentence.slice(mention.start, mention.end)).toBe(span);
  expect(mention.text).toBe(span);
  return mention;
}

function checkFigure(mention: NumberMention | ParsedQuantity, expected: Expected): void {
  expect(mention.value).toBe(expected.value);
  expect(mention.unit).toBe(expected.unit ?? 'count');
  expect(mention.approx).toBe(expected.approx ?? 'exact');
  if (expected.interval !== undefined) expect(mention.interval).toEqual(interval(expected.interval));
  if (expected.measure !== undefined) expect(mention.measure).toBe(expected.measure);
  if (expected.decimals !== undefined) expect(mention.decimals).toBe(expected.decimals);
  if (expected.numeral !== undefined) expect(mention.numeral).toBe(expected.numeral);
}

describe('chineseNumeral', () => {
  const cases: [string, number | null][] = [
    ['一千二百三十四', 1234], ['两千', 2000], ['十一', 11], ['〇', 0], ['零', 0], ['三十', 30], ['十', 10], ['九', 9],
    ['二○一二', 2012], ['二〇一九', 2019], ['一百零五', 105], ['一千零一', 1001], ['一十一', 11], ['二十', 20],
    ['一百五', 150], ['两万五', 25000], ['三万零五', 30005], ['十万', 100000], ['一百万', 1000000], ['五千万', 50000000],
    ['二十一万三千', 213000], ['四亿', 400000000], ['一亿二千万', 120000000], ['壹佰贰拾', 120], ['兩萬', 20000],
    ['三点五', 3.5], ['三点零五', 3.05], ['一二三', 123], ['三四', 34],
    ['', null], ['百', null], ['万', null], ['千', null], ['十十', null], ['百分', null], ['一万万', null], ['两二', null],
    ['abc', null], ['3', null], ['三点', null], ['一百二三', null],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(chineseNumeral(input)).toBe(expected);
  });
});

describe('exact decimal arithmetic', () => {
  const cases: [string, number, string][] = [
    ['4.52万', 45200, '[45150,45250]'],
    ['0.07万元', 700, '[650,750]'],
    ['1.005万', 10050, '[10045,10055]'],
    ['61.72万元', 617200, '[617150,617250]'],
    ['3541.07万元', 35410700, '[35410650,35410750]'],
    ['160.5964万元', 1605964, '[1605963.5,1605964.5]'],
    ['4166.241619', 4166.241619, '[4166.2416185,4166.2416195]'],
    ['1.3亿次', 130000000, '[125000000,135000000]'],
    ['0.1%', 0.1, '[0.05,0.15]'],
    ['15.83%', 15.83, '[15.825,15.835]'],
    ['5‰', 0.5, '[0.45,0.55]'],
  ];
  it.each(cases)('%s → %s', (input, value, range) => {
    const parsed = parseQuantity(input);
    expect(parsed).not.toBeNull();
    expect(parsed!.value).toBe(value);
    expect(parsed!.interval).toEqual(interval(range));
  });
});

describe('parseQuantity', () => {
  const cases: [string, Expected][] = [
    ['61.72 万元', { value: 617200, unit: 'yuan', measure: '万元', interval: '[617150,617250]', decimals: 2, numeral: 'mixed' }],
    ['251000元', { value: 251000, unit: 'yuan', measure: '元', interval: '[251000,251000]', numeral: 'arabic' }],
    ['152790元', { value: 152790, unit: 'yuan', interval: '[152790,152790]' }],
    ['0.5万元', { value: 5000, unit: 'yuan', measure: '万元', interval: '[4500,5500]', decimals: 1 }],
    ['+2', { value: 2, interval: '[2,2]' }],
    ['-12', { value: -12, interval: '[-12,-12]' }],
    ['－3', { value: -3 }],
    ['1,234', { value: 1234, interval: '[1234,1234]' }],
    ['1，234', { value: 1234 }],
    ['12,345,678', { value: 12345678 }],
    ['1,234.5', { value: 1234.5, decimals: 1 }],
    ['三十余', { value: 30, approx: 'at_least', interval: '[30,40)', numeral: 'chinese' }],
    ['15.83%', { value: 15.83, unit: 'percent', measure: '%', interval: '[15.825,15.835]', decimals: 2 }],
    ['100％', { value: 100, unit: 'percent', measure: '％', interval: '[99.5,100.5]' }],
    ['26.55', { value: 26.55, interval: '[26.545,26.555]', decimals: 2 }],
    ['96171.6', { value: 96171.6, decimals: 1 }],
    ['0', { value: 0, interval: '[0,0]' }],
    ['0.00', { value: 0, interval: '[-0.005,0.005]', decimals: 2 }],
    [' 12 ', { value: 12 }],
    ['12件', { value: 12, measure: '件' }],
    ['约300', { value: 300, approx: 'about', interval: '[270,330]' }],
    ['１２', { value: 12, numeral: 'arabic' }],
    ['６１.７２万元', { value: 617200, unit: 'yuan', decimals: 2 }],
    ['两千', { value: 2000, numeral: 'chinese', interval: '[2000,2000]' }],
    ['十一', { value: 11 }],
    ['一千多', { value: 1000, approx: 'at_least', interval: '[1000,2000)' }],
    ['3千多', { value: 3000, approx: 'at_least', interval: '[3000,4000)', numeral: 'mixed' }],
    ['百分之十五', { value: 15, unit: 'percent', measure: '百分之', numeral: 'chinese', interval: '[14.5,15.5]' }],
    ['百分之15', { value: 15, unit: 'percent', numeral: 'mixed' }],
  ];
  it.each(cases)('%s', (input, expected) => {
    const parsed = parseQuantity(input);
    expect(parsed).not.toBeNull();
    checkFigure(parsed!, expected);
  });

  const noFigure = ['', '  ', '/', '-', '—', '——', '－', '无', '2019年', '2019年度', '1.', '1、', '(一)', '（三）', '一是', '12 13', 'abc',
    '2 019', '合计', '第3名', '2020-01-30', '0533-2869953', '〔2019〕1号', '5G', '一把手'];
  it.each(noFigure)('%j states no figure', (input) => {
    expect(parseQuantity(input)).toBeNull();
  });
});

describe('findNumbers: figures', () => {
  const cases: [sentence: string, span: string, expected: Expected][] = [
    // Counts with measure words
    ['截至2017年12月30日，教育局主动公开各类信息486条', '486条', { value: 486, measure: '条', interval: '[486,486]', digits: '486' }],
    ['政务公开网站公开信息12条', '12条', { value: 12, measure: '条' }],
    ['网站首页累计点击量26058次。本年度', '26058次', { value: 26058, measure: '次' }],
    ['访问量累计达到1801730 次', '1801730 次', { value: 1801730, measure: '次', interval: '[1801730,1801730]' }],
    ['市政府门户网站更新發布信息1694條,訪問量', '1694條', { value: 1694, measure: '條' }],
    ['公開發布信息69條', '69條', { value: 69, measure: '條' }],
    ['專門配備了2名全職工作人員、31名兼職工作人員', '31名', { value: 31, measure: '名' }],
    ['培训人员764人次', '764人次', { value: 764, measure: '人次' }],
    ['展学习交流活动65场、印发材料3000余份', '65场', { value: 65, measure: '场' }],
    ['开展互动活动42场次', '42场次', { value: 42, measure: '场次' }],
    ['市科委有 1 件涉及政府信息公开工作的行政复议', '1 件', { value: 1, measure: '件' }],
    ['所有办结的信息公开申请中同意公开答复 9 件', '9 件', { value: 9 }],
    ['依申请公开的行政复议36起，行政诉讼9起', '36起', { value: 36, measure: '起' }],
    ['其中热线电话11通，网络诉求', '11通', { value: 11, measure: '通' }],
    ['办事项办结时长缩短至30分钟以内', '30分钟以内', { value: 30, measure: '分钟', approx: 'at_most', interval: '[0,30]' }],
    ['群众等候时间由42分钟缩至19分钟', '42分钟', { value: 42, measure: '分钟' }],
    ['在浦東開發開放30周年慶祝大會上', '30周年', { value: 30, measure: '周年' }],
    ['已入驻中介机构868家、服务事项', '868家', { value: 868, measure: '家' }],
    ['(公租房)选房，389套房子顺利找到', '389套', { value: 389, measure: '套' }],
    ['计整改不规范描述22处、失效链接43处', '43处', { value: 43, measure: '处' }],
    ['目前关注人数达 1016823 人', '1016823 人', { value: 1016823, measure: '人' }],
    ['各科室分别明确了1名信息联络员', '1名', { value: 1, measure: '名' }],
    ['建立了公开工作机构，各1名', '1名', { value: 1 }],
    ['3个涉及政务公开工作的部门及3所学校分别明确责任人', '3所', { value: 3, measure: '所' }],
    ['设立了1个专门的信息申请受理点', '1个', { value: 1, measure: '个' }],
    ['明确了八类23项主动公开内容', '23项', { value: 23, measure: '项' }],
    ['管理类信息等9大类内容', '9大类', { value: 9, measure: '大类' }],
    ['本报告共分6个部分：总体情况', '6个部分', { value: 6, measure: '个部分' }],
    ['报告内容共分为六个部分:总体情况', '六个部分', { value: 6, measure: '个部分', numeral: 'chinese' }],
    ['其他工作信息等4类，共计600余条', '4类', { value: 4, measure: '类' }],
    ['行政处罚\t33\t-12\t21', '-12', { value: -12, interval: '[-12,-12]', digits: '12' }],
    ['| 行政许可 | 3 | +2 | 5 |', '+2', { value: 2 }],
    ['政务公开 2 件，其中 5-10 件', '10 件', { value: 10 }],
    // Chinese numerals with a measure word
    ['收到人大代表建议和政协建议提案一件', '一件', { value: 1, measure: '件', numeral: 'chinese', digits: '一' }],
    ['明确了八类23项主动公开内容', '八类', { value: 8, measure: '类', numeral: 'chinese' }],
    ['存在问题及工作打算等七部分组成', '七部分', { value: 7, measure: '部分' }],
    ['其他需要报告的事项等六\n部分, 并附相关指标统计表', '六\n部分', { value: 6, measure: '部分' }],
    ['从以下六个方面作进一步改进', '六个方面', { value: 6, measure: '个方面' }],
    ['和直属单位确定了一名信息员', '一名', { value: 1, measure: '名' }],
    ['咨询和网上结果反馈三个环节有待加强', '三个', { value: 3, measure: '个' }],
    ['组织了第二批保障性住房三十余家单位', '三十余家', { value: 30, approx: 'at_least', interval: '[30,40)', measure: '家' }],
    ['共举办培训十多期', '十多期', { value: 10, approx: 'at_least', interval: '[10,20)' }],
    ['接待群众一千多人次', '一千多人次', { value: 1000, approx: 'at_least', interval: '[1000,2000)', measure: '人次' }],
    ['发放宣传资料两千份', '两千份', { value: 2000, measure: '份', interval: '[2000,2000]' }],
    ['受理申请一百零五件', '一百零五件', { value: 105 }],
    ['公開信息三百二十條', '三百二十條', { value: 320, measure: '條' }],
    ['开展培训2期，参训人员一百余人', '一百余人', { value: 100, approx: 'at_least', interval: '[100,200)' }],
    // Scales and mixed numerals
    ['全市主动公开政府信息26.8万条', '26.8万条', { value: 268000, measure: '条', interval: '[267500,268500]', decimals: 1, numeral: 'mixed', digits: '26.8' }],
    ['网上服务网站总点击量1.3亿次', '1.3亿次', { value: 130000000, measure: '次', numeral: 'mixed' }],
    ['全年接待咨询20万人次', '20万人次', { value: 200000, measure: '人次', interval: '[195000,205000]' }],
    ['網路閱讀量7600萬,躋身', '7600萬', { value: 76000000, numeral: 'mixed', interval: '[75995000,76005000]' }],
    ['发放宣传册1.2万份', '1.2万份', { value: 12000, interval: '[11500,12500]' }],
    ['条，总浏览量为 536 万，同比显著增', '536 万', { value: 5360000, interval: '[5355000,5365000]' }],
    // Money
    ['| 政府集中采购 | 4 | 61.72 万元 |', '61.72 万元', { value: 617200, unit: 'yuan', measure: '万元', interval: '[617150,617250]', decimals: 2 }],
    ['政府集中采购\n\n6\n\n152790元', '152790元', { value: 152790, unit: 'yuan', measure: '元', interval: '[152790,152790]' }],
    ['| 政府集中采购 | 8 | 160.5964万元 |', '160.5964万元', { value: 1605964, unit: 'yuan', decimals: 4 }],
    ['产生的政府信息公开费用1万元', '1万元', { value: 10000, unit: 'yuan', measure: '万元', interval: '[5000,15000]' }],
    ['申请中收取信息处理费共计380元', '380元', { value: 380, unit: 'yuan' }],
    ['政府采购总金额3541.07万元', '3541.07万元', { value: 35410700, unit: 'yuan' }],
    ['经费300多元', '300多元', { value: 300, unit: 'yuan', approx: 'at_least', interval: '[300,310)' }],
    // Percentages
    ['政策、规范性文件类信息19条，占15.83%', '15.83%', { value: 15.83, unit: 'percent', measure: '%', interval: '[15.825,15.835]', decimals: 2 }],
    ['科教文体卫生类信息39条，占32.5%', '32.5%', { value: 32.5, unit: 'percent', interval: '[32.45,32.55]' }],
    ['全文电子化率达100%', '100%', { value: 100, unit: 'percent', interval: '[99.5,100.5]' }],
    ['重大建设项目、为民办实事类信息2条，占1.67%', '1.67%', { value: 1.67, unit: 'percent', interval: '[1.665,1.675]' }],
    ['在线申请1件,占2.1%', '2.1%', { value: 2.1, unit: 'percent' }],
    ['其他处理 319 件（26.78%', '26.78%', { value: 26.78, unit: 'percent' }],
    ['解读率达到90%以上,提高了政策', '90%以上', { value: 90, unit: 'percent', approx: 'at_least', interval: '[90,Infinity)' }],
    ['满意率100％', '100％', { value: 100, unit: 'percent', measure: '％' }],
    ['办结率达到百分之百', '百分之百', { value: 100, unit: 'percent', measure: '百分之' }],
    ['按时办结率达到百分之九十以上', '百分之九十以上', { value: 90, unit: 'percent', approx: 'at_least', interval: '[90,Infinity)' }],
    ['同比提高5.2个百分点', '5.2个百分点', { value: 5.2, unit: 'percent', measure: '个百分点', interval: '[5.15,5.25]' }],
    ['差错率控制在5‰以内', '5‰以内', { value: 0.5, unit: 'percent', measure: '‰', approx: 'at_most', interval: '[0,0.5]' }],
    // 余/多 (at_least)
    ['网等渠道公开信息1000余条。内容涉及我', '1000余条', { value: 1000, approx: 'at_least', interval: '[1000,1100)', measure: '条', numeral: 'arabic' }],
    ['视等公开政府信息216余条。从以上数据', '216余条', { value: 216, approx: 'at_least', interval: '[216,217)' }],
    ['保障等的政务动态68余条。', '68余条', { value: 68, approx: 'at_least', interval: '[68,69)' }],
    ['中心网站、微博共办理66余件,市长信箱', '66余件', { value: 66, approx: 'at_least', interval: '[66,67)' }],
    ['方面。其他类信息120余。在主动公开', '120余', { value: 120, approx: 'at_least', interval: '[120,130)' }],
    ['信息网年访问量达30余万人次。', '30余万人次', { value: 300000, approx: 'at_least', interval: '[300000,400000)', measure: '人次', numeral: 'mixed' }],
    ['印发材料3000余份,同时利用会', '3000余份', { value: 3000, approx: 'at_least', interval: '[3000,3100)' }],
    ['图片800余张,为50余名市民提供免费', '800余张', { value: 800, approx: 'at_least', interval: '[800,810)' }],
    ['图片800余张,为50余名市民提供免费', '50余名', { value: 50, approx: 'at_least', interval: '[50,60)' }],
    ['主动公开政府信息7700余条，公开科技创', '7700余条', { value: 7700, approx: 'at_least', interval: '[7700,7800)' }],
    ['信息等4类，共计600余条，其中政策法', '600余条', { value: 600, approx: 'at_least', interval: '[600,610)' }],
    ['县直各单位已有20多家预算部门都已', '20多家', { value: 20, approx: 'at_least', interval: '[20,30)' }],
    ['解答纳税人咨询达3000多人次，零投诉', '3000多人次', { value: 3000, approx: 'at_least', interval: '[3000,3100)' }],
    ['处置网络舆情70多件，受到区管委', '70多件', { value: 70, approx: 'at_least', interval: '[70,80)' }],
    ['累计发布3千多条', '3千多条', { value: 3000, approx: 'at_least', interval: '[3000,4000)', numeral: 'mixed' }],
    ['全年发布26.8万余条', '26.8万余条', { value: 268000, approx: 'at_least', interval: '[268000,269000)' }],
    ['1件多次打电话无人接听', '1件', { value: 1, approx: 'exact' }],
    // 以上/超过/逾 (at_least, open end)
    ['参训人员500人以上', '500人以上', { value: 500, approx: 'at_least', interval: '[500,Infinity)' }],
    ['浏览量超过500次', '超过500次', { value: 500, approx: 'at_least', interval: '(500,Infinity)' }],
    ['受益群众逾1000人', '逾1000人', { value: 1000, approx: 'at_least', interval: '(1000,Infinity)' }],
    ['粉丝 数累积超 3170 万，其中', '超 3170 万', { value: 31700000, approx: 'at_least', interval: '(31700000,Infinity)' }],
    ['平台 粉丝突破 300 万。', '突破 300 万', { value: 3000000, approx: 'at_least' }],
    ['安排专人每天至少1次登陆网站', '至少1次', { value: 1, approx: 'at_least', interval: '[1,Infinity)' }],
    // 约/近/左右 (about: ±10%, at least one unit of the last digit)
    ['服务热线共接听市民咨询电话约11万个。', '约11万个', { value: 110000, approx: 'about', interval: '[99000,121000]', measure: '个' }],
    ['共受理各类群众诉求近17250件,在线答复率', '近17250件', { value: 17250, approx: 'about', interval: '[15525,18975]' }],
    ['政策解读 短视频近 300 个，着力提升', '近 300 个', { value: 300, approx: 'about', interval: '[270,330]' }],
    ['媒体账号粉丝总量近 45.9 万人； 发布', '近 45.9 万人', { value: 459000, approx: 'about', interval: '[413100,504900]' }],
    ['2013年有约4900人次通过各种方式', '约4900人次', { value: 4900, approx: 'about', interval: '[4410,5390]' }],
    ['区共收集网络信息近1000条，处置', '近1000条', { value: 1000, approx: 'about', interval: '[900,1100]' }],
    ['参加培训300人左右', '300人左右', { value: 300, approx: 'about', interval: '[270,330]' }],
    ['参会人员约3人', '约3人', { value: 3, approx: 'about', interval: '[2,4]' }],
    ['大约50%的申请', '大约50%', { value: 50, unit: 'percent', approx: 'about', interval: '[45,55]' }],
    // 不足/以下 (at_most)
    ['办理时间不足10天', '不足10天', { value: 10, approx: 'at_most', interval: '[0,10)' }],
    ['不到5件', '不到5件', { value: 5, approx: 'at_most', interval: '[0,5)' }],
    ['10人以下', '10人以下', { value: 10, approx: 'at_most', interval: '[0,10]' }],
    // Words that look like approximation words but are not
    ['近3年来持续推进', '3年', { value: 3, approx: 'exact', measure: '年' }],
    ['与签约3家单位', '3家', { value: 3, approx: 'exact' }],
    ['附近3家医院', '3家', { value: 3, approx: 'exact' }],
    ['自受理之日起15个工作日内答复', '15个工作日', { value: 15, measure: '个工作日' }],
    // Full-width digits
    ['主动公开各类信息４８６条', '４８６条', { value: 486, measure: '条', numeral: 'arabic' }],
    ['采购金额６１.７２万元', '６１.７２万元', { value: 617200, unit: 'yuan', decimals: 2 }],
    ['收到申请1,234件', '1,234件', { value: 1234 }],
    // Bare numbers stay counts: context decides elsewhere
    ['行政事业性收费 | 26.55', '26.55', { value: 26.55, decimals: 2, interval: '[26.545,26.555]' }],
    ['法规文件类信息45,占总体的比例为100%', '45', { value: 45 }],
  ];
  it.each(cases)('%j: %s', (sentence, span, expected) => {
    const mention = mentionAt(sentence, span);
    expect(isFigure(mention.role), `role ${mention.role}`).toBe(true);
    expect(mention.role).toBe(expected.unit === 'percent' ? 'percent' : expected.unit === 'yuan' ? 'money' : 'quantity');
    checkFigure(mention, expected);
    if (expected.digits !== undefined) expect(sentence.slice(mention.valueStart, mention.valueEnd)).toBe(expected.digits);
    expect(mention.valueStart).toBeGreaterThanOrEqual(mention.start);
    expect(mention.valueEnd).toBeLessThanOrEqual(mention.end);
  });
});

describe('structure rules: each example is recognised by its own rule', () => {
  const rows = STRUCTURE_RULES.flatMap((rule) => rule.example.split(', ').map((example): [string, string] => [rule.id, example]));
  it.each(rows)('%s: %s', (id, example) => {
    const found = findStructures(example, 0, example.length);
    expect(found.map((s) => s.ruleId)).toContain(id);
  });
});

describe('findNumbers: false positives (never a figure, each with its role)', () => {
  const cases: [sentence: string, span: string, role: NumberRole][] = [
    // Telephone, fax, hotlines, postcodes, e-mail, addresses
    ['请咨询吉林经开区管委会办公室（地址：吉林省吉林市九站街516-1号；电话：63451912，电子邮箱：bangongting2000@yahoo.com.cn）', '516-1号', 'address'],
    ['请咨询吉林经开区管委会办公室（地址：吉林省吉林市九站街516-1号；电话：63451912，电子邮箱：bangongting2000@yahoo.com.cn）', '63451912', 'phone'],
    ['请咨询吉林经开区管委会办公室（地址：吉林省吉林市九站街516-1号；电话：63451912，电子邮箱：bangongting2000@yahoo.com.cn）', 'bangongting2000@yahoo.com.cn', 'email'],
    ['（地址：淄博市张店区政务中心；邮编：255000；电话：0533-2869953）', '255000', 'postcode'],
    ['（地址：淄博市张店区政务中心；邮编：255000；电话：0533-2869953）', '0533-2869953', 'phone'],
    ['集美区财政局综合科(电话0592- 6068192;通讯地址:厦门市集美区岑东路168号;邮政编码:361021)', '0592- 6068192', 'phone'],
    ['集美区财政局综合科(电话0592- 6068192;通讯地址:厦门市集美区岑东路168号;邮政编码:361021)', '168号', 'address'],
    ['集美区财政局综合科(电话0592- 6068192;通讯地址:厦门市集美区岑东路168号;邮政编码:361021)', '361021', 'postcode'],
    ['(地址:门头沟区新桥大街65,邮编:102300,联系电话:010-69842564,电子邮箱:bgs69842564@163.com)', '65', 'address'],
    ['(地址:门头沟区新桥大街65,邮编:102300,联系电话:010-69842564,电子邮箱:bgs69842564@163.com)', '102300', 'postcode'],
    ['(地址:门头沟区新桥大街65,邮编:102300,联系电话:010-69842564,电子邮箱:bgs69842564@163.com)', '010-69842564', 'phone'],
    ['(地址:门头沟区新桥大街65,邮编:102300,联系电话:010-69842564,电子邮箱:bgs69842564@163.com)', 'bgs69842564@163.com', 'email'],
    ['按照要求公开,联系电话:0818—6972129。', '0818—6972129', 'phone'],
    ['(联系电话:0594-2693860,传真:0594-2692954,邮箱:cxjs_3860@163.com)', '0594-2692954', 'phone'],
    ['(联系电话:0594-2693860,传真:0594-2692954,邮箱:cxjs_3860@163.com)', 'cxjs_3860@163.com', 'email'],
    ['（地址：平潭县翠园南路10号 ；邮编：350400；电话：2433\n6240；传真：24336410；电子邮箱：24336240@163.com）', '10号', 'address'],
    ['（地址：平潭县翠园南路10号 ；邮编：350400；电话：2433\n6240；传真：24336410；电子邮箱：24336240@163.com）', '2433\n6240', 'phone'],
    ['（地址：平潭县翠园南路10号 ；邮编：350400；电话：2433\n6240；传真：24336410；电子邮箱：24336240@163.com）', '24336410', 'phone'],
    ['（地址：平潭县翠园南路10号 ；邮编：350400；电话：2433\n6240；传真：24336410；电子邮箱：24336240@163.com）', '24336240@163.com', 'email'],
    ['管委会大楼主楼14层；邮编：3\n50400；电话：0591-23165250；', '14层', 'address'],
    ['管委会大楼主楼14层；邮编：3\n50400；电话：0591-23165250；', '3\n50400', 'postcode'],
    ['小组办公室联系。电话/传真：0591-23165370。', '0591-23165370', 'phone'],
    ['恰县人民政府办公室(电话:0908-4623010)。', '0908-4623010', 'phone'],
    ['祥镇党政综合办联系,电话:028-36511101。', '028-36511101', 'phone'],
    ['資源局综合一科(地址:长江东路443号福瀛大厦2408室;邮编:266555;电话:0532-86988302)', '443号', 'address'],
    ['資源局综合一科(地址:长江东路443号福瀛大厦2408室;邮编:266555;电话:0532-86988302)', '2408室', 'address'],
    ['資源局综合一科(地址:长江东路443号福瀛大厦2408室;邮编:266555;电话:0532-86988302)', '0532-86988302', 'phone'],
    ['(地址:北京市西城区槐柏树街 2号4号楼北京市统计局', '2号4号楼', 'address'],
    ['(地址:泉州市行政中心交通科研楼A625,邮编:362000,电话:0595-22176915', 'A625', 'code'],
    ['从服务百姓的角度发挥“63451110”百姓政务服务热线', '63451110', 'phone'],
    ['过12345政务服务热线平台和“邻里牵手”工作群', '12345', 'code'],
    ['“12333”人力资源和社会保障咨询服务热线共接听市民咨询电话约11万个', '12333', 'code'],
    ['通过“12328”服务监督电话和门户网站领导信箱等渠道', '12328', 'code'],
    ['微信公众号、新闻媒体、12315、12345投诉热线、政务微博', '12315', 'code'],
    ['依托“平潭12345便民服务平台', '12345', 'code'],
    ['如有疑问请拨打110', '110', 'code'],
    ['监督电话：12345', '12345', 'phone'],
    // Dates, years and periods
    ['本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。', '2014年1月1日起至2014年12月31日止', 'period'],
    ['报告中所列数据的统计期限为2024年1月1日至12月31日。', '2024年1月1日至12月31日', 'period'],
    ['据統計期限從2020年1月1日到12月31日止。', '2020年1月1日到12月31日止', 'period'],
    ['统计周期\n为 2024 年 1 月 1 日至 12 月 31 日。', '2024 年 1 月 1 日至 12 月 31 日', 'period'],
    ['数据的统计期限自2014年1月1日起，至2014年12月31日止。', '2014年1月1日起，至2014年12月31日止', 'period'],
    ['内容涵盖乡政府2019年1月1日至12月31日期间的政府信息', '2019年1月1日至12月31日', 'period'],
    ['《平潭综合实验区2019-2020学年全日制小学', '2019-2020', 'period'],
    ['文化发展规划（2021-2035）、村庄规划', '2021-2035', 'period'],
    ['行动方案（2024－2027 年）》', '2024－2027 年', 'period'],
    ['2019年1-6月共受理', '1-6月', 'period'],
    ['截至2017年12月30日，教育局主动公开各类信息486条', '2017年12月30日', 'date'],
    ['府信息公开培训，7月下旬对全市办公室', '7月下旬', 'date'],
    ['善主动公开目录。5月15日,市集中开展', '5月15日', 'date'],
    ['截至十二月三十一日 (constructed)', '十二月', 'date'],
    ['截至十二月三十一日 (constructed)', '三十一日', 'date'],
    ['后政务公开工作。5月,印发《蚌埠', '5月', 'date'],
    ['2019年13月，一月份 (constructed)', '一月份', 'date'],
    ['公共查閱點。截至2011年底,我局政府信', '2011年底', 'date'],
    ['公開規定》要求,2008 年 4 月 1日起我局開始', '2008 年 4 月 1日', 'date'],
    ['截至 2024 年 12 月\n31 日，市科委通过部门网站', '2024 年 12 月\n31 日', 'date'],
    ['北京调查总队 2013/3/1 北京市政府', '2013/3/1', 'date'],
    ['发布时间: 2020-02-20 16:53 字号', '2020-02-20 16:53', 'date'],
    ['时间：2025-03-10 15:35', '2025-03-10 15:35', 'date'],
    ['升级，预计于晚上20时恢复', '20时', 'date'],
    ['一、概述\n20101120101231日间我委开展', '20101120101231日', 'date'],
    ['数据的统计期限自20211月1日起至202112月31日止', '20211月', 'date'],
    ['規劃和二○一二年二月二十日發布', '二○一二年二月二十日', 'date'],
    ['2019年，我区主动公开政府信息', '2019年', 'year'],
    ['编制了2021年度政府信息公开工作年度报告', '2021年度', 'year'],
    ['开工作情况。18年我区严格按照', '18年', 'year'],
    ['政府信息的数量。2021,我局在区政府网站', '2021', 'year'],
    ['第十四个五年规划和二〇三五年远景目标', '二〇三五年', 'year'],
    ['2 019 年政府信息公开工作年度报告', '2', 'year'],
    ['2 019 年政府信息公开工作年度报告', '019 年', 'year'],
    // Document numbers and article numbers
    ['《国务院办公厅关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号）', '〔2018〕23号', 'doc_number'],
    ['《国务院办公厅关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号）', '2018年', 'year'],
    ['的通知》（辽政办〔2018〕27号）的相关工作', '〔2018〕27号', 'doc_number'],
    ['的通知》(闽政办函【2014】130号)要求', '【2014】130号', 'doc_number'],
    ['的通知》(厦府办〔2014〕68 号)要求', '〔2014〕68 号', 'doc_number'],
    ['《中华人民共和国政府信息公开条例》(国务院令第711号)', '第711号', 'doc_number'],
    ['依据〔2019〕1号文件', '〔2019〕1号', 'doc_number'],
    ['按照1号文件要求', '1号', 'doc_number'],
    ['开政府信息情况 第二十条第(一)项 信息内容', '第二十条', 'ordinal'],
    ['开政府信息情况 第二十条第(一)项 信息内容', '第(一)项', 'ordinal'],
    ['開政府信息情況 第二十條第(五)項', '第二十條', 'ordinal'],
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '第四项', 'ordinal'],
    ['在全省政务微博排行榜第5名', '第5名', 'ordinal'],
    ['第七次全国人口普查专题专栏信息1条', '第七次', 'ordinal'],
    ['组织了第二批保障性住房选房', '第二批', 'ordinal'],
    ['社会发展第十四个五年规划和二〇三五年远景目标', '第十四个', 'ordinal'],
    ['深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神', '十九大', 'ordinal'],
    ['深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神', '十九届', 'ordinal'],
    ['深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神', '三中', 'ordinal'],
    ['深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神', '六中全会', 'ordinal'],
    ['认真落实党的十八届三中、四中全会精神', '十八届', 'ordinal'],
    ['认真落实党的十八届三中、四中全会精神', '四中全会', 'ordinal'],
    ['全面学习二十大和二十届历次全会精神', '二十大', 'ordinal'],
    ['全面学习二十大和二十届历次全会精神', '二十届', 'ordinal'],
    ['23条(详见附件2)。 一、主动公开', '附件2', 'ordinal'],
    ['联网协议第六版（IPv6）', '第六版', 'ordinal'],
    // URLs, paths and codes
    ['原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm 本地目录', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm', 'url'],
    ['本地目录: zwgk/zfxxgk/zfxxgknb/202603/105587_平潭综合实验区', 'zwgk/zfxxgk/zfxxgknb/202603/105587_', 'code'],
    ['索 引 号 | K45899617/2026-00221 | 主题分类', 'K45899617/2026-00221', 'code'],
    ['2020年 索引号 001008003008067/2021-98380 主题分类', '001008003008067/2021-98380', 'code'],
    ['年报 索引号: 002489524/2020-00067 公开方式', '002489524/2020-00067', 'code'],
    ['公安备案号：35012899001-19002', '35012899001-19002', 'code'],
    ['开800条。通过FM88.5电台《阳光政务》', 'FM88.5', 'code'],
    ['发布文字、图解、H5等多形式政策解读', 'H5', 'code'],
    ['联网协议第六版（IPv6）', 'IPv6', 'code'],
    ['创建国家4A级旅游景区 (constructed)', '4A', 'code'],
    ['推进5G网络建设 (constructed)', '5G', 'code'],
    ['字体 楷体_GB2312, SimKai', 'GB2312', 'code'],
    ['公开标准目录》（2025版）、《基层政务', '2025版', 'code'],
    ['谷歌浏览器 63版本及以上', '63版本', 'code'],
    ['办理结果尚未审结总计25380363300630003五、存在的主', '25380363300630003', 'code'],
    // List markers and page numbers
    ['（三）不予公开\n1.属于国家秘密', '1.', 'list_marker'],
    ['| 6.属于四类过程性信息 | 0 |', '6.', 'list_marker'],
    ['（三）建章建制、规范公开。', '（三）', 'list_marker'],
    ['(一)明確目標,全面部署工作。', '(一)', 'list_marker'],
    ['主要做了以下工作：一是加强组织领导', '一是', 'list_marker'],
    ['主要做了以下工作：一是加强组织领导，二是完善制度', '二是', 'list_marker'],
    ['1、为方便公众查阅', '1、', 'list_marker'],
    ['3. 加强学习培训', '3.', 'list_marker'],
    ['（四）无 1.本机关不掌握相关政府信息 746 12 0', '1.', 'list_marker'],
    ['（四）无2.没有现成信息需要另行制作', '2.', 'list_marker'],
    ['息公开条例（1）贯彻落实', '（1）', 'list_marker'],
    ['①加强组织领导 (constructed)', '①', 'list_marker'],
    ['| 2. 没有现成信息需要另行制作 | 0 |', '2.', 'list_marker'],
    ['二、主动公开政府信息情况', '二、', 'list_marker'],
    ['要求，着力发挥 \n— 1 —\n政务公开促', '— 1 —', 'page'],
    // Fixed phrases
    ['坚持政务公开行政一把手负责制', '一把手', 'idiom'],
    ['切实做到了“一事一审查”、“先审查', '一事一审查', 'idiom'],
    ['| 3.危及“三安全一稳定” | 0 |', '三安全一稳定', 'idiom'],
    ['組成重慶公安“兩微一端”新媒體矩陣', '兩微一端', 'idiom'],
    ['告、决算报告、“三公”经费公开', '三公', 'idiom'],
    ['发布财政及“三公经费”信息2条', '三公', 'idiom'],
    ['| 5.属于三类内部事务信息 | 0 |', '三类内部事务', 'idiom'],
    ['| 6.属于四类过程性信息 | 0 |', '四类过程性', 'idiom'],
    ['部分公开2件,属于四类过程性性信息1件', '四类过程性', 'idiom'],
    ['工作要求,紧扣“十四五”开好局起好步', '十四五', 'idiom'],
    ['一、总体情况\n一年来,在政务公开', '一年来', 'idiom'],
    ['聚焦自然资源管理“两统一”核心职责', '两统一', 'idiom'],
    ['一方面精准答复文书，另一方面加强与复议机关沟通', '一方面', 'idiom'],
    ['打通服务群众“最后一公里”', '最后一公里', 'idiom'],
    ['区直各部门按照“五个一律”原则开展', '五个', 'idiom'],
    ['取“一网、一站、一架、一栏”的公开方式', '一架', 'idiom'],
    ['推动全面实施“双随机、一公开”监管', '双随机、一公开', 'idiom'],
    ['社会发展第十四个五年规划和二〇三五年远景目标', '五年规划', 'idiom'],
    ['坚持“一户一档”管理 (constructed)', '一户一档', 'idiom'],
    ['专题培训，切实提升一线工作人员', '一线', 'idiom'],
    ['推进“一窗受理”改革', '一窗受理', 'idiom'],
    ['抓好三大攻坚战相关政策措施', '三大攻坚战', 'idiom'],
    ['时间回复申请的“三个一”工作机制', '三个', 'idiom'],
  ];
  it.each(cases)('%j: %s is %s', (sentence, span, role) => {
    const mention = mentionAt(sentence, span);
    expect(mention.role).toBe(role);
    expect(isFigure(mention.role)).toBe(false);
  });

  const noFigureAtAll: string[] = [
    '本年报通过经开区门户网站（http://www.jeda.gov.cn）向社会公开',
    '可通过www.xjwqx.gov.cn查阅',
    '〔〕号',
    '撫遠市',
    '在 QQ群、微信群及时发布',
    '上一年项目数量',
    '结转下一年度办理',
    '进一步加强政府信息公开工作',
    '统一规范管理',
    '一起研究部署',
    '一段时间以来',
    '一部分群众反映',
    '每一项工作都落实到人',
    '提出五点要求',
    '两会期间',
    '千方百计',
    '万众一心',
    '百姓关心',
    '十分重视',
    '三农工作',
    '（以下简称《条例》）',
    '无一例因政府信息公开申请行政复议和提起行政诉讼发生',
    '其中之一',
    '星期一至星期五',
    '周一至周五',
    '是唯一一个',
    '三四个',
    '一一对应',
    '数十家单位参加',
    '几百人次',
    '三分之二的申请',
  ];
  it.each(noFigureAtAll)('%j holds no figure', (sentence) => {
    expect(findNumbers(sentence).filter((m) => isFigure(m.role))).toEqual([]);
  });
});

describe('findNumbers: whole sentences', () => {
  const cases: [string, [string, NumberRole, number][]][] = [
    [
      '截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条',
      [['2017年12月30日', 'date', 2017], ['486条', 'quantity', 486], ['12条', 'quantity', 12]],
    ],
    [
      '2 019 年，全县共主动公开信息 1 200 条 (constructed: OCR spacing is never joined)',
      [['2', 'year', 2], ['019 年', 'year', 19], ['1', 'quantity', 1], ['200 条', 'quantity', 200]],
    ],
    [
      '建议提案一件，各1名，八类23项，等9大类，由七部分组成，共6个部分，六个方面',
      [['一件', 'quantity', 1], ['1名', 'quantity', 1], ['八类', 'quantity', 8], ['23项', 'quantity', 23], ['9大类', 'quantity', 9],
        ['七部分', 'quantity', 7], ['6个部分', 'quantity', 6], ['六个方面', 'quantity', 6]],
    ],
    [
      '| 1.属于国家秘密 | 0 | 2 | 0 |',
      [['1.', 'list_marker', 1], ['0', 'quantity', 0], ['2', 'quantity', 2], ['0', 'quantity', 0]],
    ],
    [
      '分别为1、2、3件',
      [['1', 'quantity', 1], ['2', 'quantity', 2], ['3件', 'quantity', 3]],
    ],
    [
      '行政处罚 33 -12 21',
      [['33', 'quantity', 33], ['-12', 'quantity', -12], ['21', 'quantity', 21]],
    ],
  ];
  it.each(cases)('%j', (sentence, expected) => {
    const actual = findNumbers(sentence).map((m) => [sentence.slice(m.start, m.end), m.role, m.value]);
    expect(actual).toEqual(expected);
  });
});

describe('findNumbers: windows', () => {
  const text = '共受理申请12件，其中同意公开26.8万条，全文电子化率达100%。';
  it('reports absolute offsets inside [from, to) and drops what straddles a bound', () => {
    const from = text.indexOf('其中');
    const inWindow = findNumbers(text, from, text.length);
    expect(inWindow.map((m) => m.text)).toEqual(['26.8万条', '100%']);
    expect(inWindow[0].start).toBe(text.indexOf('26.8'));
    const cut = findNumbers(text, 0, text.indexOf('万条') + 1);
    expect(cut.map((m) => m.text)).toEqual(['12件']);
  });
  it('agrees with the whole-text result for every mention inside the window', () => {
    const whole = findNumbers(text);
    for (let from = 0; from < text.length; from += 3) {
      for (let to = from; to <= text.length; to += 5) {
        const expected = whole.filter((m) => m.start >= from && m.end <= to);
        expect(findNumbers(text, from, to)).toEqual(expected);
      }
    }
  });
  it('rejects impossible bounds', () => {
    expect(() => findNumbers(text, 5, 2)).toThrow(RangeError);
    expect(() => findNumbers(text, -1)).toThrow(/findNumbers/);
    expect(() => findNumbers(text, 0, text.length + 1)).toThrow(RangeError);
  });
  it('returns nothing for empty text', () => {
    expect(findNumbers('')).toEqual([]);
  });
});

describe('isFigure', () => {
  const figures: NumberRole[] = ['quantity', 'percent', 'money'];
  const others: NumberRole[] = ['year', 'date', 'period', 'phone', 'postcode', 'doc_number', 'url', 'email', 'address', 'list_marker', 'ordinal', 'code', 'idiom', 'page'];
  it.each(figures)('%s is a figure', (role) => expect(isFigure(role)).toBe(true));
  it.each(others)('%s is not a figure', (role) => expect(isFigure(role)).toBe(false));
});

describe('gold figures of the corpus (quotes of ../shared/corpus/*/gold, inlined)', () => {
  it.each(GOLD_FIGURES)('%j: %s', (quote, span, value, unit, approx) => {
    const mention = mentionAt(quote, span);
    expect(isFigure(mention.role)).toBe(true);
    expect(mention.value).toBe(value);
    expect(mention.unit).toBe(unit);
    expect(mention.approx).toBe(approx);
  });
});

/** Violations of the invariants every result must satisfy, whatever the text (collected, not asserted one by one, to stay fast on big texts). */
function invariantViolations(text: string, mentions: NumberMention[]): string[] {
  const violations: string[] = [];
  let previousEnd = 0;
  for (const m of mentions) {
    const where = `${JSON.stringify(m.text)}@${m.start}`;
    if (m.start < previousEnd) violations.push(`${where} overlaps or is out of order`);
    if (!(m.end > m.start && m.end <= text.length)) violations.push(`${where} span out of bounds`);
    if (m.text !== text.slice(m.start, m.end)) violations.push(`${where} text is not the span`);
    if (!(m.valueStart >= m.start && m.valueEnd <= m.end && m.valueEnd > m.valueStart)) violations.push(`${where} value span outside`);
    if (!Number.isFinite(m.value)) violations.push(`${where} value ${m.value}`);
    if (!(m.interval.low <= m.interval.high)) violations.push(`${where} empty interval`);
    if (isFigure(m.role) && !(m.interval.low <= m.value && m.value <= m.interval.high)) violations.push(`${where} value outside its interval`);
    previousEnd = m.end;
  }
  return violations;
}

const corpusDirs = ['dev', 'peers'].map((part) => fileURLToPath(new URL(`../../shared/corpus/${part}/texts/`, import.meta.url)));
const corpusPresent = corpusDirs.every((dir) => existsSync(dir));
if (!corpusPresent) console.warn(`numbers.test.ts: corpus folders ${corpusDirs.join(', ')} are absent; the corpus property tests are skipped.`);

describe.skipIf(!corpusPresent)('findNumbers over every corpus text (../shared/corpus/*/texts)', () => {
  const files = corpusPresent ? corpusDirs.flatMap((dir) => readdirSync(dir).map((name) => dir + name)) : [];
  it('finds the corpus texts', () => expect(files.length).toBeGreaterThan(50));
  it.each(files)('%s: sorted, non-overlapping, in bounds, windows agree', (file) => {
    const text = readFileSync(file, 'utf8');
    const whole = findNumbers(text);
    expect(invariantViolations(text, whole)).toEqual([]);
    const step = Math.max(200, Math.floor(text.length / 7));
    for (let from = 0; from < text.length; from += step) {
      const to = Math.min(text.length, from + step + 97);
      expect(findNumbers(text, from, to)).toEqual(whole.filter((m) => m.start >= from && m.end <= to));
    }
  });
});

describe('robustness', () => {
  const runs: [string, string][] = [
    ['digits', '1'.repeat(20000)],
    ['Chinese ones read digit by digit', '一'.repeat(20000)],
    ['letters and digits', 'a1'.repeat(10000)],
    ['dotted', '1.'.repeat(10000)],
    ['years', '2019年'.repeat(4000)],
    ['labels without numbers', '电话：'.repeat(5000)],
    ['numbers on lines', '1\n'.repeat(10000)],
  ];
  it.each(runs)('%s: no exception, invariants hold', (_name, text) => {
    expect(invariantViolations(text, findNumbers(text))).toEqual([]);
  });
});

describe('scale', () => {
  it('scans 1 MB of report text and returns sane counts', () => {
    const block = [
      '截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条。',
      '全市主动公开政府信息26.8万条，访问量达30余万人次，占15.83%，采购金额61.72 万元。',
      '（地址：淄博市张店区政务中心；邮编：255000；电话：0533-2869953）。',
      '| 1.属于国家秘密 | 0 | 2 | 0 |\n',
    ].join('');
    const perBlock = findNumbers(block).length;
    expect(perBlock).toBe(13);
    const repeats = Math.ceil(1_000_000 / block.length);
    const text = block.repeat(repeats);
    const mentions = findNumbers(text);
    expect(mentions.length).toBe(perBlock * repeats);
    expect(invariantViolations(text, mentions)).toEqual([]);
    expect(mentions.filter((m) => m.role === 'money').every((m) => m.value === 617200)).toBe(true);
  });
});

/**
 * Every figure that the gold annotations of ../shared/corpus quote from running text, with the
 * value, unit and approximation the annotators recorded: [quote, figure as printed, value, unit, approx].
 */
const GOLD_FIGURES: [string, string, number, Unit, Approx][] = [
  ["主动公开各类信息486条", "486条", 486, "count", "exact"],
  ["利用政务公开网站公开信息12条", "12条", 12, "count", "exact"],
  ["其他形式公开信息216条", "216条", 216, "count", "exact"],
  ["通过报刊、广播、电视等公开政府信息216余条", "216余条", 216, "count", "at_least"],
  ["回应公众关注热点或重大舆情数1次", "1次", 1, "count", "exact"],
  ["举办政策解读会1次", "1次", 1, "count", "exact"],
  ["设有政府信息公开工作专门机构1个", "1个", 1, "count", "exact"],
  ["从事政务公开工作人员为1人", "1人", 1, "count", "exact"],
  ["从事政务公开工作人员为1人，均为兼职", "1人", 1, "count", "exact"],
  ["召开政府信息公开工作会议或专题会议2次", "2次", 2, "count", "exact"],
  ["等七部分组成", "七部分", 7, "count", "exact"],
  ["公开信息1000余条", "1000余条", 1000, "count", "at_least"],
  ["共受理群众诉求29件", "29件", 29, "count", "exact"],
  ["其中民心网20件", "20件", 20, "count", "exact"],
  ["电话接访9件", "9件", 9, "count", "exact"],
  ["共计600余条", "600余条", 600, "count", "at_least"],
  ["其他信息等4类", "4类", 4, "count", "exact"],
  ["政策法规类信息21条", "21条", 21, "count", "exact"],
  ["规划计划类信息1条", "1条", 1, "count", "exact"],
  ["业务工作类信息450条", "450条", 450, "count", "exact"],
  ["其他类信息120余", "120余", 120, "count", "at_least"],
  ["年访问量达30余万人次", "30余万人次", 300000, "count", "at_least"],
  ["2014年主动公开的政府信息120条", "120条", 120, "count", "exact"],
  ["历年累计主动公开的政府信息573条", "573条", 573, "count", "exact"],
  ["全文电子化率达到100%", "100%", 100, "percent", "exact"],
  ["等9大类内容", "9大类", 9, "count", "exact"],
  ["机构职能类信息18条，占15%", "18条", 18, "count", "exact"],
  ["机构职能类信息18条，占15%", "15%", 15, "percent", "exact"],
  ["政策、规范性文件类信息19条，占15.83%", "19条", 19, "count", "exact"],
  ["政策、规范性文件类信息19条，占15.83%", "15.83%", 15.83, "percent", "exact"],
  ["规划计划类信息24条，占20%", "24条", 24, "count", "exact"],
  ["规划计划类信息24条，占20%", "20%", 20, "percent", "exact"],
  ["行政许可类信息4条，占3.33%", "4条", 4, "count", "exact"],
  ["行政许可类信息4条，占3.33%", "3.33%", 3.33, "percent", "exact"],
  ["重大建设项目、为民办实事类信息2条，占1.67%", "2条", 2, "count", "exact"],
  ["重大建设项目、为民办实事类信息2条，占1.67%", "1.67%", 1.67, "percent", "exact"],
  ["科教文体卫生类信息39条，占32.5%", "39条", 39, "count", "exact"],
  ["科教文体卫生类信息39条，占32.5%", "32.5%", 32.5, "percent", "exact"],
  ["安全生产、应急管理类信息14条，占11.67%", "14条", 14, "count", "exact"],
  ["安全生产、应急管理类信息14条，占11.67%", "11.67%", 11.67, "percent", "exact"],
  ["全市主动公开政府信息26.8万条", "26.8万条", 268000, "count", "exact"],
  ["依申请公开信息223条", "223条", 223, "count", "exact"],
  ["等六部分组成", "六部分", 6, "count", "exact"],
  ["我局通过示范区管委会网站审计信息栏目公开信息20条", "20条", 20, "count", "exact"],
  ["全年受理政府信息公开申请62件", "62件", 62, "count", "exact"],
  ["本年度在政府网站主动公开信息12条次", "12条次", 12, "count", "exact"],
  ["专门配备了1名兼职工作人员", "1名", 1, "count", "exact"],
  ["本委2010年共主动公开政府信息45条", "45条", 45, "count", "exact"],
  ["全文电子化率达100%", "100%", 100, "percent", "exact"],
  ["法规文件类信息45", "45", 45, "count", "exact"],
  ["法规文件类信息45,占总体的比例为100%", "100%", 100, "percent", "exact"],
  ["專門配備了2名全職工作人員", "2名", 2, "count", "exact"],
  ["31名兼職工作人員", "31名", 31, "count", "exact"],
  ["市公安局入口網站更新發布信息1694條", "1694條", 1694, "count", "exact"],
  ["訪問量累計達到1801730 次", "1801730 次", 1801730, "count", "exact"],
  ["“平安重慶”官方微博發布信息2769條", "2769條", 2769, "count", "exact"],
  ["其中主动公开29条", "29条", 29, "count", "exact"],
  ["受理政府信息公开申请2条", "2条", 2, "count", "exact"],
  ["及时发布各类文件、财务、人事等信息237件", "237件", 237, "count", "exact"],
  ["公开政策解读信息26条", "26条", 26, "count", "exact"],
  ["通過政府門戶網站共發布信息18篇", "18篇", 18, "count", "exact"],
  ["政府信息年報1篇", "1篇", 1, "count", "exact"],
  ["土地資源6篇", "6篇", 6, "count", "exact"],
  ["礦產資源10篇", "10篇", 10, "count", "exact"],
  ["城市規劃1篇", "1篇", 1, "count", "exact"],
  ["报告内容共分为六个部分", "六个部分", 6, "count", "exact"],
  ["我局共收到政府信息公开申请315件", "315件", 315, "count", "exact"],
  ["我局共收到政府信息公开申请315件,均通过政务网渠道提交", "315件", 315, "count", "exact"],
  ["其中298件按时办结", "298件", 298, "count", "exact"],
  ["17件结转下年度办理", "17件", 17, "count", "exact"],
  ["全年涉及政府信息公开的行政复议13件", "13件", 13, "count", "exact"],
  ["行政诉讼1件", "1件", 1, "count", "exact"],
  ["在县人民政府外网主动公开政府信息数13条", "13条", 13, "count", "exact"],
  ["乡镇动态11条", "11条", 11, "count", "exact"],
  ["财政预算决算2条", "2条", 2, "count", "exact"],
  ["在信息公示栏、宣传展板、工作手册公开内容145条", "145条", 145, "count", "exact"],
  ["在眉山日报、四川农村日报公开发布工作动态5条", "5条", 5, "count", "exact"],
  ["全年共主动公开政府信息565条", "565条", 565, "count", "exact"],
  ["发布工作信息421条", "421条", 421, "count", "exact"],
  ["制定并发布规范性文件11件", "11件", 11, "count", "exact"],
  ["发布统计信息2条", "2条", 2, "count", "exact"],
  ["发布人事信息6条", "6条", 6, "count", "exact"],
  ["发布财政及“三公经费”信息2条", "2条", 2, "count", "exact"],
  ["更新办事指南143条", "143条", 143, "count", "exact"],
  ["通过政务微信公开信息25条", "25条", 25, "count", "exact"],
  ["政策解读稿件7条", "7条", 7, "count", "exact"],
  ["回应热点事件或舆情2次", "2次", 2, "count", "exact"],
  ["通过市政府互动平台处理网上投诉116 件", "116 件", 116, "count", "exact"],
  ["通过局门户网站受理咨询投诉405件", "405件", 405, "count", "exact"],
  ["“12333”人力资源和社会保障咨询服务热线共接听市民咨询电话约11万个", "约11万个", 110000, "count", "about"],
  ["共接到政府信息公开申请4件", "4件", 4, "count", "exact"],
  ["网站全年主动公开235条信息", "235条", 235, "count", "exact"],
  ["政策文件34条", "34条", 34, "count", "exact"],
  ["工作动态161条", "161条", 161, "count", "exact"],
  ["财政预决算2条", "2条", 2, "count", "exact"],
  ["重点领域信息(执法监督)30条", "30条", 30, "count", "exact"],
  ["重大民生信息(城乡建管)4条", "4条", 4, "count", "exact"],
  ["重大民生信息(市政建设)4条", "4条", 4, "count", "exact"],
  ["微博发布信息700条", "700条", 700, "count", "exact"],
  ["向社会公众公开涉及住建委职能相关工作动态和各类政府信息660条", "660条", 660, "count", "exact"],
  ["公开招标与中标信息114条", "114条", 114, "count", "exact"],
  ["政务微信联动机制进一步完善,共发布文章514篇", "514篇", 514, "count", "exact"],
  ["文章总阅读量5203次", "5203次", 5203, "count", "exact"],
  ["共受理政府信息公开申请222件", "222件", 222, "count", "exact"],
  ["答复政府信息公开申请226件", "226件", 226, "count", "exact"],
  ["含上年度结转申请15件", "15件", 15, "count", "exact"],
  ["其他需要报告的事项等六部分组成", "六部分", 6, "count", "exact"],
  ["通过政府信息公开专栏主动公开政府信息300条", "300条", 300, "count", "exact"],
  ["出台规范性文件2份", "2份", 2, "count", "exact"],
  ["发布住建行业相关政策解读8份", "8份", 8, "count", "exact"],
  ["其他需要报告的事项”六部分组成", "六部分", 6, "count", "exact"],
  ["在区政府门户网站信息公开专栏上主动公开政府信息38条", "38条", 38, "count", "exact"],
  ["共收到政府信息公开申请4", "4", 4, "count", "exact"],
  ["当面申请1件", "1件", 1, "count", "exact"],
  ["网络申请1件", "1件", 1, "count", "exact"],
  ["邮寄申请2件", "2件", 2, "count", "exact"],
  ["2020年,中心网站发布各类信息635条", "635条", 635, "count", "exact"],
  ["中心网站、微博共办理66余件", "66余件", 66, "count", "at_least"],
  ["市长信箱及市长公开电话等35件", "35件", 35, "count", "exact"],
  ["民心网平台24件", "24件", 24, "count", "exact"],
  ["主動公開規章12件", "12件", 12, "count", "exact"],
  ["行政規範性檔案43件", "43件", 43, "count", "exact"],
  ["市政府其他檔案93件", "93件", 93, "count", "exact"],
  ["人事任免檔案142件", "142件", 142, "count", "exact"],
  ["主动公开政府信息779条", "779条", 779, "count", "exact"],
  ["机构领导及机构设置83条", "83条", 83, "count", "exact"],
  ["重点领域信息392条", "392条", 392, "count", "exact"],
  ["财政预决算203条", "203条", 203, "count", "exact"],
  ["政策解读11条", "11条", 11, "count", "exact"],
  ["规范性文件1条", "1条", 1, "count", "exact"],
  ["其他类信息89条", "89条", 89, "count", "exact"],
  ["本年新收33件", "33件", 33, "count", "exact"],
  ["上年结转0件", "0件", 0, "count", "exact"],
  ["结转至下年办理0件", "0件", 0, "count", "exact"],
  ["其他需要报告的事项共6个部分", "6个部分", 6, "count", "exact"],
  ["通过政府网站主动公开信息4109条", "4109条", 4109, "count", "exact"],
  ["政务公开类信息3473条", "3473条", 3473, "count", "exact"],
  ["政务动态类信息636", "636", 636, "count", "exact"],
  ["本年度公開發(fā)布信息69條", "69條", 69, "count", "exact"],
  ["部門文件 2條", "2條", 2, "count", "exact"],
  ["行業(yè)管理10條", "10條", 10, "count", "exact"],
  ["部門動(dòng)態(tài)57條", "57條", 57, "count", "exact"],
  ["總訪問量26058次", "26058次", 26058, "count", "exact"],
  ["全年主动公开政府信息2406条", "2406条", 2406, "count", "exact"],
  ["其中政府网站公开2073条", "2073条", 2073, "count", "exact"],
  ["政务微博公开101条", "101条", 101, "count", "exact"],
  ["政务微信公开232条", "232条", 232, "count", "exact"],
  ["通过报刊、广播、电视等其他方式公开800条", "800条", 800, "count", "exact"],
  ["配备了 4 名政府信\n息公开全职工作人员", "4 名", 4, "count", "exact"],
  ["60名兼职工作人员", "60名", 60, "count", "exact"],
  ["予以公开2件", "2件", 2, "count", "exact"],
  ["部分公开2件", "2件", 2, "count", "exact"],
  ["属于四类过程性性信息1件", "1件", 1, "count", "exact"],
  ["本办不掌握相关政府信息2件", "2件", 2, "count", "exact"],
  ["其他1件(申请人自主撤销)", "1件", 1, "count", "exact"],
  ["各类信息516条", "516条", 516, "count", "exact"],
  ["在各级新闻媒体发布信息发布信息200余篇", "200余篇", 200, "count", "at_least"],
  ["微信公众号共发布文章473篇", "473篇", 473, "count", "exact"],
  ["门户网站发布信息265条", "265条", 265, "count", "exact"],
  ["新收到政府信息公开申请4件", "4件", 4, "count", "exact"],
  ["六部分组成", "六部分", 6, "count", "exact"],
  ["专门配备了2名全职工作人员", "2名", 2, "count", "exact"],
  ["0名兼职工作人员", "0名", 0, "count", "exact"],
  ["2011年共主动公开政府信息257条", "257条", 257, "count", "exact"],
  ["等六个部分组成", "六个部分", 6, "count", "exact"],
  ["2013年累计主动公开政府信息35条", "35条", 35, "count", "exact"],
  ["政策法规类信息26条,占74%", "26条", 26, "count", "exact"],
  ["政策法规类信息26条,占74%", "74%", 74, "percent", "exact"],
  ["工作信息7条,占20%", "7条", 7, "count", "exact"],
  ["工作信息7条,占20%", "20%", 20, "percent", "exact"],
  ["机构信息2条,占6%", "2条", 2, "count", "exact"],
  ["机构信息2条,占6%", "6%", 6, "percent", "exact"],
  ["明确了八类23项主动公开的民政业务信息", "八类", 8, "count", "exact"],
  ["我局主动公开政府信息63条", "63条", 63, "count", "exact"],
  ["门户网站点击率20万人次", "20万人次", 200000, "count", "exact"],
  ["依申请公开7件", "7件", 7, "count", "exact"],
  ["网络和信函申请各3件", "3件", 3, "count", "exact"],
  ["行政诉讼1件(维持原行政行为)", "1件", 1, "count", "exact"],
  ["全年发布信息稿件3000余篇", "3000余篇", 3000, "count", "at_least"],
  ["受理并答复3件", "3件", 3, "count", "exact"],
  ["等六个方面内容", "六个方面", 6, "count", "exact"],
  ["通过政府门户网站主动公开信息138条", "138条", 138, "count", "exact"],
  ["概况3条", "3条", 3, "count", "exact"],
  ["政策文件信息31条", "31条", 31, "count", "exact"],
  ["工作动态信息80条", "80条", 80, "count", "exact"],
  ["财政信息2条", "2条", 2, "count", "exact"],
  ["其他信息22条", "22条", 22, "count", "exact"],
  ["通过区政府门户网站公开镇财政信息,1条", "1条", 1, "count", "exact"],
  ["微信公众号推送涉及教育、医疗、公共文化、社会保障等的政务动态68余条", "68余条", 68, "count", "at_least"],
  ["主动公开政务信息共217条", "217条", 217, "count", "exact"],
  ["门户网站公开125条", "125条", 125, "count", "exact"],
  ["微信公众号公开92条", "92条", 92, "count", "exact"],
  ["2012年,全局累計主動公開政府信息12條", "12條", 12, "count", "exact"],
  ["其中概況類信息3條", "3條", 3, "count", "exact"],
  ["計劃總結類信息2條", "2條", 2, "count", "exact"],
  ["政策、法規類信息2條", "2條", 2, "count", "exact"],
  ["工作動態類信息4條", "4條", 4, "count", "exact"],
  ["其他類信息1條", "1條", 1, "count", "exact"],
  ["其他需要报告的事项六个部分", "六个部分", 6, "count", "exact"],
  ["全年通过门户网站主动公开各类政府信息4150条", "4150条", 4150, "count", "exact"],
  ["政务微信公众号推送信息1351条", "1351条", 1351, "count", "exact"],
  ["制作原创政策图解40篇", "40篇", 40, "count", "exact"],
  ["公开省人大代表建议办理结果103件", "103件", 103, "count", "exact"],
  ["省政协委员提案办理结果99件", "99件", 99, "count", "exact"],
  ["2021年通过政府网站主动公开信息73条", "73条", 73, "count", "exact"],
  ["其中:统计数据12条", "12条", 12, "count", "exact"],
  ["工作动态信息21条", "21条", 21, "count", "exact"],
  ["第七次全国人口普查专题专栏信息1条", "1条", 1, "count", "exact"],
  ["重要会议信息4条", "4条", 4, "count", "exact"],
  ["公示公告信息2条", "2条", 2, "count", "exact"],
  ["其他信息33条", "33条", 33, "count", "exact"],
  ["通过东丽区政府信息公开网站主动发布公开信息424件", "424件", 424, "count", "exact"],
  ["通过“天津东丽教育”微信公众号刊发基层信息933件", "933件", 933, "count", "exact"],
  ["收到处理依申请公开件4件", "4件", 4, "count", "exact"],
  ["政府信息公开工作人员业务培训会13次", "13次", 13, "count", "exact"],
  ["培训人员764人次", "764人次", 764, "count", "exact"],
  ["主动公开政府信息380条", "380条", 380, "count", "exact"],
  ["其中文件公开30条", "30条", 30, "count", "exact"],
  ["政务动态信息94条", "94条", 94, "count", "exact"],
  ["机关信息104条", "104条", 104, "count", "exact"],
  ["业务服务信息152条", "152条", 152, "count", "exact"],
  ["在区政府门户网站主动公开各类信息共计7593条", "7593条", 7593, "count", "exact"],
  ["2024年全区共收到依申请公开件30件", "30件", 30, "count", "exact"],
  ["上年度结转办理件1件", "1件", 1, "count", "exact"],
  ["共办结24件", "24件", 24, "count", "exact"],
  ["结转到2025年办理7件", "7件", 7, "count", "exact"],
  ["及时公开重点领域政府信息2424条", "2424条", 2424, "count", "exact"],
  ["发布政策解读24篇", "24篇", 24, "count", "exact"],
  ["共受理各类群众诉求近17250件", "近17250件", 17250, "count", "about"],
  ["结转上年后新收到依申请公开事项47件", "47件", 47, "count", "exact"],
  ["通过信函申请39件", "39件", 39, "count", "exact"],
  ["电子邮件7件", "7件", 7, "count", "exact"],
  ["在线申请1件", "1件", 1, "count", "exact"],
  ["当面申请0件", "0件", 0, "count", "exact"],
  ["已答复59件", "59件", 59, "count", "exact"],
  ["“予以公开”3件", "3件", 3, "count", "exact"],
  ["“部分公开”36件", "36件", 36, "count", "exact"],
  ["“不予公开”2件", "2件", 2, "count", "exact"],
  ["“无法提供”18件", "18件", 18, "count", "exact"],
  ["以及其他需要报告的事项等六部分", "六部分", 6, "count", "exact"],
  ["涉及的行政诉讼数为 0 件", "0 件", 0, "count", "exact"],
  ["市科委通过部门网站当年发布政府信息 393 件", "393 件", 393, "count", "exact"],
  ["行政规范性文件 13 件", "13 件", 13, "count", "exact"],
  ["规划计划文件 2 件", "2 件", 2, "count", "exact"],
  ["“上海科技”网站全年累计发布信息 2139 条", "2139 条", 2139, "count", "exact"],
  ["动态类信息发布 1744 条", "1744 条", 1744, "count", "exact"],
  ["解读类信息发布 21 条", "21 条", 21, "count", "exact"],
  ["回应公众关注热点信息 2 条", "2 条", 2, "count", "exact"],
  ["“上海科技”微信公众号共编发文章 1640 篇", "1640 篇", 1640, "count", "exact"],
  ["不予公开答复 2 件", "2 件", 2, "count", "exact"],
  ["无法提供的 10 件", "10 件", 10, "count", "exact"],
  ["不予处理 0 件", "0 件", 0, "count", "exact"],
  ["其他处理 14 件", "14 件", 14, "count", "exact"],
  ["转下一年度办理答复的有 1 件", "1 件", 1, "count", "exact"],
  ["全年主动公开市政府规章 22 件", "22 件", 22, "count", "exact"],
  ["市政府及市政府办公厅行政规范性文件 34 件", "34 件", 34, "count", "exact"],
  ["人事任免文件 196 件", "196 件", 196, "count", "exact"],
  ["其他文件 84 件", "84 件", 84, "count", "exact"],
  ["召开市政府新闻发布会 42 场", "42 场", 42, "count", "exact"],
  ["全市累计发布政策解读短视频近 300 个", "近 300 个", 300, "count", "about"],
  ["刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等 243 件", "243 件", 243, "count", "exact"],
  ["共发布各类信息 13528 条", "13528 条", 13528, "count", "exact"],
  ["总浏览量为 536 万", "536 万", 5360000, "count", "exact"],
  ["不予公开 20 件（1.68%）", "20 件", 20, "count", "exact"],
  ["因本机关不掌握等原因无法提供 564 件（47.36%）", "564 件", 564, "count", "exact"],
  ["属信访、重复申请等不予处理 80 件（6.72%）", "80 件", 80, "count", "exact"],
  ["其他处理 319 件（26.78%", "319 件", 319, "count", "exact"],
  ["全年通过县政府门户网站主动公开政府信息4511条", "4511条", 4511, "count", "exact"],
  ["督促县直部门在信息公开页面发布信息3044条", "3044条", 3044, "count", "exact"],
  ["全年公开政策文件4件", "4件", 4, "count", "exact"],
  ["全年累计发布解读类信息 21 条", "21 条", 21, "count", "exact"],
  ["收取信息处理费共计380元", "380元", 380, "yuan", "exact"],
  ["本报告共分6个部分", "6个部分", 6, "count", "exact"],
  ["通过实验区政府门户网站累计主动公开政府信息7700余条", "7700余条", 7700, "count", "at_least"],
  ["公开科技创新、营商环境、重大项目、民生保障等重点领域信息2000余条", "2000余条", 2000, "count", "at_least"],
  ["通过“平潭发布”公众号发布信息672条", "672条", 672, "count", "exact"],
  ["发布文字、图解、H5等多形式政策解读82篇", "82篇", 82, "count", "exact"],
  ["行政诉讼9起", "9起", 9, "count", "exact"],
  ["政府信息公开情况统计表共七个部分组成", "七个部分", 7, "count", "exact"],
  ["2015年主动公开政府信息2949条", "2949条", 2949, "count", "exact"],
  ["机构职能类信息117条", "117条", 117, "count", "exact"],
  ["政策、规范性文件类信息124条", "124条", 124, "count", "exact"],
  ["规划计划类信息19条", "19条", 19, "count", "exact"],
  ["行政许可类信息33条", "33条", 33, "count", "exact"],
  ["重大建设项目29条", "29条", 29, "count", "exact"],
  ["为民办实事类信息141条", "141条", 141, "count", "exact"],
  ["国土资源、城乡建设、环保能类491条", "491条", 491, "count", "exact"],
  ["科教文体卫生类信息65条", "65条", 65, "count", "exact"],
  ["安全生产、应急管理类信息77条", "77条", 77, "count", "exact"],
  ["民政扶贫救灾社会保障就业类信息22条", "22条", 22, "count", "exact"],
  ["其他应主动公开的信息1831条", "1831条", 1831, "count", "exact"],
  ["2015年政府信息公开专栏访问量达133890人次", "133890人次", 133890, "count", "exact"],
  ["政府信息公开情况统计表共六个部分组成", "六个部分", 6, "count", "exact"],
  ["处置网络舆情70多件", "70多件", 70, "count", "at_least"],
  ["截至目前共收到15564件咨询投诉件", "15564件", 15564, "count", "exact"],
  ["微博29个，共发布信息1992条", "1992条", 1992, "count", "exact"],
  ["微信公众号41个，共发布信息3404条", "3404条", 3404, "count", "exact"],
  ["2018年全区主动公开政府信息2069条", "2069条", 2069, "count", "exact"],
  ["机构职能类信息211条", "211条", 211, "count", "exact"],
  ["政策、规范性文件类信息82条", "82条", 82, "count", "exact"],
  ["规划计划类信息15条", "15条", 15, "count", "exact"],
  ["财政预决算类信息35条", "35条", 35, "count", "exact"],
  ["行政事业性收费信息3条", "3条", 3, "count", "exact"],
  ["政府集中采购项目类信息55条", "55条", 55, "count", "exact"],
  ["行政许可类信息13条", "13条", 13, "count", "exact"],
  ["重大建设项目129条", "129条", 129, "count", "exact"],
  ["扶贫、教育、医疗、社会保障、促进就业类信息52条", "52条", 52, "count", "exact"],
  ["应急管理类信息15条", "15条", 15, "count", "exact"],
  ["环保、公共卫生、安全生产、食品药品、产品质量类信息281条", "281条", 281, "count", "exact"],
  ["城乡建设和管理的重大事项类信息23条", "23条", 23, "count", "exact"],
  ["社会公益事业建设类信息5条", "5条", 5, "count", "exact"],
  ["征收或征用土地类信息89条", "89条", 89, "count", "exact"],
  ["民政扶贫救灾社会保障就业类信息32条", "32条", 32, "count", "exact"],
  ["其他信息1029条", "1029条", 1029, "count", "exact"],
  ["2018年政府信息公开专栏访问量达108932人次", "108932人次", 108932, "count", "exact"],
  ["其他需要报告的事项等六个部分", "六个部分", 6, "count", "exact"],
  ["我区政府信息公开单位共公布政府信息2599条", "2599条", 2599, "count", "exact"],
  ["机构职能类信息25条", "25条", 25, "count", "exact"],
  ["政策、规范性文件类信息68条", "68条", 68, "count", "exact"],
  ["规划计划类信息28条", "28条", 28, "count", "exact"],
  ["行政许可类信息69条", "69条", 69, "count", "exact"],
  ["重大建设项目信息90条", "90条", 90, "count", "exact"],
  ["为民办实事类信息175条", "175条", 175, "count", "exact"],
  ["民政扶贫救灾社会保障就业类信息67条", "67条", 67, "count", "exact"],
  ["国土资源城乡建设环保能源类信息983条", "983条", 983, "count", "exact"],
  ["科教文体卫生类信息48条", "48条", 48, "count", "exact"],
  ["安全生产、应急管理类信息124条", "124条", 124, "count", "exact"],
  ["其他应主动公开政府信息856条", "856条", 856, "count", "exact"],
  ["组织19期《问政平潭有事你说》，区直部门领导参与并解答群众关切和社会热点", "19期", 19, "count", "exact"],
  ["全年主动公开我区各级单位政府信息2645条", "2645条", 2645, "count", "exact"],
  ["及时回应社会关切，推出20期《问政平潭之有事您说》等相关栏目", "20期", 20, "count", "exact"],
  ["对29项涉及群众切身利益、重大公共利益、需广泛知晓的重要政策文件进行解读", "29项", 29, "count", "exact"],
  ["本年度全区共收到70件申请", "70件", 70, "count", "exact"],
  ["及时依法依规办结69件", "69件", 69, "count", "exact"],
  ["1件结转下年度继续办理", "1件", 1, "count", "exact"],
  ["政府信息公开情况统计表共五个部分组成", "五个部分", 5, "count", "exact"],
  ["其中主动公开政府信息425条", "425条", 425, "count", "exact"],
  ["机构职能、主要职能、办事程序信息148条，占34.8%", "148条", 148, "count", "exact"],
  ["机构职能、主要职能、办事程序信息148条，占34.8%", "34.8%", 34.8, "percent", "exact"],
  ["政策、规范性文件类信息21条，占4.9%", "21条", 21, "count", "exact"],
  ["政策、规范性文件类信息21条，占4.9%", "4.9%", 4.9, "percent", "exact"],
  ["规划计划类信息21条，占4.9%", "21条", 21, "count", "exact"],
  ["规划计划类信息21条，占4.9%", "4.9%", 4.9, "percent", "exact"],
  ["行政许可类信息8条，占1.9%", "8条", 8, "count", "exact"],
  ["行政许可类信息8条，占1.9%", "1.9%", 1.9, "percent", "exact"],
  ["重大建设项目、为民办实事类信息49条，占11.5%", "49条", 49, "count", "exact"],
  ["重大建设项目、为民办实事类信息49条，占11.5%", "11.5%", 11.5, "percent", "exact"],
  ["民政扶贫救灾社会社保就业类信息23条，占5.4%", "23条", 23, "count", "exact"],
  ["民政扶贫救灾社会社保就业类信息23条，占5.4%", "5.4%", 5.4, "percent", "exact"],
  ["国土资源城乡建设环保能源类信息33条，占7.8%", "33条", 33, "count", "exact"],
  ["国土资源城乡建设环保能源类信息33条，占7.8%", "7.8%", 7.8, "percent", "exact"],
  ["科教文体卫生类信息55条，占12.9%", "55条", 55, "count", "exact"],
  ["科教文体卫生类信息55条，占12.9%", "12.9%", 12.9, "percent", "exact"],
  ["安全生产、应急管理类信息63条，占14.8%", "63条", 63, "count", "exact"],
  ["安全生产、应急管理类信息63条，占14.8%", "14.8%", 14.8, "percent", "exact"],
  ["2011年政府信息公开专栏访问量达11460人次", "11460人次", 11460, "count", "exact"],
  ["2013年新增主动公开政府信息45条", "45条", 45, "count", "exact"],
  ["政策法规及业务类的信息32条", "32条", 32, "count", "exact"],
  ["规划计划类的信息13条", "13条", 13, "count", "exact"],
  ["2013年有约4900人次通过各种方式向我局各部门、基层所咨询涉税信息有关事务", "约4900人次", 4900, "count", "about"],
  ["我局收到以有关政府信息公开行政复议0件", "0件", 0, "count", "exact"],
  ["兼职人员1人", "1人", 1, "count", "exact"],
  ["产生的政府信息公开费用1万元", "1万元", 10000, "yuan", "exact"],
  ["通过政府门户网站全年主动公开各类政府信息10407条", "10407条", 10407, "count", "exact"],
  ["全年发布政策文件解读96篇", "96篇", 96, "count", "exact"],
];
