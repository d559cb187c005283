import type { TemplateVersion } from './identities.js';
import type { LabelRule } from './labels.js';

/**
 * Template table 2 (主动公开政府信息情况): row labels, the columns each template version gives a
 * row, and the header words that tell the versions apart.
 */
export interface ActiveRowRule extends LabelRule {
  /** Catalog row: `active.<row>.<column>`. */
  row: string;
}

export const ACTIVE_ROW_RULES: readonly ActiveRowRule[] = [
  { id: 'active.rules/规章', row: 'rules', pattern: '(?<!地方政府)规章(?!制度)', example: '规章000规范性文件898989' },
  { id: 'active.normative/规范性文件', row: 'normative', pattern: '(?:行政)?规范性文件', example: '行政规范性文件693665' },
  { id: 'active.licensing/行政许可', row: 'licensing', pattern: '行政许可', example: '行政许可2293' },
  { id: 'active.services/其他对外管理服务事项', row: 'services', pattern: '其他对外管理服务事项', example: '其他对外管理服务事项100153' },
  { id: 'active.penalty/行政处罚', row: 'penalty', pattern: '行政处罚', example: '行政处罚1282行政强制42' },
  { id: 'active.coercion/行政强制', row: 'coercion', pattern: '行政强制', example: '行政强制126025第二十条第（八）项' },
  { id: 'active.fees/行政事业性收费', row: 'fees', pattern: '行政事业性收费', example: '行政事业性收费24252.311082' },
  { id: 'active.procurement/政府集中采购', row: 'procurement', pattern: '政府集中采购', example: '政府集中采购13575394432.52元' },
];

export interface ActiveColumn {
  key: string;
  zh: string;
  unit: 'count' | 'yuan';
  /** The header says 单位：万元 (or the template fixes it): a bare number is in 万元. */
  tenThousand?: boolean;
}

const count = (key: string, zh: string): ActiveColumn => ({ key, zh, unit: 'count' });
const tenThousandYuan = (key: string, zh: string): ActiveColumn => ({ key, zh, unit: 'yuan', tenThousand: true });

const MADE_2019 = [count('made', '本年新制作数量'), count('published', '本年新公开数量'), count('total', '对外公开总数量')];
const ITEMS_2019 = [count('prev_items', '上一年项目数量'), count('change', '本年增/减'), count('decisions', '处理决定数量')];
const ISSUED_2021 = [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('in_force', '现行有效件数')];
const DECISIONS_2021 = [count('decisions', '本年处理决定数量')];

/** The columns of each row of table 2, per template version. */
export const ACTIVE_COLUMNS: Record<TemplateVersion, Partial<Record<string, readonly ActiveColumn[]>>> = {
  '2019': {
    rules: MADE_2019,
    normative: MADE_2019,
    licensing: ITEMS_2019,
    services: ITEMS_2019,
    penalty: ITEMS_2019,
    coercion: ITEMS_2019,
    fees: [count('prev_items', '上一年项目数量'), count('change', '本年增/减')],
    procurement: [count('projects', '采购项目数量'), tenThousandYuan('amount', '采购总金额（万元）')],
  },
  '2021': {
    rules: ISSUED_2021,
    normative: ISSUED_2021,
    licensing: DECISIONS_2021,
    penalty: DECISIONS_2021,
    coercion: DECISIONS_2021,
    fees: [tenThousandYuan('amount', '本年收费金额（单位：万元）')],
  },
};

/** Header words of table 2 that only one template version prints. */
export interface VersionMarker extends LabelRule {
  version: TemplateVersion;
}

export const VERSION_MARKERS: readonly VersionMarker[] = [
  { id: 'version/本年新制作数量', version: '2019', pattern: '本年新制作数量', example: '信息内容本年新制作数量本年新公开数量对外公开总数量规章000' },
  { id: 'version/本年新公开数量', version: '2019', pattern: '本年新公开数量', example: '信息内容本年新制作数量本年新公开数量对外公开总数量规章000' },
  { id: 'version/对外公开总数量', version: '2019', pattern: '对外公开总数量', example: '本年新公开数量对外公开总数量规章000' },
  { id: 'version/上一年项目数量', version: '2019', pattern: '上一年项目数量', example: '信息内容上一年项目数量本年增/减处理决定数量行政处罚26480430' },
  { id: 'version/本年增减', version: '2019', pattern: '本年增[/／]减', example: '上一年项目数量本年增/减处理决定数量' },
  { id: 'version/采购项目数量', version: '2019', pattern: '采购项目数量', example: '信息内容采购项目数量采购总金额政府集中采购13575394432.52元' },
  { id: 'version/本年制发件数', version: '2021', pattern: '本年制发件数', example: '信息内容本年制发件数本年废止件数现行有效件数规章000' },
  { id: 'version/本年废止件数', version: '2021', pattern: '本年废止件数', example: '信息内容本年制发件数本年废止件数现行有效件数规章000' },
  { id: 'version/现行有效件数', version: '2021', pattern: '现行有效件数', example: '本年废止件数现行有效件数规章 000' },
  { id: 'version/本年处理决定数量', version: '2021', pattern: '本年处理决定数量', example: '信息内容本年处理决定数量行政许可2293' },
  { id: 'version/本年收费金额', version: '2021', pattern: '本年收费金额', example: '信息内容本年收费金额（单位：万元）行政事业性收费24252.311082' },
];
