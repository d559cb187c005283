/**
 * The prose extractors, table-driven: each row is real text of the corpus (written here so the
 * tests run without ../shared) and the catalogued facts one extractor must read from it, no more.
 * Known misses live in test/backlog/prose.md.
 */
import { describe, expect, it } from 'vitest';
import { extractContext } from '../pipeline/06-extract/index.js';
import { processText } from '../pipeline/stages.js';
import { readKeywords } from '../extractors/prose/keywords.js';
import { isTableLine } from '../extractors/prose/running-text.js';
import { sentenceViews } from '../extractors/prose/sentences.js';
import { cleanCategoryLabel } from '../extractors/prose/rules/list.js';
import { findNumbers, isFigure } from '../extractors/numbers/index.js';
import type { Fact, ProcessedDoc } from '../schemas/types.js';

/** `metric = value`, with `[label]` and `~approx` when the fact has them. */
type Expected = string;

function show(fact: Pick<Fact, 'metric' | 'label' | 'value' | 'approx'>): Expected {
  return `${fact.metric}${fact.label !== undefined ? `[${fact.label}]` : ''} = ${fact.value}${fact.approx !== 'exact' ? ` ~${fact.approx}` : ''}`;
}

function processed(text: string): ProcessedDoc {
  const result = processText(text, 'sentence.txt');
  if (result.status !== 'ok') throw new Error(`${result.errorCode}: ${result.error}`);
  return result;
}

function catalogued(text: string, extractor?: string): Expected[] {
  return processed(text)
    .facts.filter((f) => f.metric !== null && (extractor === undefined || f.extractor === extractor))
    .map(show)
    .sort();
}

/** Catalogued facts read from running text: the table extractors' cells (src 'table') left out. */
function cataloguedFromText(text: string): Expected[] {
  return processed(text)
    .facts.filter((f) => f.metric !== null && f.src === 'text')
    .map(show)
    .sort();
}

function table(extractor: string, rows: [string, Expected[]][]): void {
  describe(extractor, () => {
    for (const [text, expected] of rows) {
      it(text.slice(0, 40), () => expect(catalogued(text, extractor)).toEqual([...expected].sort()));
    }
  });
}

