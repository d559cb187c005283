import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConflictKind } from '../../schemas/catalog.js';
import { PROJECT_CORPUS } from '../support/shared.js';
import { processed } from '../support/reports.js';

interface GoldConflict {
  kind: ConflictKind;
  /** The metrics gold lists; a predicted conflict matches when it shares one (none: any). */
  metrics: string[];
  /** What the reviewer reads today. */
  message: string;
}

/**
 * The gold conflicts of the five seeds (../shared/corpus/dev/gold, written out here so the test
 * runs without ../shared) and the message each raises. The pipeline's conflicts on real
 * extractor output must be exactly these: one for each, no other.
 */
const SEEDS: Record<string, GoldConflict[]> = {
  '000_e736801e236d0d10.txt': [
    {
      kind: 'sum_mismatch',
      metrics: ['active.total', 'active.channel.website', 'active.channel.other'],
      message: '主动公开 486 条，但分项 政府网站公开 12 + 其他形式公开 216 = 228 条，少 258 条（分项以“其他”收尾，应为全部）',
    },
  ],
  '001_19b8e9ec41e9b207.txt': [],
  '002_0b05de4b094eb67b.txt': [
    {
      kind: 'table_balance',
      metrics: ['apply.new.natural', 'apply.carried_in.natural', 'apply.handled.natural', 'apply.carried_out.natural'],
      message: '自然人列：一 + 二 为 0 + 0 = 0，但 三（七） + 四 为 136 + 0 = 136',
    },
    { kind: 'table_balance', metrics: ['apply.handled.total', 'apply.handled.natural'], message: '（七）总计行：总计列 为 0，但 各申请人列之和 为 136 + 0 + 0 + 0 + 0 + 0 = 136' },
    { kind: 'table_balance', metrics: ['apply.handled.total', 'apply.disclosed.total'], message: '总计列：三（七）总计 为 0，但 （一）至（六）之和 为 136 + 0 + 0 + 0 + 0 + 0 = 136' },
  ],
  '003_ec855f1e0311ed9b.txt': [],
  '004_41da7047456a66e7.txt': [
    {
      kind: 'count_mismatch',
      metrics: ['active.category_count'],
      message: '文中称共 9 类（“等9大类”），但列出数字的类别有 7 个：“机构职能”“政策、规范性文件”“规划计划”“行政许可”“重大建设项目、为民办实事”“科教文体卫生”“安全生产、应急管理”',
    },
    { kind: 'structure', metrics: [], message: '部分编号从“二、”跳到“四、”，缺少“三、”' },
  ],
};

describe('the seeds: every gold conflict, nothing else, on real extractor output', () => {
  for (const [name, gold] of Object.entries(SEEDS)) {
    it(name, () => {
      const doc = processed(readFileSync(join(PROJECT_CORPUS, 'seeds', name), 'utf8'), name);
      expect(doc.conflicts).toHaveLength(gold.length);
      doc.conflicts.forEach((conflict, i) => {
        const expected = gold[i];
        expect(conflict.kind).toBe(expected.kind);
        if (expected.metrics.length > 0) expect(conflict.metrics.some((m) => expected.metrics.includes(m)), conflict.message).toBe(true);
        expect(conflict.message).toBe(expected.message);
      });
    });
  }
});