table('prose.pattern', [
  ['截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条，其他形式公开信息216条。',
    ['active.total = 486', 'active.channel.website = 12', 'active.channel.other = 216']],
  ['全年主动公开政府信息2406条，其中政府网站公开2073条，政务微博公开101条，政务微信公开232条，通过报刊、广播、电视等其他方式公开800条。',
    ['active.total = 2406', 'active.channel.website = 2073', 'active.channel.weibo = 101', 'active.channel.wechat = 232', 'active.channel.media = 800']],
  ['全年在溪湖区人民政府信息公开平台和本溪市教育网等渠道公开信息1000余条。', ['active.total = 1000 ~at_least']],
  ['截止2014年12月1日，2014年主动公开的政府信息120条，历年累计主动公开的政府信息573条，全文电子化率达到100%。',
    ['active.total = 120', 'active.cumulative = 573', 'active.fulltext_rate = 100']],
  ['全年通过县政府门户网站主动公开政府信息4511条，开展意见征集9期。督促县直部门在信息公开页面发布信息3044条，确保信息传递无死角。',
    ['active.total = 4511', 'active.channel.platform = 3044']],
  ['公开科技创新、营商环境、重大项目、民生保障等重点领域信息2000余条，通过“平潭发布”公众号发布信息672条，有效保障群众知情权、监督权。',
    ['active.category[重点领域] = 2000 ~at_least', 'active.channel.wechat = 672']],
  ['2025年，我局共收到政府信息公开申请315件，均通过政务网渠道提交。其中298件按时办结，17件结转下年度办理。全年涉及政府信息公开的行政复议13件，行政诉讼1件，无相关投诉事项。',
    ['apply.new.total = 315', 'apply.by_channel[政务网] = 315', 'apply.handled.total = 298', 'apply.carried_out.total = 17', 'appeal.review.total = 13', 'appeal.suit.total = 1']],
  ['2022年，区政府办公室共收到8份政府信息公开申请，均为自然人申请。其中，予以公开2件，部分公开2件，属于四类过程性性信息1件，本办不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转。',
    ['apply.new.total = 8', 'apply.new.natural = 8', 'apply.disclosed.total = 2', 'apply.partial.total = 2', 'apply.withheld.process.total = 1', 'apply.unable.not_held.total = 2', 'apply.other_handling.total = 1']],
  ['全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。',
    ['apply.new.total = 749', 'apply.new.natural = 741', 'apply.handled.total = 718', 'apply.carried_out.total = 31']],
  // 自然人 of the applications handled, not received: no cell of 一、本年新收.
  ['全年办理政府信息公开申请 20 件，其中自然人申请 18 件。', ['apply.handled.total = 20']],
  ['2024年全区共收到依申请公开件30件，上年度结转办理件1件，共办结24件。',
    ['apply.new.total = 30', 'apply.carried_in.total = 1', 'apply.handled.total = 24']],
  ['2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。',
    ['apply.new.total = 154', 'apply.handled.total = 148', 'apply.carried_out.total = 6', 'appeal.review.total = 36', 'appeal.suit.total = 9']],
  ['2024年共受理依申请公开事项59件，结转上年后新收到依申请公开事项47件，较上一年度增加42件。', ['apply.new.total = 47']],
  ['2017年，经开区教育局回应公众关注热点或重大舆情数1次。', ['response.hot_topics = 1']],
  ['对29项涉及群众切身利益、重大公共利益、需广泛知晓的重要政策文件进行解读。', ['response.interpretations = 29']],
  ['召开市政府新闻发布会 42 场、新闻通气会 19 场，有效增强政策发布的权威性。', ['response.press_conferences = 42']],
  ['吉林经开区教育局设有政府信息公开工作专门机构1个，从事政务公开工作人员为1人，均为兼职。全年召开政府信息公开工作会议或专题会议2次。',
    ['org.units = 1', 'org.staff.total = 1', 'org.staff.part_time = 1', 'org.meetings = 2']],
  ['全年共组织开展政府信息公开工作人员业务培训会13次，培训人员764人次。', ['org.trainings = 13', 'org.trainees = 764']],
  ['根据《条例》要求，2012 年，统计局队配备了 4 名政府信\n息公开全职工作人员，60名兼职工作人员，设有 1个专门的信\n息申请受理点。',
    ['org.staff.full_time = 4', 'org.staff.part_time = 60']],
  ['教育局共受理群众诉求29件，其中民心网20件，电话接访9件，民心网反馈20件。', ['complaints.total = 29']],
  ['通过市政府互动平台处理网上投诉116 件；2次参加市政府组织的在线访谈栏目；通过局门户网站受理咨询投诉405件。',
    ['complaints.by_channel[市政府互动平台] = 116', 'complaints.by_channel[局门户网站] = 405']],
  ['以上信息都从张店区教育信息网主动公开，教育信息网年访问量达30余万人次。', ['platform.visits = 300000 ~at_least']],
  ['全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。', ['fees.collected = 380']],
]);

table('prose.negation', [
  ['2014年，没有发生针对区教育局有关信息公开工作的行政复议、诉讼和申诉情况。',
    ['appeal.review.total = 0', 'appeal.suit.total = 0', 'appeal.complaints.total = 0']],
  ['2018年度未发生关于信息公开事项的行政复议案、行政诉讼案等各类申诉案。', ['appeal.review.total = 0', 'appeal.suit.total = 0']],
  ['全年未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。', ['appeal.review.total = 0', 'appeal.suit.total = 0']],
  ['2013年度我局没有政府信息公开的收费和减免情况。', ['fees.collected = 0', 'fees.waived = 0']],
  ['2014年，区教育局未收到此类申请。', ['apply.new.total = 0']],
  ['2021年，无收取信息处理费情况。', ['fees.collected = 0']],
  ['本年度我局政务信息全部为主动公开，无政府信息依申请公开办理情况，无政策解读、舆情热点回应情况，无因政府信息公开申请行政复议和提起行政诉讼情况。',
    ['apply.new.total = 0', 'response.interpretations = 0', 'response.hot_topics = 0', 'appeal.review.total = 0', 'appeal.suit.total = 0']],
  ['我局没有从事政府信息公开工作的全职人员，兼职人员1人。', ['org.staff.full_time = 0']],
]);

table('prose.list', [
  ['主动公开的信息中，机构职能类信息18条，占15%；政策、规范性文件类信息19条，占15.83%。',
    ['active.category[机构职能] = 18', 'active.category_share[机构职能] = 15', 'active.category[政策、规范性文件] = 19', 'active.category_share[政策、规范性文件] = 15.83']],
  ['2016年我乡通过政府门户网站主动公开信息138条。其中：概况3条，政策文件信息31条，工作动态信息80条，财政信息2条，其他信息22条。',
    ['active.category[概况] = 3', 'active.category[政策文件] = 31', 'active.category[工作动态] = 80', 'active.category[财政] = 2', 'active.category[其他] = 22']],
  ['本年度张店区教育局政府信息公开内容包括政策法规、规划计划、业务工作、其他信息等4类，共计600余条，其中政策法规类信息21条，包括《2014年张店地区部分普通高中学校招生指标分配实施方案 》、《2014年张店地区义务教育段民办学校招生工作实施方案》、《2014年义务教育段学校招生工作实施意见》、《2014年张店地区初中毕业生体育与健康测试工作实施方案》、《2014年高中段学校招生工作实施意见》，《2014年张店区初中学业考试工作实施方案》等。规划计划类信息1条，包括《张店区教育局2014年工作计划要点》。业务工作类信息450条，包括综合性业务、人事管理、财务管理、基础教育（含学前教育）、职业与成人教育、学校体育与卫生教育、招生考试等教育工作各个方面。其他类信息120余。',
    ['active.category_count = 4', 'active.category[政策法规] = 21', 'active.category[规划计划] = 1', 'active.category[业务工作] = 450', 'active.category[其他] = 120 ~at_least']],
  ['全年主动公开市政府规章 22 件、市政府及市政府办公厅行\n政规范性文件 34 件、人事任免文件 196 件、其他文件 84 件；扎\n实推进教育、养老服务、社会救助、就业、生态环境、医疗卫生\n等重点领域 125 项信息公开任务。',
    ['active.category[市政府规章] = 22', 'active.category[市政府及市政府办公厅行政规范性文件] = 34', 'active.category[人事任免文件] = 196', 'active.category[其他文件] = 84']],
  ['2021，我局共收到政府信息公开申请4其中：当面申请1件，网络申请1件，邮寄申请2件，均已答复办结。',
    ['apply.by_channel[当面] = 1', 'apply.by_channel[网络] = 1', 'apply.by_channel[邮寄] = 2']],
  ['依申请公开7件，其中当面申请1件、网络和信函申请各3件，受理并答复3件，行政诉讼1件（维持原行政行为）。',
    ['apply.by_channel[当面] = 1', 'apply.by_channel[网络] = 3', 'apply.by_channel[信函] = 3']],
  ['教育局共受理群众诉求29件，其中民心网20件，电话接访9件，民心网反馈20件。', ['complaints.by_channel[民心网] = 20', 'complaints.by_channel[电话接访] = 9']],
  ['全年诉求工作，中心网站、微博共办理66余件，市长信箱及市长公开电话等35件，民心网平台24件，回复率达到100%。',
    ['complaints.by_channel[中心网站、微博] = 66 ~at_least', 'complaints.by_channel[市长信箱及市长公开电话] = 35', 'complaints.by_channel[民心网平台] = 24']],
  ['本年报由基本工作情况，主动公开政府信息情况，回应解读情况，依申请公开政府信息情况，行政复议、诉讼和投诉举报情况，机构建设、保障经费和培训会议情况，存在问题及工作打算等七部分组成。',
    ['report.parts_declared = 7']],
  ['本报告共分6个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。', ['report.parts_declared = 6']],
  ['编制了《民政局机关政府信息公开指南》，明确了八类23项主动公开的民政业务信息。', ['active.category_count = 8']],
]);

describe('prose extractors: false positives that must give no catalogued fact', () => {
  const rows: [string, string][] = [
    ['a breakdown by unit (share of the total)', '其中，区管委会及区直各部门主动公开政府信息2275条，占77%。'],
    ['counts of land notices, not of information items', '2015年以来，发布征地告知书202宗，征收土地公告、征地补偿安置方案公告31宗，政府征地转发批文12份。'],
    ['policy documents, not 政府信息', '截至发文之日，共主动公开政策性文件90份，促进依法行政和政策落地见效。'],
    ['approvals, not applications', '今年我局共受理审批事项117件，办结171件，办结率100%。'],
    ['window service applications', '建立窗口服务大厅，区县已入驻审批服务部门和单位13个，开设窗口24个，共受理申请136437件。'],
    ['news posts on the website are not its count of information', '通过沙依巴克区人民政府门户网站公开政务要闻812条。'],
    ['original WeChat content is part of the account, not its total', '目前微信公众号发布原创内容23篇，转载城管执法领域法律法规7篇，转载其他信息210篇。'],
    ['appeals that lost, not the number of appeals', '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。'],
    ['applications of legal persons only', '2021年度，未收到法人或者其他组织对依申请公开政府信息的申请。'],
    ['two press-conference counts: neither is the figure', '全年在国务院新闻办公室召开专场新闻发布会3次，在部举行新闻发布会、政策吹风会6次。'],
    ['an acceptance point, not a unit of the organisation', '设立了1个专门的信息申请受理点，并开辟了公共查阅点。'],
    ['incidents counted in 起, by a department', '区社会事业局不断公开社会保障、医疗救助、临时救助、减灾救灾、城乡低保、特困人员等信息，受理各类群众诉求259起。'],
    ['consultations by way, no total', '其中现场咨询1600人次，占32.65%；电话咨询3200人次，占65.31%'],
    ['a category name, 其他应主动公开, is no total', '其他应主动公开的信息1831条。'],
    ['tax relief, not fees of disclosure', '其中办理下岗失业人员减免税共计91件，共计减免金额219062.78元。'],
  ];
  for (const [why, text] of rows) it(why, () => expect(catalogued(text)).toEqual([]));
});

describe('relations between a total and its parts', () => {
  it('groups the total with the parts after 其中 and records 其他', () => {
    const doc = processed('截至2017年12月30日，教育局主动公开各类信息486条，其中利用政务公开网站公开信息12条，其他形式公开信息216条。');
    const byMetric = new Map(doc.facts.map((f) => [f.metric, f]));
    const total = byMetric.get('active.total')!;
    expect(total.relation).toMatchObject({ role: 'total', cues: ['其中', '其他'] });
    for (const metric of ['active.channel.website', 'active.channel.other']) {
      expect(byMetric.get(metric)!.relation).toEqual({ ...total.relation, role: 'part' });
    }
  });

  it('gives categories of a list the group of the total before them', () => {
    const doc = processed('2013年新增主动公开政府信息45条。其中，政策法规及业务类的信息32条；规划计划类的信息13条。');
    const total = doc.facts.find((f) => f.metric === 'active.total')!;
    const parts = doc.facts.filter((f) => f.metric === 'active.category');
    expect(parts.map((f) => f.label)).toEqual(['政策法规及业务', '规划计划']);
    for (const part of parts) expect(part.relation).toMatchObject({ group: total.relation!.group, role: 'part' });
  });

  it('keeps an item that names information as such (政务信息发布) as an uncatalogued part of the list', () => {
    const doc = processed('“上海科技”网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，回应公众关注热点信息 2 条。');
    const total = doc.facts.find((f) => f.metric === 'active.channel.website')!;
    const parts = doc.facts.filter((f) => f.relation?.group === total.relation?.group && f.relation?.role === 'part');
    expect(parts.map((f) => [f.metric, f.value])).toEqual([
      ['active.category', 1744],
      [null, 393],
      ['response.interpretations', 21],
      ['response.hot_topics', 2],
    ]);
    expect(parts[1]).toMatchObject({ label: '政务信息发布', extractor: 'prose.list' });
  });

  it('does not make a figure a rule set aside (a sub-unit’s 主动公开) a part of the list', () => {
    const doc = processed(
      '2018年全区主动公开政府信息2069条。其中，区管委会及区直各部门主动公开政府信息1592条，占76.9%。各乡镇主动公开政府信息477条，占23.1%。2018年，我区主动公开政府信息的主要类别有：机构职能类信息211条，政策、规范性文件类信息82条，其他信息1029条。',
    );
    const total = doc.facts.find((f) => f.metric === 'active.total' && f.value === 2069)!;
    const parts = doc.facts.filter((f) => f.relation?.group === total.relation?.group && f.relation?.role === 'part');
    expect(parts.map((f) => f.value)).toEqual([211, 82, 1029]);
  });
});

describe('figures that refer back to a named column', () => {
  it('reads a figure published through a column a channel statement named as that channel', () => {
    const text = [
      '2022年，我局通过示范区管委会网站审计信息栏目公开信息20条。',
      '本单位无部门网站。在管委会网站政府信息公开栏目设置有审计信息专栏，把审计相关信息在该栏目下及时公布，全年通过审计信息专栏公开政府信息16条。',
    ].join('\n');
    const channel = processed(text).facts.filter((f) => f.metric === 'active.channel.website');
    expect(channel.map((f) => [f.value, f.quote])).toEqual([
      [20, '网站审计信息栏目公开信息20条'],
      [16, '通过审计信息专栏公开政府信息16条'],
    ]);
  });

  it('leaves a topical column no channel statement named: it is a part of the website, not the website', () => {
    const text = ['全年通过门户网站发布信息3000条。', '在门户网站开设疫情防控专栏，全年通过疫情防控专栏发布信息200条。'].join('\n');
    expect(cataloguedFromText(text)).toEqual(['active.channel.website = 3000']);
  });

  it('leaves last year’s figure of the named column', () => {
    const text = ['2022年，我局通过管委会网站审计信息栏目公开信息20条。', '上年通过审计信息专栏公开政府信息16条。'].join('\n');
    expect(cataloguedFromText(text)).toEqual(['active.channel.website = 20']);
  });
});

describe('provenance of prose facts', () => {
  it('records the rule, the words that decided, the section, src text and a specificity', () => {
    const doc = processed('一、总体情况\n2019年，市交通运输局围绕群众关注关切，按照“公开为原则、不公开为例外”的原则，不断加强制度建设、畅通公开途径，推进政府信息公开工作取得实效。全年主动公开政府信息2406条，其中政府网站公开2073条，政务微博公开101条。');
    const fact = doc.facts.find((f) => f.metric === 'active.total')!;
    expect(fact).toMatchObject({ extractor: 'prose.pattern', ruleId: 'active.total/主动公开政府信息N条', src: 'text', section: 'overview', quote: '主动公开政府信息2406条' });
    expect(fact.evidence).toEqual(['active.total/主动公开政府信息N条', '主动公开政府信息#']);
    expect(fact.features.specificity).toBe(0.8);
  });

  it('gives a zero fact the negative statement as quote and its negating word as figure', () => {
    const doc = processed('2014年，区教育局未收到此类申请。');
    const fact = doc.facts.find((f) => f.metric === 'apply.new.total')!;
    expect(fact.quote).toBe('未收到此类申请');
    expect(doc.text.slice(fact.valueStart, fact.valueEnd)).toBe('未');
  });
});

describe('prose.keyword', () => {
  /** Keyword readings of every figure of a text, as if no rule had read any. */
  function keywordReadings(text: string, stated: string[] = []): Expected[] {
    const doc = processed(text);
    const context = extractContext(doc, [], () => 'test');
    return readKeywords(context, sentenceViews(context), new Set(), new Set(stated)).map((f) => (f.metric ? show(f) : `null[${f.label}] = ${f.value}`));
  }
  const rows: [string, Expected[]][] = [
    ['全年主动公开政府信息2406条，其中政府网站公开2073条。', ['active.total = 2406', 'null[其中政府网站公开] = 2073']],
    ['通过“天津东丽教育”微信公众号刊发基层信息933件，收到处理依申请公开件4件。', ['active.channel.wechat = 933', 'apply.new.total = 4']],
    ['其中，“平安重庆”官方微博发布信息2769条，冬粉增长27.6%，网路阅读量7600万。', ['active.channel.weibo = 2769']],
    ['三是依法办理依申请公开。全年受理政府信息公开申请62件，严格按照《中华人民共和国政府信息公开条例》有关规定答复办结。', ['apply.new.total = 62']],
    ['目前微信公众号发布原创内容23篇，转载城管执法领域法律法规7篇，转载其他信息210篇。', ['null[微信公众号发布原创内容] = 23', 'null[转载其他信息] = 210']],
    ['其他应主动公开的信息1831条。', ['null[其他应主动公开的信息] = 1831']],
    ['建立窗口服务大厅，区县已入驻审批服务部门和单位13个，开设窗口24个，共受理申请136437件。', ['null[共受理申请] = 136437']],
    ['办理市人大建议5件，政协提案7件；通过市政府互动平台处理网上投诉116 件；2次参加市政府组织的在线访谈栏目。', []],
  ];
  for (const [text, expected] of rows) it(text, () => expect(keywordReadings(text)).toEqual(expected));

  it('reads no metric that keywords find with two values', () => {
    expect(keywordReadings('全年主动公开政府信息2406条，其中政府网站公开2073条。全年共主动公开政府信息565条，其中：发布工作信息421条；')).toEqual([
      'null[active.total?ambiguous] = 2406', 'null[其中政府网站公开] = 2073', 'null[active.total?ambiguous] = 565', 'null[发布工作信息] = 421',
    ]);
  });

  it('leaves a metric the document already states to the rules', () => {
    expect(keywordReadings('全年主动公开政府信息2406条。', ['active.total'])).toEqual(['null[全年主动公开政府信息] = 2406']);
  });
});

describe('running text leaves tables out', () => {
  const lines: [string, boolean][] = [
    ['一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119', true],
    ['行政许可 | 76 | ||', true],
    ['行政处罚 3985758', true],
    ['（其中修订 16 件）', true],
    ['152790元', true],
    ['2021年，我局通过政府信息公开专栏主动公开政府信息300条。', false],
    ['议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为', false],
  ];
  for (const [line, expected] of lines) {
    it(line, () => expect(isTableLine(line, findNumbers(line).filter((n) => isFigure(n.role)), 0)).toBe(expected));
  }

  it('joins lines a PDF conversion wrapped, and drops the page number between them', () => {
    const doc = processed('（三）政府信息管理方面\n全年完成市政府及市政府办公厅公文公开属性审查 166 件、\n— 2 —\n发布审查 330 件。编辑《上海市人民政府公报》24 期，刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性\n文件等 243 件。');
    const views = sentenceViews(extractContext(doc, [], () => 'test'));
    expect(views.map((v) => v.masked.text)).toEqual(['（三）政府信息管理方面', '全年完成市政府及市政府办公厅公文公开属性审查#、发布审查#。', '编辑《上海市人民政府公报》#，刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等#。']);
    expect(catalogued(doc.text, 'prose.pattern')).toEqual(['active.channel.gazette = 243']);
  });

  it('reads no cell of a template table flattened into a line', () => {
    const text = '二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3960181';
    expect(cataloguedFromText(text)).toEqual([]);
  });

  it('reads no cell of the old 统计表', () => {
    const text = '七、平潭综合实验区政府信息公开情况统计表 指标名称计量单位2015年度历年累计主动公开文件数条294981916其中：1、政府网站公开数条2949819162、政府公报公开数条00受理依申请公开信息总数条01';
    expect(cataloguedFromText(text)).toEqual([]);
  });
});

describe('category labels as printed, without 类/信息 and the verbs around them', () => {
  const rows: [string, string][] = [
    ['发布工作信息', '工作'],
    ['制定并发布规范性文件', '规范性文件'],
    ['政策法规类的信息', '政策法规'],
    ['其他应主动公开的信息', '其他应主动公开'],
    ['其他应主动公开政府信息', '其他应主动公开'],
    ['动态类信息发布', '动态'],
    ['政务公开类信息', '政务公开'],
    ['其中文件公开', '文件'],
    ['重点领域信息（执法监督）', '重点领域信息（执法监督）'],
    ['政务信息发布', ''],
  ];
  for (const [piece, label] of rows) it(piece, () => expect(cleanCategoryLabel(piece)).toBe(label));
});
